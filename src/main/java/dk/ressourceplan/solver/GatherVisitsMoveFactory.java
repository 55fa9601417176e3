package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Proposes {@link RetimeMove}s that gather a person's visits to a school onto fewer days: all of one person's
 * sessions at one school on one day move together to another day when that person is already at that school
 * (now and then to any day, to take a school off a day shared with another). Each moved session gets a free
 * time of its own on the new day; if one of them has none, no move is proposed. This is what saves a drive:
 * a trip disappears only when the last session of that day's visit has gone.
 */
public final class GatherVisitsMoveFactory implements MoveIteratorFactory<StaffPlan, RetimeMove> {

    private PersonWeeks weeks;
    private List<Assignment> assignments;

    /** One day's visit: a day of the fortnight template, with the week it lies in. */
    record Day(Week week, DayOfWeek day) {

        static Day of(Session session) {
            return new Day(session.getSlot().week(), session.getSlot().day());
        }
    }

    @Override
    public void phaseStarted(ScoreDirector<StaffPlan> scoreDirector) {
        weeks = new PersonWeeks(scoreDirector);
        assignments = weeks.plan().getAssignments().stream()
                .filter(a -> !a.isPinned() && !weeks.sessionsOf(a).isEmpty())
                .toList();
    }

    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return assignments == null ? 0 : assignments.stream().mapToLong(a -> weeks.sessionsOf(a).size()).sum();
    }

    @Override
    public Iterator<RetimeMove> createOriginalMoveIterator(ScoreDirector<StaffPlan> scoreDirector) {
        throw new UnsupportedOperationException("Gather moves are only selected at random.");
    }

    @Override
    public Iterator<RetimeMove> createRandomMoveIterator(ScoreDirector<StaffPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !assignments.isEmpty();
            }

            @Override
            public RetimeMove next() {
                return propose(random);
            }
        };
    }

    private RetimeMove propose(Random random) {
        Assignment assignment = assignments.get(random.nextInt(assignments.size()));
        Staff staff = assignment.getStaff();
        if (staff == null) {
            return RetimeMove.none();
        }
        List<Session> busy = weeks.busyOf(staff, null, Set.of());
        Map<Day, List<Session>> visits = new LinkedHashMap<>();
        for (Session session : busy) {
            if (session.getSchool().equals(assignment.getSchool())) {
                visits.computeIfAbsent(new Day(session.getSlot().week(), session.getSlot().day()), d -> new ArrayList<>())
                        .add(session);
            }
        }
        List<Day> days = new ArrayList<>(visits.keySet());
        if (days.isEmpty()) {
            return RetimeMove.none();
        }
        Day from = days.get(random.nextInt(days.size()));
        List<Session> moving = visits.get(from);
        if (moving.stream().anyMatch(Session::isPinned)) {
            return RetimeMove.none();
        }
        Day to;
        if (days.size() > 1 && random.nextInt(4) != 0) {
            do {
                to = days.get(random.nextInt(days.size()));
            } while (to.equals(from));
        } else {
            TimeSlot any = moving.get(0).getCandidateSlots().get(random.nextInt(moving.get(0).getCandidateSlots().size()));
            to = new Day(any.week(), any.day());
            if (to.equals(from)) {
                return RetimeMove.none();
            }
        }
        Day target = to;
        return retime(weeks, staff, busy, moving, session -> target, random);
    }

    /**
     * Each of the sessions to a free time on its day ({@code to}), around the person's sessions in {@code busy} that
     * stay; no move if one of them has no free time there.
     */
    static RetimeMove retime(PersonWeeks weeks, Staff staff, List<Session> busy, List<Session> sessions,
            java.util.function.Function<Session, Day> to, Random random) {
        Set<Session> moving = new HashSet<>(sessions);
        List<Session> own = busy.stream().filter(session -> !moving.contains(session)).toList();
        Map<Staff, List<Session>> others = new HashMap<>();
        List<TimeSlot> chosen = new ArrayList<>();
        for (Session session : sessions) {
            Day day = to.apply(session);
            List<TimeSlot> onThatDay = session.getCandidateSlots().stream()
                    .filter(slot -> slot.day() == day.day() && slot.week().intersects(day.week())).toList();
            List<Session> blocking = new ArrayList<>(own);
            blocking.addAll(weeks.othersBusyAt(session, Set.of(), staff, moving, others));
            TimeSlot free = PersonWeeks.bestSlot(session, onThatDay, staff, blocking, chosen, random);
            if (free == null) {
                return RetimeMove.none();
            }
            chosen.add(free);
        }
        return new RetimeMove(sessions, chosen);
    }
}
