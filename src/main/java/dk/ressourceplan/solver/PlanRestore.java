package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Times;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inverse of {@link PlanResult#toDocument}: rebuilds the planning solution of a solved document, so that a
 * stored plan can be scored and explained again, or rerun from where it stands. Only the current template is
 * restored: sessions that a rerun closed with a {@code to} date are history.
 */
public final class PlanRestore {

    private PlanRestore() {
    }

    /** @throws IllegalArgumentException if a session or staff member in the document is not part of its problem */
    public static StaffPlan restore(PlanDocument solved) {
        StaffPlan plan = PlanBuilder.build(solved.problem());
        apply(plan, current(solved));
        return plan;
    }

    /** The sessions of the template in force at the end of the term. */
    public static List<PlanSession> current(PlanDocument solved) {
        return solved.sessions() == null ? List.of()
                : solved.sessions().stream().filter(session -> session.to() == null).toList();
    }

    /** Puts each session's slot and each seat's staff member on the entity it came from. */
    static void apply(StaffPlan plan, List<PlanSession> placedSessions) {
        Map<String, Session> sessions = byId(plan.getSessions(), Session::getId);
        Map<String, Staff> staff = byId(plan.getStaff(), Staff::id);
        for (PlanSession placed : placedSessions) {
            Session session = require(sessions, placed.sessionId(), "session");
            session.setSlot(slotOf(placed));
            Assignment seat = session.seat(placed.seat() == null ? 0 : placed.seat() - 1);
            if (seat == null) {
                throw new IllegalArgumentException("the solved plan names seat " + placed.seat() + " of session "
                        + session.getId() + ", which its problem lacks");
            }
            seat.setStaff(placed.staffId() == null ? null : require(staff, placed.staffId(), "staff member"));
        }
    }

    static TimeSlot slotOf(PlanSession placed) {
        return new TimeSlot(placed.week(), placed.day(), Times.minutes(placed.start()), Times.minutes(placed.end()));
    }

    private static <T> T require(Map<String, T> byId, String id, String what) {
        T found = byId.get(id);
        if (found == null) {
            throw new IllegalArgumentException("the solved plan names " + what + " " + id + ", which its problem lacks");
        }
        return found;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
