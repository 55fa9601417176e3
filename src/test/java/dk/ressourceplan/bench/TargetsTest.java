package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.ressourceplan.bench.BenchResults.Greedy;
import dk.ressourceplan.bench.BenchResults.Instance;
import dk.ressourceplan.bench.BenchResults.PlanFigures;
import dk.ressourceplan.bench.BenchResults.Run;
import dk.ressourceplan.bench.BenchResults.Target;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scarcity targets (issue 13), judged from hand-made figures of a 60 s run. */
class TargetsTest {

    @Test
    void aPenaltyUpToTwoPercentAboveTheBoundWithoutInversionsMeetsBoth() {
        List<Target> targets = scarcityTargets(1000, 60, true, 1020, 0);

        assertEquals(List.of(Targets.MET, Targets.MET), statuses(targets));
        assertEquals("penalty 1020, bound 1000 (102.0 % of it)", targets.get(1).measured());
    }

    @Test
    void aPenaltyFurtherAboveTheBoundMisses() {
        assertEquals(List.of(Targets.MET, Targets.MISSED), statuses(scarcityTargets(1000, 60, true, 1021, 0)));
    }

    @Test
    void aPriorityInversionMisses() {
        assertEquals(List.of(Targets.MISSED, Targets.MET), statuses(scarcityTargets(1000, 60, true, 1000, 2)));
    }

    @Test
    void whenNothingNeedBeLeftUncoveredAnyPenaltyMisses() {
        assertEquals(Targets.MET, scarcityTargets(0, 60, true, 0, 0).get(1).status());
        List<Target> targets = scarcityTargets(0, 60, true, 10, 0);
        assertEquals(Targets.MISSED, targets.get(1).status());
        assertEquals("penalty 10, bound 0 (the bound is 0)", targets.get(1).measured());
    }

    @Test
    void anInfeasiblePlanMissesHoweverLowItsPenalty() {
        assertEquals(Targets.MISSED, scarcityTargets(1000, 60, false, 1000, 0).get(1).status());
    }

    @Test
    void withoutASixtySecondRunNeitherIsMeasured() {
        assertEquals(List.of(Targets.NOT_MEASURED, Targets.NOT_MEASURED),
                statuses(scarcityTargets(1000, 10, true, 1000, 0)));
    }

    /** A 32-school instance at 70 % staffing with the given penalty bound and one solver run. */
    private static List<Target> scarcityTargets(long penaltyBound, long seconds, boolean feasible, long penalty,
            int inversions) {
        PlanFigures start = figures(true, 5 * penaltyBound, 0, penaltyBound);
        Run run = new Run(seconds, 100L, 100, seconds * 1000, 4000, 4000, 400, 100,
                figures(feasible, penalty, inversions, penaltyBound), null);
        Instance instance = new Instance(32, 2027, 70, 556, 40, 269, 269, 669, 66810, 50000, penaltyBound,
                new Greedy(100, start), new Greedy(100, start), List.of(run), List.of());
        List<Target> targets = Targets.evaluate(List.of(), null, List.of(instance));
        assertEquals(2, targets.size());
        return targets;
    }

    private static List<String> statuses(List<Target> targets) {
        return targets.stream().map(Target::status).toList();
    }

    private static PlanFigures figures(boolean feasible, long penalty, int inversions, long penaltyBound) {
        Kpis kpis = new Kpis(feasible, 90.0, Map.of(NeedLevel.RED, 0, NeedLevel.YELLOW, 0, NeedLevel.GREEN, 0), 6000,
                100.0, 100.0, 10.0, 95.0, 15.0, inversions, 5.0, null, null);
        return new PlanFigures("0hard/-" + penalty + "medium/-20000soft", feasible, kpis, 60000, 96.0, Map.of(), 5000,
                penalty, BenchCommand.penaltyOfBoundPercent(penalty, penaltyBound));
    }
}
