package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Edit;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Who can take this?" on the short-staffed municipality of data/demo-scarce.json, solved briefly so that demand is
 * left uncovered: the answer lists only qualified people, best first, and giving the seat to the first gives exactly
 * the score it predicted, as a full recalculation of the changed plan finds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsTest {

    private final Recommendations recommendations = new Recommendations();
    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring =
            SolutionManager.create(SolverFactory.create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 1)));
    private PlanDocument solved;

    @BeforeAll
    void solveTheScarceTerm() throws IOException {
        PlanDocument problem = Json.mapper().readValue(Path.of("data/demo-scarce.json").toFile(), PlanDocument.class);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 2_000))
                .buildSolver().solve(PlanSolver.startingPlan(problem));
        solved = PlanResult.toDocument(problem, plan);
        assertFalse(solved.uncovered().isEmpty(), "the scarce term leaves demand uncovered");
    }

    @Test
    void anUncoveredSeatIsOfferedToQualifiedPeopleBestFirstAndTheFirstGivesThePredictedScore() {
        StaffPlan plan = PlanRestore.restore(solved);
        Assignment seat = plan.getAssignments().stream().filter(a -> a.getStaff() == null)
                .min(Comparator.comparing(Assignment::getPriority)).orElseThrow();
        List<Recommendations.Option<Staff>> options = recommendations.people(plan, seat);

        assertFalse(options.isEmpty());
        assertTrue(seat.getEligibleStaff().containsAll(options.stream().map(Recommendations.Option::value).toList()),
                "only qualified people");
        for (Recommendations.Option<Staff> option : options) {
            assertTrue(seat.getRoles().contains(option.value().role()) && option.value().has(seat.getCompetence()));
        }
        for (int i = 1; i < options.size(); i++) {
            assertTrue(options.get(i - 1).score().compareTo(options.get(i).score()) >= 0, "best first");
        }
        assertEquals(null, seat.getStaff(), "asking changes nothing");

        Recommendations.Option<Staff> first = options.get(0);
        StaffPlan applied = PlanRestore.restore(solved);
        HandEdits.apply(applied, List.of(Edit.personOfDemand(seat.getDemand().id(),
                seat.getDemand().seatRoles().size() > 1 ? seat.getSeats().get(0).index() + 1 : null, first.value().id())));
        assertEquals(first.score(), scoring.update(applied), "the score it predicted, recalculated in full");
    }

    @Test
    void aSessionIsOfferedTheTimesItMayTakeAndTheFirstGivesThePredictedScore() {
        StaffPlan plan = PlanRestore.restore(solved);
        Session session = plan.getSessions().stream().filter(s -> s.getSeats().get(0).getStaff() != null)
                .findFirst().orElseThrow();
        TimeSlot now = session.getSlot();
        List<Recommendations.Option<TimeSlot>> options = recommendations.times(plan, session);
        assertTrue(options.size() > 1);
        assertTrue(session.getCandidateSlots().containsAll(options.stream().map(Recommendations.Option::value).toList()));
        assertEquals(now, session.getSlot(), "asking changes nothing");
        Recommendations.Option<TimeSlot> first = options.get(0);
        StaffPlan applied = PlanRestore.restore(solved);
        HandEdits.apply(applied, List.of(Edit.time(session.getId(), first.value().week(), first.value().day(),
                Times.time(first.value().start()))));
        assertEquals(first.score(), scoring.update(applied));
    }
}
