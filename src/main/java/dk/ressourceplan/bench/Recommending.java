package dk.ressourceplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dk.ressourceplan.bench.BenchResults.Recommendation;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.Recommendations;
import dk.ressourceplan.solver.SolverSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How fast "who can take this?" answers (issue 19): a short-staffed municipality is solved briefly, then its most
 * important uncovered seat is asked about four times from the solved document (as the service does: restore the
 * plan, score it, try each qualified person with every rule, word each option), and the times of one of its sessions
 * likewise. The first answer includes the JVM's warm-up; the target is judged on the slowest of the others.
 */
final class Recommending {

    static final int ASKS = 4;

    private Recommending() {
    }

    static Recommendation measure(int schools, long seed, int staffingPercent, long solveSeconds) {
        PlanDocument problem = SyntheticMunicipality.generate(schools, seed, staffingPercent);
        PlanDocument solved = SolveRun.solve(problem, solveSeconds).document();
        Recommendations recommendations = new Recommendations();
        StaffPlan probe = PlanRestore.restore(solved);
        Assignment seat = probe.getAssignments().stream().filter(a -> a.getStaff() == null)
                .min(Comparator.comparing(Assignment::getPriority).thenComparing(Assignment::getId))
                .orElseGet(() -> probe.getAssignments().get(0));
        Session session = probe.getSessions().stream().filter(s -> s.getSeats().contains(seat)).findFirst().orElseThrow();
        List<Long> peopleMillis = new ArrayList<>();
        List<Recommendations.Option<Staff>> people = List.of();
        for (int i = 0; i < ASKS; i++) {
            long start = System.nanoTime();
            StaffPlan plan = PlanRestore.restore(solved);
            people = recommendations.people(plan, find(plan, seat));
            peopleMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> timesMillis = new ArrayList<>();
        List<Recommendations.Option<TimeSlot>> times = List.of();
        for (int i = 0; i < ASKS; i++) {
            long start = System.nanoTime();
            StaffPlan plan = PlanRestore.restore(solved);
            times = recommendations.times(plan, plan.getSessions().stream()
                    .filter(s -> s.getId().equals(session.getId())).findFirst().orElseThrow());
            timesMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        boolean holds = people.isEmpty() || predictedScoreHolds(solved, seat, people.get(0));
        System.out.printf("recommend %d schools at %d %% staffing: %s (%s), %d candidates in %s ms; %d times of %s in %s ms;"
                        + " first option's score recalculated in full equals the prediction: %s%n", schools,
                staffingPercent, seat.getId(), seat.getPriority(), people.size(), peopleMillis, times.size(),
                session.getId(), timesMillis, holds);
        return new Recommendation(schools, staffingPercent, seat.getId(), seat.getPriority().name(), people.size(),
                peopleMillis, times.size(), timesMillis, holds);
    }

    private static Assignment find(StaffPlan plan, Assignment seat) {
        return plan.getAssignments().stream().filter(a -> a.getId().equals(seat.getId())).findFirst().orElseThrow();
    }

    private static boolean predictedScoreHolds(PlanDocument solved, Assignment seat,
            Recommendations.Option<Staff> first) {
        StaffPlan applied = PlanRestore.restore(solved);
        Assignment target = find(applied, seat);
        target.setStaff(first.value());
        SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring =
                SolutionManager.create(SolverFactory.create(SolverSettings.config(Duration.ofSeconds(1))));
        return first.score().equals(scoring.update(applied));
    }
}
