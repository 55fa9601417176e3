package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives a demand to another person and moves its sessions to times that person has free, in one step. With only
 * single-variable moves the solver would have to pass through a plan where the new person is double-booked,
 * which the hard score never accepts; this is the move a planner makes by hand. It may also take a demand of
 * lower priority away from that person ({@code released}) to make room: under scarcity, the exchange a planner
 * makes when a more important need is left without help.
 */
final class ReassignMove extends AbstractSimplifiedMove<StaffPlan> {

    private final List<Assignment> assignments;
    private final Staff staff;
    private final List<Session> sessions;
    private final List<TimeSlot> slots;
    private final Assignment released;

    ReassignMove(Assignment assignment, Staff staff, List<Session> sessions, List<TimeSlot> slots) {
        this(List.of(assignment), staff, sessions, slots, null);
    }

    ReassignMove(Assignment assignment, Staff staff, List<Session> sessions, List<TimeSlot> slots, Assignment released) {
        this(List.of(assignment), staff, sessions, slots, released);
    }

    /** Several assignments to one person at once: a school's PPR seats of one service, so its contact stays one. */
    ReassignMove(List<Assignment> assignments, Staff staff, List<Session> sessions, List<TimeSlot> slots,
            Assignment released) {
        this.assignments = assignments;
        this.staff = staff;
        this.sessions = sessions;
        this.slots = slots;
        this.released = released;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<StaffPlan> scoreDirector) {
        if (released != null) {
            return staff.equals(released.getStaff()) && assignments.stream().allMatch(a -> a.getStaff() == null);
        }
        return assignments.stream().anyMatch(a -> !Objects.equals(a.getStaff(), staff))
                || RetimeMove.changesAnySlot(sessions, slots);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<StaffPlan> scoreDirector) {
        if (released != null) {
            scoreDirector.beforeVariableChanged(released, "staff");
            released.setStaff(null);
            scoreDirector.afterVariableChanged(released, "staff");
        }
        for (Assignment assignment : assignments) {
            if (!Objects.equals(assignment.getStaff(), staff)) {
                scoreDirector.beforeVariableChanged(assignment, "staff");
                assignment.setStaff(staff);
                scoreDirector.afterVariableChanged(assignment, "staff");
            }
        }
        RetimeMove.setSlots(scoreDirector, sessions, slots);
    }

    @Override
    public ReassignMove rebase(ScoreDirector<StaffPlan> destination) {
        return new ReassignMove(assignments.stream().map(destination::lookUpWorkingObject).toList(),
                destination.lookUpWorkingObject(staff),
                sessions.stream().map(destination::lookUpWorkingObject).toList(), slots,
                released == null ? null : destination.lookUpWorkingObject(released));
    }

    @Override
    public List<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(sessions);
        entities.addAll(assignments);
        if (released != null) {
            entities.add(released);
        }
        return entities;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(slots);
        values.add(staff);
        return values;
    }

    @Override
    public String toString() {
        return assignments.stream().map(a -> a.getId() + " {" + a.getStaff() + " -> " + staff + "}").toList() + " " + slots
                + (released == null ? "" : ", " + released.getId() + " {" + released.getStaff() + " -> null}");
    }
}
