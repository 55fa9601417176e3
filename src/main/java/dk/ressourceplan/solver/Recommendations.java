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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * One option: the value, the plan's score with it, what it changes rule by rule (matches included), and what
     * else it does ({@link Effect}: demand covered, driving, a new face at the school).
     */
    public record Option<T>(T value, HardMediumSoftLongScore score, ScoreAnalysis<HardMediumSoftLongScore> diff,
            List<Effect> effects) {

        Option<T> with(List<Effect> newEffects) {
            return new Option<>(value, score, diff, newEffects);
        }
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
            List<Option<Staff>> options = recommend(forPeople, plan, seat, Assignment::getStaff);
            seat.setStaff(current);
            return options.stream().map(option -> option.with(personEffects(plan, seat, option.value()))).toList();
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
            List<Option<TimeSlot>> options = recommend(forTimes, plan, session, Session::getSlot);
            session.setSlot(current);
            return options.stream().map(option -> option.with(timeEffects(plan, session, option.value()))).toList();
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
                        option.scoreAnalysisDiff(), List.<Effect>of()))
                .toList();
    }

    /** The seat going to {@code candidate}: the driving of whoever has it now and of the candidate, before and after. */
    private static List<Effect> personEffects(StaffPlan plan, Assignment seat, Staff candidate) {
        Staff current = seat.getStaff();
        Set<Staff> concerned = new HashSet<>();
        concerned.add(candidate);
        if (current != null) {
            concerned.add(current);
        }
        int before = PersonDays.travelMinutes(plan, concerned);
        seat.setStaff(candidate);
        int after = PersonDays.travelMinutes(plan, concerned);
        seat.setStaff(current);
        return Effect.ofPerson(plan, seat, candidate, before, after);
    }

    private static List<Effect> timeEffects(StaffPlan plan, Session session, TimeSlot slot) {
        TimeSlot current = session.getSlot();
        Set<Staff> concerned = session.getSeats().stream().map(Assignment::getStaff).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        int before = PersonDays.travelMinutes(plan, concerned);
        session.setSlot(slot);
        int after = PersonDays.travelMinutes(plan, concerned);
        session.setSlot(current);
        return Effect.ofTime(session, slot, before, after);
    }
}
