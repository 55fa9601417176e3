package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The days the page draws are the days the KPIs count: the same travel, leg by leg and in total. */
class PersonDaysTest {

    private static PlanDocument solved;

    @BeforeAll
    static void solveATerm() {
        PlanDocument problem = SyntheticMunicipality.generate(4, 7);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 5_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        solved = PlanResult.toDocument(problem, plan);
    }

    @Test
    void theTravelOfEveryoneAddsUpToTheTravelKpi() {
        StaffPlan plan = PlanRestore.restore(solved);
        Kpis kpis = KpiCalculator.calculate(plan);
        List<PersonDays.Person> people = PersonDays.of(plan);

        assertTrue(kpis.travelMinutesPerFortnight() > 0, "a plan over four schools drives");
        assertEquals(kpis.travelMinutesPerFortnight(), people.stream().mapToInt(PersonDays.Person::travelMinutes).sum());
        for (PersonDays.Person person : people) {
            assertEquals(person.travelMinutes(), person.days().stream().mapToInt(PersonDays.Day::travelMinutes).sum());
            for (PersonDays.Day day : person.days()) {
                assertEquals(day.travelMinutes(), day.legs().stream().mapToInt(PersonDays.Leg::minutes).sum(),
                        "the legs of " + person.staffId() + " on " + day.week() + " " + day.day());
                assertEquals(PersonDays.LegKind.FROM_BASE, day.legs().get(0).kind());
                assertEquals(PersonDays.LegKind.TO_BASE, day.legs().get(day.legs().size() - 1).kind());
            }
        }
    }

    @Test
    void theLegsAreDrivenBetweenTheSessionsInTimeOrder() {
        for (PersonDays.Person person : PersonDays.of(PlanRestore.restore(solved))) {
            for (PersonDays.Day day : person.days()) {
                List<PersonDays.Leg> legs = day.legs();
                for (int i = 1; i < legs.size(); i++) {
                    assertTrue(legs.get(i).start() >= legs.get(i - 1).start(), person.staffId() + " " + day);
                    assertEquals(legs.get(i).minutes(), legs.get(i).end() - legs.get(i).start());
                }
                for (int i = 1; i < legs.size() - 1; i++) {
                    assertEquals(legs.get(i - 1).toId(), legs.get(i).fromId(), "a drive starts where the last ended");
                }
            }
        }
    }

    @Test
    void onADateOnlyTheSessionsHoldingThenAreDriven() {
        // A session that a rerun ended before the date is history on it; one that begins after it is not yet there.
        PlanSession ended = solved.sessions().get(0);
        List<PlanSession> sessions = new ArrayList<>(solved.sessions());
        sessions.set(0, ended.during(null, LocalDate.of(2027, 1, 31)));
        PlanDocument dated = solved.withSolution(solved.score(), solved.kpis(), solved.uncovered(), sessions);

        int before = sessionMinutes(PlanRestore.restoreOn(dated, LocalDate.of(2027, 1, 15)), ended.staffId());
        int after = sessionMinutes(PlanRestore.restoreOn(dated, LocalDate.of(2027, 2, 15)), ended.staffId());

        assertEquals(sessionMinutes(PlanRestore.restore(solved), ended.staffId()), before);
        assertTrue(after < before, ended.staffId() + " has " + after + " minutes of sessions after, " + before
                + " before");
    }

    private static int sessionMinutes(StaffPlan plan, String staffId) {
        return PersonDays.of(plan).stream().filter(person -> person.staffId().equals(staffId))
                .mapToInt(PersonDays.Person::sessionMinutes).sum();
    }
}
