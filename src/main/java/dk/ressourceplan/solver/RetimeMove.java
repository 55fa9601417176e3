package dk.ressourceplan.solver;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import ai.timefold.solver.core.preview.api.move.Rebaser;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moves several sessions to new times in one step, the way a planner moves a person's whole visit to a school
 * from one weekday to another. One session at a time, the solver would pass through a day that still needs the
 * drive there, which costs more and is rarely accepted.
 */
@SuppressWarnings("unchecked")
final class RetimeMove implements Move<StaffPlan> {

    /**
     * The variables the moves change, from a meta-model built apart from the solver's: a move iterator factory
     * cannot reach the solver's own through public API (only {@code NeighborhoodBuilder} hands it out).
     */
    static final PlanningSolutionMetaModel<StaffPlan> META =
            PlanningSolutionMetaModel.of(StaffPlan.class, Assignment.class, Session.class);
    static final PlanningVariableMetaModel<StaffPlan, Session, TimeSlot> SLOT =
            (PlanningVariableMetaModel<StaffPlan, Session, TimeSlot>) (Object) META.entity(Session.class).variable("slot");
    static final PlanningVariableMetaModel<StaffPlan, Assignment, Staff> STAFF =
            (PlanningVariableMetaModel<StaffPlan, Assignment, Staff>) (Object) META.entity(Assignment.class).variable("staff");

    private final List<Session> sessions;
    private final List<TimeSlot> slots;

    RetimeMove(List<Session> sessions, List<TimeSlot> slots) {
        this.sessions = sessions;
        this.slots = slots;
    }

    /** A move that changes nothing, for when no free time was found; the solver skips it. */
    static RetimeMove none() {
        return new RetimeMove(List.of(), List.of());
    }

    boolean isDoable() {
        return changesAnySlot(sessions, slots);
    }

    @Override
    public void execute(MutableSolutionView<StaffPlan> view) {
        setSlots(view, sessions, slots);
    }

    static boolean changesAnySlot(List<Session> sessions, List<TimeSlot> slots) {
        for (int i = 0; i < sessions.size(); i++) {
            if (!Objects.equals(sessions.get(i).getSlot(), slots.get(i))) {
                return true;
            }
        }
        return false;
    }

    static void setSlots(MutableSolutionView<StaffPlan> view, List<Session> sessions, List<TimeSlot> slots) {
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            if (!Objects.equals(session.getSlot(), slots.get(i))) {
                view.changeVariable(SLOT, session, slots.get(i));
            }
        }
    }

    @Override
    public RetimeMove rebase(Rebaser rebaser) {
        return new RetimeMove(sessions.stream().map(rebaser::rebase).toList(), slots);
    }

    @Override
    public List<Object> getPlanningEntities() {
        return new ArrayList<>(sessions);
    }

    @Override
    public List<Object> getPlanningValues() {
        return new ArrayList<>(slots);
    }

    @Override
    public String toString() {
        return sessions + " -> " + slots;
    }
}
