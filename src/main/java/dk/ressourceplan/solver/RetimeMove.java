package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
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
final class RetimeMove extends AbstractSimplifiedMove<StaffPlan> {

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

    @Override
    public boolean isMoveDoable(ScoreDirector<StaffPlan> scoreDirector) {
        return changesAnySlot(sessions, slots);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<StaffPlan> scoreDirector) {
        setSlots(scoreDirector, sessions, slots);
    }

    static boolean changesAnySlot(List<Session> sessions, List<TimeSlot> slots) {
        for (int i = 0; i < sessions.size(); i++) {
            if (!Objects.equals(sessions.get(i).getSlot(), slots.get(i))) {
                return true;
            }
        }
        return false;
    }

    static void setSlots(ScoreDirector<StaffPlan> scoreDirector, List<Session> sessions, List<TimeSlot> slots) {
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            if (!Objects.equals(session.getSlot(), slots.get(i))) {
                scoreDirector.beforeVariableChanged(session, "slot");
                session.setSlot(slots.get(i));
                scoreDirector.afterVariableChanged(session, "slot");
            }
        }
    }

    @Override
    public RetimeMove rebase(ScoreDirector<StaffPlan> destination) {
        return new RetimeMove(sessions.stream().map(destination::lookUpWorkingObject).toList(), slots);
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
