package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Proposes the exchange a planner makes when staff are short: an uncovered demand goes to a qualified person who
 * gives up one of their demands of lower priority, its sessions moved to times that person then has free
 * ({@link PriorityExchange}). One change of person at a time cannot find it: covering the important demand first
 * double-books the person, and uncovering the other first costs coverage, so neither step is ever accepted alone.
 */
public final class PriorityExchangeMoveFactory implements MoveIteratorFactory<StaffPlan, ReassignMove> {

    private PersonWeeks weeks;
    private PriorityExchange exchange;
    private List<Assignment> assignments;

    @Override
    public void phaseStarted(ScoreDirector<StaffPlan> scoreDirector) {
        weeks = new PersonWeeks(scoreDirector);
        exchange = new PriorityExchange(weeks);
        assignments = weeks.plan().getAssignments().stream()
                .filter(a -> !a.isPinned() && !a.getEligibleStaff().isEmpty() && !weeks.sessionsOf(a).isEmpty())
                .toList();
    }

    /** Only uncovered demand is exchanged: with everything covered there is nothing to propose. */
    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return assignments == null ? 0 : assignments.stream().filter(a -> a.getStaff() == null)
                .mapToLong(a -> a.getEligibleStaff().size()).sum();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<StaffPlan> scoreDirector) {
        throw new UnsupportedOperationException("Priority exchanges are only selected at random.");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<StaffPlan> scoreDirector, Random random) {
        // A new step: the plan stays as it is until Timefold asks for the next step's iterator.
        weeks.newStep();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                // A loop, not a stream: asked at every step.
                for (Assignment assignment : assignments) {
                    if (assignment.getStaff() == null) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public ReassignMove next() {
                return propose(random);
            }
        };
    }

    /** An uncovered demand, a qualified person and one of their demands of lower priority; else a move not doable. */
    private ReassignMove propose(Random random) {
        List<Assignment> uncovered = assignments.stream().filter(a -> a.getStaff() == null).toList();
        Assignment wanted = uncovered.get(random.nextInt(uncovered.size()));
        List<Staff> eligible = wanted.getEligibleStaff();
        Staff staff = eligible.get(random.nextInt(eligible.size()));
        List<Session> moving = exchange.movableSessions(wanted);
        List<Assignment> lower = exchange.lowerPriorityOf(staff, wanted);
        if (lower.isEmpty()) {
            return new ReassignMove(wanted, null, moving, moving.stream().map(Session::getSlot).toList());
        }
        Assignment released = lower.get(random.nextInt(lower.size()));
        int offset = moving.isEmpty() ? 0 : random.nextInt(Math.max(1, moving.get(0).getCandidateSlots().size()));
        List<TimeSlot> slots = exchange.placement(wanted, staff, released, moving, offset);
        if (slots == null) {
            return new ReassignMove(wanted, null, moving, moving.stream().map(Session::getSlot).toList());
        }
        return new ReassignMove(wanted, staff, moving, slots, released);
    }
}
