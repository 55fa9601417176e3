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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * What the moves that move a person's sessions between days share: the seats that may move (not pinned, with
 * sessions), proposals drawn at random only, and placing each moving session at a free time of its own on its new
 * day ({@link #retime}). {@link GatherVisitsMoveFactory} gathers a visit onto fewer days, {@link SwapDaysMoveFactory}
 * swaps two days.
 */
abstract class DayMovesFactory implements MoveIteratorFactory<StaffPlan, RetimeMove> {

    /** One day's visit: a day of the fortnight template, with the week it lies in. */
    record Day(Week week, DayOfWeek day) {

        static Day of(Session session) {
            return new Day(session.getSlot().week(), session.getSlot().day());
        }
    }

    PersonWeeks weeks;
    List<Assignment> assignments;
    /** Asked at every step, and the same all phase: the number of movable seats' sessions. */
    long size;

    @Override
    public void phaseStarted(ScoreDirector<StaffPlan> scoreDirector) {
        weeks = new PersonWeeks(scoreDirector);
        assignments = weeks.plan().getAssignments().stream()
                .filter(a -> !a.isPinned() && !weeks.sessionsOf(a).isEmpty())
                .toList();
        size = assignments.stream().mapToLong(a -> weeks.sessionsOf(a).size()).sum();
    }

    @Override
    public Iterator<RetimeMove> createOriginalMoveIterator(ScoreDirector<StaffPlan> scoreDirector) {
        throw new UnsupportedOperationException("Moves between days are only selected at random.");
    }

    @Override
    public Iterator<RetimeMove> createRandomMoveIterator(ScoreDirector<StaffPlan> scoreDirector, Random random) {
        // A new step: the plan stays as it is until Timefold asks for the next step's iterator.
        weeks.newStep();
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

    /** One proposal, or {@link RetimeMove#none()} when the draw finds nothing to move. */
    abstract RetimeMove propose(Random random);

    /**
     * Each of the sessions to a free time on its day ({@code to}), around the person's sessions in {@code busy} that
     * stay; no move if one of them has no free time there.
     */
    static RetimeMove retime(PersonWeeks weeks, Staff staff, List<Session> busy, List<Session> sessions,
            Function<Session, Day> to, Random random) {
        // The few sessions that move are looked through, not hashed.
        List<Session> own = busy.stream().filter(session -> !sessions.contains(session)).toList();
        Map<Staff, List<Session>> others = new HashMap<>();
        List<TimeSlot> chosen = new ArrayList<>();
        for (Session session : sessions) {
            Day day = to.apply(session);
            List<TimeSlot> onThatDay = session.getCandidateSlots().stream()
                    .filter(slot -> slot.day() == day.day() && slot.week().intersects(day.week())).toList();
            int offset = onThatDay.isEmpty() ? 0 : random.nextInt(onThatDay.size());
            // Many days drawn have no room for the person alone: then the others at the session are not asked.
            if (PersonWeeks.bestSlot(session, onThatDay, staff, own, chosen, offset) == null) {
                return RetimeMove.none();
            }
            List<Session> blocking = new ArrayList<>(own);
            blocking.addAll(weeks.othersBusyAt(session, Set.of(), staff, sessions, others));
            TimeSlot free = PersonWeeks.bestSlot(session, onThatDay, staff, blocking, chosen, offset);
            if (free == null) {
                return RetimeMove.none();
            }
            chosen.add(free);
        }
        return new RetimeMove(sessions, chosen);
    }
}
