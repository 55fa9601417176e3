package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Proposes {@link ReassignMove}s: a random demand (half the time one that is uncovered), a random qualified
 * person, and for each of its sessions the free time that keeps that person's day at as few schools as possible.
 * A school's PPR seats of one service that share a person move together, so the school keeps one contact.
 */
public final class ReassignMoveFactory implements MoveIteratorFactory<StaffPlan, ReassignMove> {

    private PersonWeeks weeks;
    private List<Assignment> movable;
    /** Asked at every step, and the same all phase: the seats and their people do not change. */
    private long size;

    @Override
    public void phaseStarted(ScoreDirector<StaffPlan> scoreDirector) {
        weeks = new PersonWeeks(scoreDirector);
        movable = weeks.plan().getAssignments().stream()
                .filter(a -> !a.isPinned() && !a.getEligibleStaff().isEmpty() && !weeks.sessionsOf(a).isEmpty())
                .toList();
        size = movable.stream().mapToLong(a -> a.getEligibleStaff().size()).sum();
    }

    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return size;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<StaffPlan> scoreDirector) {
        throw new UnsupportedOperationException("Reassign moves are only selected at random.");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<StaffPlan> scoreDirector, Random random) {
        // A new step: the plan stays as it is until Timefold asks for the next step's iterator.
        weeks.newStep();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ReassignMove next() {
                return propose(random);
            }
        };
    }

    private ReassignMove propose(Random random) {
        Assignment assignment = pickAssignment(random);
        List<Staff> eligible = assignment.getEligibleStaff();
        Staff staff = eligible.get(random.nextInt(eligible.size()));
        List<Assignment> together = weeks.contactSeats(assignment, staff);
        List<Session> sessions = weeks.movableSessionsOf(together);
        Set<Assignment> seats = Set.copyOf(together);
        // The few sessions that move are looked through, not hashed, when the people's other sessions are gathered.
        List<Session> own = weeks.busyApartFrom(staff, seats, sessions);
        Map<Staff, List<Session>> others = new HashMap<>();
        List<TimeSlot> chosen = new ArrayList<>();
        for (Session session : sessions) {
            List<Session> blocking = new ArrayList<>(own);
            blocking.addAll(weeks.othersBusyAt(session, seats, staff, sessions, others));
            TimeSlot free = PersonWeeks.bestSlot(session, session.getCandidateSlots(), staff, blocking, chosen, random);
            // Where nothing is free the session keeps its time, and the score says what clashes.
            chosen.add(free != null ? free : session.getSlot() != null ? session.getSlot() : session.getCandidateSlots().get(0));
        }
        return new ReassignMove(together, staff, sessions, chosen, null);
    }

    private Assignment pickAssignment(Random random) {
        if (random.nextBoolean()) {
            int uncovered = 0;
            for (Assignment a : movable) {
                if (a.getStaff() == null) {
                    uncovered++;
                }
            }
            if (uncovered > 0) {
                int pick = random.nextInt(uncovered);
                for (Assignment a : movable) {
                    if (a.getStaff() == null && pick-- == 0) {
                        return a;
                    }
                }
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }
}
