package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Seat;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Uncovered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a solved plan back into the document: the sessions of the fortnight, what is uncovered and why, KPIs. */
public final class PlanResult {

    private PlanResult() {
    }

    public static PlanDocument toDocument(PlanDocument problem, StaffPlan plan) {
        List<PriorityExchange.Inversion> inversions = PriorityExchange.inversions(plan);
        return problem.problem().withSolution(plan.getScore() == null ? null : plan.getScore().toString(),
                KpiCalculator.calculate(plan, inversions), uncovered(plan, inversions), sessions(plan));
    }

    static List<PlanSession> sessions(StaffPlan plan) {
        List<PlanSession> result = new ArrayList<>();
        for (SeatedSession seated : SeatedSession.of(plan)) {
            Session session = seated.session();
            Staff staff = seated.assignment().getStaff();
            boolean single = seated.seats() == 1;
            result.add(new PlanSession(single ? session.getId() : session.getId() + "/" + (seated.seat() + 1),
                    session.getDemand().id(), session.getType(), session.getSchool().id(),
                    session.getSchoolClass() == null ? null : session.getSchoolClass().id(),
                    staff == null ? null : staff.id(), single ? null : seated.seat() + 1,
                    session.getSlot().week(), session.getSlot().day(), Times.time(session.getSlot().start()),
                    Times.time(session.getSlot().end()), null, null, lockOf(session, seated.assignment())));
        }
        return result;
    }

    /** What the planner has locked, as the row says it: the whole session, or the seat's person. */
    private static Lock lockOf(Session session, Assignment seat) {
        return session.isLocked() ? Lock.SESSION : seat.isLocked() ? Lock.PERSON : null;
    }

    /** One entry per uncovered seat of each demand, so a meeting missing its AKT supervisor says exactly that. */
    static List<Uncovered> uncovered(StaffPlan plan) {
        return uncovered(plan, PriorityExchange.inversions(plan));
    }

    static List<Uncovered> uncovered(StaffPlan plan, List<PriorityExchange.Inversion> inversions) {
        Map<Assignment, Integer> minutes = KpiCalculator.minutesOf(plan);
        UncoveredReasons reasons = new UncoveredReasons(plan, minutes, inversions);
        List<Uncovered> result = new ArrayList<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.getStaff() != null) {
                continue;
            }
            for (Seat seat : a.getSeats()) {
                Demand demand = seat.demand();
                result.add(new Uncovered(demand.id(), demand.seatRoles().size() > 1 ? seat.index() + 1 : null,
                        a.getSchool().id(), demand.classId(), a.getPriority(), minutes.getOrDefault(a, 0),
                        reasons.danish(a), reasons.english(a)));
            }
        }
        return result;
    }
}
