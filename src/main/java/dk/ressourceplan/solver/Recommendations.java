package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * "Who can take this?" and "when else can it lie?": every value the solver could give one seat (the qualified
 * people) or one session (the times it may take), each scored with the plan's real rules through Timefold's
 * assignment recommendation ({@link SolutionManager#recommendAssignment}), best first. The plan is left as it was.
 *
 * <p>Timefold scores each option against the plan with the seat (or session) taken out, so {@code score} here is
 * that plan's score plus the option's difference: the score the plan will have once the option is applied. A lock
 * does not keep the planner from asking: the locked seat or session is asked about as if free.
 */
public final class Recommendations {

    /** One option: the value, the plan's score with it, and what it changes rule by rule (matches included). */
    public record Option<T>(T value, HardMediumSoftLongScore score, ScoreAnalysis<HardMediumSoftLongScore> diff) {
    }

    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> forPeople = SolutionManager.create(
            SolverFactory.create(SolverSettings.recommendationConfig(Assignment.class, "staff")));
    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> forTimes = SolutionManager.create(
            SolverFactory.create(SolverSettings.recommendationConfig(Session.class, "slot")));

    /** The qualified people for the seat, best first; the person who has it now is among them. */
    public List<Option<Staff>> people(StaffPlan plan, Assignment seat) {
        Staff current = seat.getStaff();
        boolean locked = seat.isLocked();
        seat.setLocked(false);
        seat.setStaff(null);
        try {
            return recommend(forPeople, plan, seat, Assignment::getStaff);
        } finally {
            seat.setStaff(current);
            seat.setLocked(locked);
        }
    }

    /** The times the session may take, best first; the time it has now is among them. */
    public List<Option<TimeSlot>> times(StaffPlan plan, Session session) {
        TimeSlot current = session.getSlot();
        boolean locked = session.isLocked();
        session.setLocked(false);
        session.setSlot(null);
        try {
            return recommend(forTimes, plan, session, Session::getSlot);
        } finally {
            session.setSlot(current);
            session.setLocked(locked);
        }
    }

    private static <E, T> List<Option<T>> recommend(SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring,
            StaffPlan plan, E entity, Function<E, T> value) {
        HardMediumSoftLongScore without = scoring.update(plan);
        List<RecommendedAssignment<T, HardMediumSoftLongScore>> found =
                scoring.recommendAssignment(plan, entity, value, ScoreAnalysisFetchPolicy.FETCH_ALL);
        return found.stream().filter(option -> Objects.nonNull(option.proposition()))
                .map(option -> new Option<>(option.proposition(), without.add(option.scoreAnalysisDiff().score()),
                        option.scoreAnalysisDiff()))
                .toList();
    }
}
