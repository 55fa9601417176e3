package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.solver.Finding.Named;
import dk.ressourceplan.solver.Finding.Task;
import dk.ressourceplan.solver.Finding.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change by hand, or an option of a recommendation, does besides the score, in facts a planner reads as a
 * sentence ({@link #text()}, {@link #textEn()}, written by {@link DanishSentences} and {@link EnglishSentences}):
 * demand it covers, whom it takes over from, the driving it adds or saves, whether the person already comes to the
 * school, and what it locks.
 */
public sealed interface Effect {

    String in(Sentences sentences);

    default String text() {
        return in(DanishSentences.INSTANCE);
    }

    default String textEn() {
        return in(EnglishSentences.INSTANCE);
    }

    /** The seat is uncovered now and the option covers its minutes per fortnight. */
    record Covers(Task task, int minutesPerFortnight) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.covers(this);
        }
    }

    /** The option takes the seat over from the person who has it now. */
    record TakesOver(Task task, Named from) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.takesOver(this);
        }
    }

    /** The option is what the plan has now. */
    record AsNow() implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.asNow(this);
        }
    }

    /** The seat would be left uncovered. */
    record LeavesUncovered(Task task, int minutesPerFortnight) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.leavesUncovered(this);
        }
    }

    /** The driving of the people concerned changes by {@code minutesPerFortnight} (negative: less). */
    record Driving(int minutesPerFortnight) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.driving(this);
        }
    }

    /** Whether the person already comes to the school for other work. */
    record KnowsTheSchool(Named staff, Named school, boolean already) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.knowsTheSchool(this);
        }
    }

    /** A session is locked (what: session or person) or unlocked (what null). */
    record Locked(Task task, When when, Lock what) implements Effect {
        @Override
        public String in(Sentences sentences) {
            return sentences.locked(this);
        }
    }

    /**
     * What giving {@code seat} to {@code candidate} does, seen from {@code plan} as it stands: {@code drivingBefore}
     * and {@code drivingAfter} are the fortnight's driving of the people concerned without and with the change.
     */
    static List<Effect> ofPerson(StaffPlan plan, Assignment seat, Staff candidate, int drivingBefore,
            int drivingAfter) {
        List<Effect> effects = new ArrayList<>();
        Task task = Task.of(seat);
        Staff now = seat.getStaff();
        int minutes = seat.getMinutesPerFortnight();
        if (Objects.equals(now, candidate)) {
            effects.add(new AsNow());
        } else if (candidate == null) {
            effects.add(new LeavesUncovered(task, minutes));
        } else if (now == null) {
            effects.add(new Covers(task, minutes));
        } else {
            effects.add(new TakesOver(task, Named.of(now)));
        }
        if (candidate != null) {
            boolean already = plan.getAssignments().stream().anyMatch(other -> other != seat
                    && candidate.equals(other.getStaff()) && other.getSchool().equals(seat.getSchool()));
            effects.add(new KnowsTheSchool(Named.of(candidate), Named.of(seat.getSchool()), already));
        }
        effects.add(new Driving(drivingAfter - drivingBefore));
        return effects;
    }

    /** What moving {@code session} to {@code slot} does: the same, or other driving. */
    static List<Effect> ofTime(Session session, TimeSlot slot, int drivingBefore, int drivingAfter) {
        List<Effect> effects = new ArrayList<>();
        if (slot.equals(session.getSlot())) {
            effects.add(new AsNow());
        }
        effects.add(new Driving(drivingAfter - drivingBefore));
        return effects;
    }

    public static Effect ofLock(Session session, Lock what) {
        return new Locked(Task.of(session), When.of(session.getSlot()), what);
    }

    /** What is locked of a session: all of it, a seat's person, or nothing. */
    public static Lock lockOf(Session session) {
        return session.isLocked() ? Lock.SESSION
                : session.getSeats().stream().anyMatch(Assignment::isLocked) ? Lock.PERSON : null;
    }
}
