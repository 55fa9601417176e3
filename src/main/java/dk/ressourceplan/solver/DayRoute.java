package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Staff;
import java.util.ArrayList;
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

    /**
     * The drives of the day as {@link #travelMinutes} counts them, each with when it is driven: from the base so as to
     * arrive when the first session starts, to the next school right after a session ends, and home after the last.
     */
    static List<PersonDays.Leg> legs(Staff staff, List<Visit> visits) {
        if (visits.isEmpty()) {
            return List.of();
        }
        List<Visit> ordered = visits.stream().sorted(IN_TIME_ORDER).toList();
        List<PersonDays.Leg> legs = new ArrayList<>();
        Visit first = ordered.get(0);
        int out = first.session().travelMinutesFromBase(staff);
        legs.add(new PersonDays.Leg(PersonDays.LegKind.FROM_BASE, null, first.school().id(), out, first.start() - out,
                first.start()));
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            if (!previous.school().equals(next.school())) {
                int minutes = previous.session().travelMinutesTo(next.session());
                legs.add(new PersonDays.Leg(PersonDays.LegKind.BETWEEN, previous.school().id(), next.school().id(),
                        minutes, previous.end(), previous.end() + minutes));
            }
        }
        Visit last = ordered.get(ordered.size() - 1);
        int home = last.session().travelMinutesFromBase(staff);
        legs.add(new PersonDays.Leg(PersonDays.LegKind.TO_BASE, last.school().id(), null, home, last.end(),
                last.end() + home));
        return legs;
    }

    /** The minutes waited beyond {@code threshold} between consecutive sessions, the drive between them not counted. */
    static int idleMinutesAbove(List<Visit> visits, int threshold) {
        int above = 0;
        for (int idle : idleGaps(visits)) {
            above += Math.max(0, idle - threshold);
        }
        return above;
    }

    /** The longest wait between two consecutive sessions of the day, the drive between them not counted. */
    static int longestIdle(List<Visit> visits) {
        int longest = 0;
        for (int idle : idleGaps(visits)) {
            longest = Math.max(longest, idle);
        }
        return longest;
    }

    private static int[] idleGaps(List<Visit> visits) {
        if (visits.size() < 2) {
            return new int[0];
        }
        List<Visit> ordered = visits.stream().sorted(IN_TIME_ORDER).toList();
        int[] gaps = new int[ordered.size() - 1];
        int latestEnd = ordered.get(0).end();
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            int drive = previous.school().equals(next.school()) ? 0 : previous.session().travelMinutesTo(next.session());
            gaps[i - 1] = Math.max(0, next.start() - latestEnd - drive);
            latestEnd = Math.max(latestEnd, next.end());
        }
        return gaps;
    }

    static int sessionMinutes(List<Visit> visits) {
        return visits.stream().mapToInt(Visit::minutes).sum();
    }

    static int workMinutes(Staff staff, List<Visit> visits) {
        return sessionMinutes(visits) + travelMinutes(staff, visits);
    }
}
