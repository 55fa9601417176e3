package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Uncovered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a solved plan back into the document: the sessions of the fortnight, what is uncovered and why, KPIs. */
public final class PlanResult {

    private PlanResult() {
    }

    public static PlanDocument toDocument(PlanDocument problem, StaffPlan plan) {
        return problem.problem().withSolution(plan.getScore() == null ? null : plan.getScore().toString(),
                KpiCalculator.calculate(plan), uncovered(plan), sessions(plan));
    }

    static List<PlanSession> sessions(StaffPlan plan) {
        Map<Demand, List<Assignment>> byDemand = plan.getAssignments().stream()
                .collect(Collectors.groupingBy(Assignment::getDemand));
        List<PlanSession> result = new ArrayList<>();
        for (Session session : plan.getSessions()) {
            if (session.getSlot() == null) {
                continue;
            }
            List<Assignment> seats = byDemand.getOrDefault(session.getDemand(), List.of());
            for (Assignment seat : seats) {
                String id = seats.size() == 1 ? session.getId() : session.getId() + "/" + (seat.getSeat() + 1);
                result.add(new PlanSession(id, session.getDemand().id(), session.getType(), session.getSchool().id(),
                        session.getSchoolClass() == null ? null : session.getSchoolClass().id(),
                        seat.getStaff() == null ? null : seat.getStaff().id(), seats.size() == 1 ? null : seat.getSeat() + 1,
                        session.getSlot().week(), session.getSlot().day(), Times.time(session.getSlot().start()),
                        Times.time(session.getSlot().end())));
            }
        }
        return result;
    }

    static List<Uncovered> uncovered(StaffPlan plan) {
        return plan.getAssignments().stream()
                .filter(a -> a.getStaff() == null)
                .map(a -> new Uncovered(a.getDemand().id(), a.getDemand().seatRoles().size() > 1
                        ? a.getSeat() + 1 : null, a.getSchool().id(),
                        a.getSchoolClass() == null ? null : a.getSchoolClass().id(), a.getPriority(),
                        a.getMinutesPerFortnight(), reasonDa(a), reasonEn(a)))
                .toList();
    }

    private static String reasonDa(Assignment a) {
        if (a.getEligibleStaff().isEmpty()) {
            return "Ingen medarbejder har den rolle" + (a.getDemand().competence() == null ? "" : " og kompetence")
                    + ", som behovet kræver.";
        }
        return "De " + a.getEligibleStaff().size() + " kvalificerede medarbejdere har ikke timer eller tider nok; "
                + "behov med højere prioritet er dækket først.";
    }

    private static String reasonEn(Assignment a) {
        if (a.getEligibleStaff().isEmpty()) {
            return "No staff member has the role" + (a.getDemand().competence() == null ? "" : " and competence")
                    + " this demand requires.";
        }
        return "The " + a.getEligibleStaff().size() + " qualified staff members lack the hours or free times; "
                + "demand of higher priority was covered first.";
    }
}
