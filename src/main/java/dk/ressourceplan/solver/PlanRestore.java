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
 * stored plan can be scored and explained again without solving it. Each session's slot and each seat's staff
 * member are put back on the {@link Session} and {@link Assignment} with the id {@link PlanResult} gave them.
 */
public final class PlanRestore {

    private PlanRestore() {
    }

    /**
     * @throws IllegalArgumentException if a session or staff member in the document is not part of its problem
     */
    public static StaffPlan restore(PlanDocument solved) {
        StaffPlan plan = PlanBuilder.build(solved.problem());
        Map<String, Session> sessions = byId(plan.getSessions(), Session::getId);
        Map<String, Assignment> assignments = byId(plan.getAssignments(), Assignment::getId);
        Map<String, Staff> staff = byId(plan.getStaff(), Staff::id);
        for (PlanSession placed : solved.sessions() == null ? List.<PlanSession>of() : solved.sessions()) {
            // A meeting with several seats is written once per seat, as "<session id>/<seat>".
            String sessionId = placed.seat() == null ? placed.id() : placed.id().substring(0, placed.id().lastIndexOf('/'));
            require(sessions, sessionId, "session").setSlot(new TimeSlot(placed.week(), placed.day(),
                    Times.minutes(placed.start()), Times.minutes(placed.end())));
            if (placed.staffId() != null) {
                String assignmentId = placed.seat() == null ? placed.demandId() : placed.demandId() + "/seat" + placed.seat();
                require(assignments, assignmentId, "demand seat").setStaff(require(staff, placed.staffId(), "staff member"));
            }
        }
        return plan;
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
