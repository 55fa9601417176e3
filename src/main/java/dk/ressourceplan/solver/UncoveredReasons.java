package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a demand is left uncovered, in words that are true of the plan at hand: nobody qualified; the qualified
 * people's hours or free times, and whether their time goes to demand of the same or higher priority; or, in a
 * plan that still has one, the exchange with demand of lower priority that would cover it.
 */
final class UncoveredReasons {

    private final Map<Assignment, Integer> minutes;
    private final Map<Assignment, PriorityExchange.Inversion> inversionOf = new HashMap<>();
    private final Map<Staff, Integer> assignedMinutes = new HashMap<>();
    private final Map<Staff, List<Assignment>> held = new HashMap<>();

    UncoveredReasons(StaffPlan plan, Map<Assignment, Integer> minutes, List<PriorityExchange.Inversion> inversions) {
        this.minutes = minutes;
        inversions.forEach(inversion -> inversionOf.putIfAbsent(inversion.uncovered(), inversion));
        for (Assignment a : plan.getAssignments()) {
            if (a.getStaff() != null) {
                assignedMinutes.merge(a.getStaff(), minutes.getOrDefault(a, 0), Integer::sum);
                held.computeIfAbsent(a.getStaff(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    String danish(Assignment a) {
        if (a.getEligibleStaff().isEmpty()) {
            return "Ingen medarbejder har den rolle" + (a.getCompetence() == null ? "" : " og kompetence")
                    + ", som behovet kræver.";
        }
        PriorityExchange.Inversion inversion = inversionOf.get(a);
        if (inversion != null) {
            return inversion.staff().name() + " kunne tage behovet i stedet for "
                    + DanishSentences.INSTANCE.what(Finding.Task.of(inversion.covered()))
                    + ", som har lavere prioritet (" + inversion.covered().getPriority().danish() + ").";
        }
        Counts counts = counts(a);
        return (a.getEligibleStaff().size() == 1 ? "Den ene kvalificerede medarbejder kan ikke tage det: "
                : "De " + a.getEligibleStaff().size() + " kvalificerede medarbejdere kan ikke tage det: ")
                + String.join(", ", counts.danish()) + (counts.anyLowerPriority
                        ? "; heller ikke hvis en af dem gav en opgave med lavere prioritet fra sig."
                        : "; deres tid går til behov med samme eller højere prioritet.");
    }

    String english(Assignment a) {
        if (a.getEligibleStaff().isEmpty()) {
            return "No staff member has the role" + (a.getCompetence() == null ? "" : " and competence")
                    + " this demand requires.";
        }
        PriorityExchange.Inversion inversion = inversionOf.get(a);
        if (inversion != null) {
            return inversion.staff().name() + " could take it instead of "
                    + EnglishSentences.INSTANCE.what(Finding.Task.of(inversion.covered()))
                    + ", of lower priority (" + inversion.covered().getPriority().code() + ").";
        }
        Counts counts = counts(a);
        return (a.getEligibleStaff().size() == 1 ? "The one qualified staff member cannot take it: "
                : "None of the " + a.getEligibleStaff().size() + " qualified staff members can take it: ")
                + String.join(", ", counts.english()) + (counts.anyLowerPriority
                        ? "; not even if one of them gave up a demand of lower priority."
                        : "; their time goes to demand of the same or higher priority.");
    }

    /** How many qualified people lack the hours, and how many have the hours but no free time that fits. */
    private Counts counts(Assignment a) {
        int needed = minutes.getOrDefault(a, a.getMinutesPerFortnight());
        int lackHours = 0;
        int lackTimes = 0;
        boolean anyLowerPriority = false;
        for (Staff staff : a.getEligibleStaff()) {
            if (assignedMinutes.getOrDefault(staff, 0) + needed > 2 * staff.minutesPerWeek()) {
                lackHours++;
            } else {
                lackTimes++;
            }
            anyLowerPriority |= held.getOrDefault(staff, List.of()).stream()
                    .anyMatch(other -> other.getPriority().compareTo(a.getPriority()) > 0);
        }
        return new Counts(lackHours, lackTimes, anyLowerPriority);
    }

    private record Counts(int lackHours, int lackTimes, boolean anyLowerPriority) {

        List<String> danish() {
            List<String> parts = new ArrayList<>();
            if (lackHours > 0) {
                parts.add(lackHours + " har ikke timer nok");
            }
            if (lackTimes > 0) {
                parts.add(lackTimes + " har ingen ledig tid, der passer (med kørsel og dagens maksimum)");
            }
            return parts;
        }

        List<String> english() {
            List<String> parts = new ArrayList<>();
            if (lackHours > 0) {
                parts.add(lackHours + (lackHours == 1 ? " lacks" : " lack") + " the hours");
            }
            if (lackTimes > 0) {
                parts.add(lackTimes + (lackTimes == 1 ? " has" : " have")
                        + " no free time that fits (with travel and the daily maximum)");
            }
            return parts;
        }
    }
}
