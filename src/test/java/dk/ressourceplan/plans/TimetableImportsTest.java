package dk.ressourceplan.plans;

import static dk.ressourceplan.io.timetable.UntisExports.S01_CLASSES;
import static dk.ressourceplan.io.timetable.UntisExports.S02_CLASSES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.timetable.UntisExports;
import dk.ressourceplan.solver.MoveBudget;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.PlanResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimetableImportsTest {

    private static TimetableImports.Outcome untis(PlanDocument term, String school, Map<String, String> classes) {
        List<UntisExports.Line> lines = UntisExports.lines(classes, 1);
        return TimetableImports.apply(term, school, "untis", Map.of(),
                new TimetableImports.Upload("GPU001.TXT", UntisExports.gpu001(lines)),
                new TimetableImports.Upload("GPU002.TXT", UntisExports.gpu002(lines)), null);
    }

    @Test
    void aTermWithTimetablesFromUntisSolvesWithCoTeachingInTheImportedLessons() {
        PlanDocument term = untis(untis(UntisExports.term(), "s01", S01_CLASSES).term(), "s02", S02_CLASSES).term();

        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.FULL_ASSERT, 300))
                .buildSolver().solve(PlanSolver.startingPlan(term));
        PlanDocument plan = PlanResult.toDocument(term, solved);

        assertTrue(plan.kpis().feasible(), plan.score());
        assertEquals(100.0, plan.kpis().coveragePercent());
        List<PlanSession> coTeaching = plan.sessions().stream().filter(s -> s.classId() != null).toList();
        assertEquals(3 * 3 + 2 * 2, coTeaching.size());
        for (PlanSession session : coTeaching) {
            SchoolClass schoolClass = term.classes().stream().filter(c -> c.id().equals(session.classId()))
                    .findFirst().orElseThrow();
            int period = term.schools().stream().filter(s -> s.id().equals(schoolClass.schoolId())).findFirst()
                    .orElseThrow().lessonGrid().stream().filter(p -> p.start().equals(session.start()))
                    .findFirst().orElseThrow().period();
            assertTrue(schoolClass.lessons().contains(new ClassLesson(session.day(), period)), session.toString());
        }
    }

    @Test
    void problemsComeBackWithFileLineAndFieldAndNoTerm() {
        String csv = "Klasse;Ugedag;Lektion\n3.A;mandag;1\n3.X;mandag;2\n3.A;sondag;x\n";
        TimetableImports.Outcome outcome = TimetableImports.apply(UntisExports.term(), "s01", "csv", Map.of(),
                new TimetableImports.Upload("skema.csv", csv.getBytes(StandardCharsets.UTF_8)), null, null);

        assertNull(outcome.term());
        assertEquals(List.of("skema.csv, linje 3, 'Klasse'", "skema.csv, linje 4, 'Ugedag'",
                "skema.csv, linje 4, 'Lektion'"), outcome.problems().stream().map(TimetableImports.Problem::path).toList());
        assertEquals(3, outcome.problems().get(0).line());
        assertEquals("Klasse", outcome.problems().get(0).field());
    }

    @Test
    void anUnknownFormatIsAProblemOfItsOwn() {
        TimetableImports.Outcome outcome = TimetableImports.apply(UntisExports.term(), "s01", "xls", Map.of(),
                new TimetableImports.Upload("skema.xls", new byte[1]), null, null);

        assertEquals("format", outcome.problems().get(0).field());
    }
}
