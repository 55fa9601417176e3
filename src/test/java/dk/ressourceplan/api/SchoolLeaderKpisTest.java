package dk.ressourceplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.KpiCalculator;
import dk.ressourceplan.solver.MoveBudget;
import dk.ressourceplan.solver.PlanBuilder;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.PlanResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school leader's KPIs are the planner's calculation on the school's part of the published plan. The term is
 * short of staff, so that some demand is left uncovered, and its first school has a reading band, so that a class's
 * co-teaching lessons differ in length.
 */
class SchoolLeaderKpisTest {

    private static final List<String> SCHOOLS = List.of("s01", "s02");

    @TempDir
    static Path dataDirectory;
    static TestPlanner planner;
    static PlanDocument solved;
    static String published;

    @BeforeAll
    static void publishAShortStaffedPlan() {
        PlanDocument problem = SyntheticMunicipality.generate(SCHOOLS.size(), 5, 60);
        StaffPlan plan = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 20_000))
                .buildSolver().solve(PlanBuilder.build(problem));
        solved = PlanResult.toDocument(problem, plan);
        published = TestPlanner.storePublished(dataDirectory, solved);
        planner = TestPlanner.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    @Test
    void eachSchoolLeadersKpisAreThePlannersCalculationOnTheSchoolsPart() {
        boolean uncoveredSomewhere = false;
        boolean lessonsOfTwoLengths = false;
        for (String school : SCHOOLS) {
            PlanDocument part = schoolsPart(solved, school);
            Kpis expected = KpiCalculator.calculate(PlanRestore.restore(part));

            JsonNode kpis = planner.newUser("Leder af " + school, UserRole.SCHOOL_LEADER, school, null)
                    .get("/api/plans/" + published).json().get("kpis");

            Set<String> shown = new HashSet<>();
            kpis.fieldNames().forEachRemaining(shown::add);
            assertEquals(Set.of("coveragePercent", "uncoveredByPriority", "coTeachingContinuityPercent"), shown);
            assertEquals(expected.coveragePercent(), kpis.get("coveragePercent").asDouble(), school);
            for (NeedLevel level : NeedLevel.values()) {
                assertEquals(expected.uncoveredByPriority().get(level),
                        kpis.get("uncoveredByPriority").get(level.code()).asInt(), school + " " + level);
            }
            assertEquals(expected.coTeachingContinuityPercent(), kpis.get("coTeachingContinuityPercent").asDouble(),
                    school);
            uncoveredSomewhere |= expected.uncoveredByPriority().values().stream().anyMatch(minutes -> minutes > 0);
            lessonsOfTwoLengths |= part.sessions().stream()
                    .filter(session -> session.type() == DemandType.CO_TEACHING)
                    .collect(Collectors.groupingBy(PlanSession::classId, Collectors.mapping(
                            session -> Duration.between(session.start(), session.end()), Collectors.toSet())))
                    .values().stream().anyMatch(lengths -> lengths.size() > 1);
        }
        assertTrue(uncoveredSomewhere, "a school with uncovered demand");
        assertTrue(lessonsOfTwoLengths, "a class with co-teaching lessons of different lengths");
    }

    /** The school's part of a solved plan as the README describes a school leader's view, cut here on its own. */
    private static PlanDocument schoolsPart(PlanDocument plan, String school) {
        Set<String> classes = plan.classes().stream().filter(c -> school.equals(c.schoolId())).map(SchoolClass::id)
                .collect(Collectors.toSet());
        List<PlanSession> sessions = plan.sessions().stream().filter(s -> school.equals(s.schoolId())).toList();
        Set<String> serving = sessions.stream().map(PlanSession::staffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new PlanDocument(plan.term(), plan.schools().stream().filter(s -> school.equals(s.id())).toList(),
                plan.classes().stream().filter(c -> classes.contains(c.id())).toList(),
                plan.staff().stream().filter(person -> serving.contains(person.id())).toList(),
                plan.demands().stream().filter(d -> school.equals(d.schoolId()) || classes.contains(d.classId()))
                        .toList(),
                plan.travel(), plan.weights(), plan.rules(), null, null, null, sessions);
    }
}
