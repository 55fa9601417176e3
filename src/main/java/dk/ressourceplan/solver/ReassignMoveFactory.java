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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Proposes {@link ReassignMove}s: a random demand (half the time one that is uncovered), a random qualified
 * person, and for each of its sessions the free time that keeps that person's day at as few schools as possible.
 */
public final class ReassignMoveFactory implements MoveIteratorFactory<StaffPlan, ReassignMove> {

    private List<Assignment> movable;
    private Map<Assignment, List<Session>> sessionsOf;
    private Map<Session, List<Assignment>> seatsOf;

    @Override
    public void phaseStarted(ScoreDirector<StaffPlan> scoreDirector) {
        StaffPlan plan = scoreDirector.getWorkingSolution();
        Map<String, Assignment> byId = new HashMap<>();
        plan.getAssignments().forEach(a -> byId.put(a.getId(), a));
        sessionsOf = new IdentityHashMap<>();
        seatsOf = new IdentityHashMap<>();
        for (Session session : plan.getSessions()) {
            List<Assignment> seats = session.getSeatKeys().stream().map(byId::get).toList();
            seatsOf.put(session, seats);
            seats.forEach(a -> sessionsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(session));
        }
        movable = plan.getAssignments().stream()
                .filter(a -> !a.isPinned() && !a.getEligibleStaff().isEmpty() && sessionsOf.containsKey(a))
                .toList();
    }

    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return movable == null ? 0 : movable.stream().mapToLong(a -> a.getEligibleStaff().size()).sum();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<StaffPlan> scoreDirector) {
        throw new UnsupportedOperationException("Reassign moves are only selected at random.");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<StaffPlan> scoreDirector, Random random) {
        StaffPlan plan = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ReassignMove next() {
                return propose(plan, random);
            }
        };
    }

    private ReassignMove propose(StaffPlan plan, Random random) {
        Assignment assignment = pickAssignment(random);
        List<Staff> eligible = assignment.getEligibleStaff();
        Staff staff = eligible.get(random.nextInt(eligible.size()));
        List<Session> sessions = sessionsOf.get(assignment).stream().filter(s -> !s.isPinned()).toList();
        Set<Session> moving = new HashSet<>(sessions);
        Map<Staff, List<Session>> busy = new HashMap<>();
        List<TimeSlot> chosen = new ArrayList<>();
        for (Session session : sessions) {
            List<Session> blocking = new ArrayList<>(busyOf(plan, staff, assignment, moving, busy));
            for (Assignment other : seatsOf.get(session)) {
                if (other != assignment && other.getStaff() != null) {
                    blocking.addAll(busyOf(plan, other.getStaff(), other, moving, busy));
                }
            }
            chosen.add(bestSlot(session, staff, blocking, chosen, random));
        }
        return new ReassignMove(assignment, staff, sessions, chosen);
    }

    private Assignment pickAssignment(Random random) {
        if (random.nextBoolean()) {
            List<Assignment> uncovered = movable.stream().filter(a -> a.getStaff() == null).toList();
            if (!uncovered.isEmpty()) {
                return uncovered.get(random.nextInt(uncovered.size()));
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }

    /** The sessions a person already attends, apart from the ones being moved. */
    private List<Session> busyOf(StaffPlan plan, Staff staff, Assignment except, Set<Session> moving,
            Map<Staff, List<Session>> cache) {
        return cache.computeIfAbsent(staff, s -> {
            List<Session> result = new ArrayList<>();
            for (Assignment a : plan.getAssignments()) {
                if (a != except && s.equals(a.getStaff())) {
                    for (Session session : sessionsOf.getOrDefault(a, List.of())) {
                        if (session.getSlot() != null && !moving.contains(session)) {
                            result.add(session);
                        }
                    }
                }
            }
            return result;
        });
    }

    private static TimeSlot bestSlot(Session session, Staff staff, List<Session> blocking, List<TimeSlot> chosen,
            Random random) {
        List<TimeSlot> candidates = session.getCandidateSlots();
        TimeSlot best = session.getSlot();
        int bestCost = Integer.MAX_VALUE;
        int offset = candidates.isEmpty() ? 0 : random.nextInt(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            TimeSlot slot = candidates.get((offset + i) % candidates.size());
            int cost = cost(session, slot, staff, blocking, chosen);
            if (cost < bestCost) {
                best = slot;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Unusable slots cost the most; then a day at another school costs more than a free day or one at this school. */
    private static int cost(Session session, TimeSlot slot, Staff staff, List<Session> blocking, List<TimeSlot> chosen) {
        if (staff.isUnavailable(slot.week(), slot.day(), slot.start(), slot.end())
                || chosen.stream().anyMatch(slot::overlaps)) {
            return 1000;
        }
        boolean sameSchool = false;
        boolean otherSchool = false;
        for (Session other : blocking) {
            TimeSlot taken = other.getSlot();
            if (!taken.week().intersects(slot.week()) || taken.day() != slot.day()) {
                continue;
            }
            if (taken.overlaps(slot)) {
                return 1000;
            }
            if (other.getSchool().equals(session.getSchool())) {
                sameSchool = true;
            } else {
                int gap = taken.end() <= slot.start() ? slot.start() - taken.end() : taken.start() - slot.end();
                if (gap < session.travelMinutesTo(other)) {
                    return 1000;
                }
                otherSchool = true;
            }
        }
        int cost = otherSchool ? 4 : sameSchool ? 0 : 2;
        return cost + (slot.equals(session.getSlot()) ? 0 : 1);
    }
}
