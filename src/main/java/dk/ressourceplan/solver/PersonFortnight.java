package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import dk.ressourceplan.domain.Week;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One staff member's fortnight as the rules about hours read it: the work (sessions and driving) of week A and of
 * week B, and the minutes of sessions and of collaboration meetings in the two weeks together. Collected from the
 * person's days in one grouping, so that a changed day updates one sum per person rather than one per rule.
 */
record PersonFortnight(int weekAWork, int weekBWork, int sessionMinutes, int meetingMinutes) {

    /** The work of one single week. */
    record WeekWork(Week week, int minutes) {
    }

    /** The longer of the two weeks' work. */
    int longestWeek() {
        return Math.max(weekAWork, weekBWork);
    }

    /** The work of week A and of week B. */
    List<WeekWork> weeks() {
        return List.of(new WeekWork(Week.A, weekAWork), new WeekWork(Week.B, weekBWork));
    }

    /** Sums a person's days as they come and go. */
    static BiConstraintCollector<PersonDay, DayRoute, Sums, PersonFortnight> collector() {
        return new BiConstraintCollector<>() {
            @Override
            public Supplier<Sums> supplier() {
                return Sums::new;
            }

            @Override
            public TriFunction<Sums, PersonDay, DayRoute, Runnable> accumulator() {
                return Sums::add;
            }

            @Override
            public Function<Sums, PersonFortnight> finisher() {
                return sums -> new PersonFortnight(sums.weekAWork, sums.weekBWork, sums.sessionMinutes, sums.meetingMinutes);
            }
        };
    }

    /** The running sums of one person's days. */
    static final class Sums {

        private int weekAWork;
        private int weekBWork;
        private int sessionMinutes;
        private int meetingMinutes;

        private Runnable add(PersonDay day, DayRoute route) {
            int work = route.workMinutes();
            int sessions = route.sessionMinutes();
            int meetings = route.meetingMinutes();
            boolean weekA = day.week() == Week.A;
            change(weekA, work, sessions, meetings);
            return () -> change(weekA, -work, -sessions, -meetings);
        }

        private void change(boolean weekA, int work, int sessions, int meetings) {
            if (weekA) {
                weekAWork += work;
            } else {
                weekBWork += work;
            }
            sessionMinutes += sessions;
            meetingMinutes += meetings;
        }
    }
}
