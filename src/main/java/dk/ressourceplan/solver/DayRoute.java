package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Staff;
import java.util.Comparator;
import java.util.List;

/** A staff member's day: from the base, to the schools in time order, and back to the base. */
final class DayRoute {

    /**
     * Fully ordered, so that sessions clashing at the same time give the same route however they were collected;
     * otherwise the score would depend on the order in which the solver happened to gather them.
     */
    private static final Comparator<Visit> IN_TIME_ORDER = Comparator.comparingInt(Visit::start)
            .thenComparingInt(Visit::end).thenComparing(visit -> visit.school().id()).thenComparing(Visit::key);

    private DayRoute() {
    }

    static int travelMinutes(Staff staff, List<Visit> visits) {
        if (visits.isEmpty()) {
            return 0;
        }
        List<Visit> ordered = visits.stream().sorted(IN_TIME_ORDER).toList();
        Visit first = ordered.get(0);
        int minutes = first.session().travelMinutesFromBase(staff);
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            if (!previous.school().equals(next.school())) {
                minutes += previous.session().travelMinutesTo(next.session());
            }
        }
        return minutes + ordered.get(ordered.size() - 1).session().travelMinutesFromBase(staff);
    }

    static int sessionMinutes(List<Visit> visits) {
        return visits.stream().mapToInt(Visit::minutes).sum();
    }

    static int workMinutes(Staff staff, List<Visit> visits) {
        return sessionMinutes(visits) + travelMinutes(staff, visits);
    }
}
