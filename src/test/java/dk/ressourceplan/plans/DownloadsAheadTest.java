package dk.ressourceplan.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.MoveBudget;
import dk.ressourceplan.solver.PlanSolver;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.store.RevisionContent;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published plan's downloads are made before anyone asks (issue 17): when the service starts with a plan published
 * earlier, and when a plan is published; the school leaders who then open it find every file made.
 */
class DownloadsAheadTest {

    @Test
    void thePublishedPlansDownloadsAreMadeAtStartAndAtPublication(@TempDir Path data) throws Exception {
        PlanDocument problem = SyntheticMunicipality.generate(3, 11);
        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 2_000))
                .buildSolver().solve(PlanSolver.startingPlan(problem));
        PlanDocument plan = PlanResult.toDocument(problem, solved);
        String planId;
        try (SqlitePlanStore store = SqlitePlanStore.open(data)) {
            planId = store.createPlan("Published", "test", Json.mapper().writeValueAsString(problem.problem())).id();
            store.addRevision(planId, RevisionKind.SOLUTION, RevisionState.COMPLETE, "test", 1, new RevisionContent(
                    Json.mapper().writeValueAsString(plan), plan.score(), Json.mapper().writeValueAsString(plan.kpis())));
            store.publish(planId, 2, "test");
        }
        int schools = plan.schools().size();
        // The whole plan in three formats; per school the planner's calendar and the school leader's three files.
        int expected = 3 + schools * 4;

        try (Planning planning = Planning.open(new Planning.Settings(data, null, 1, 60, 0), new JobListener() {
            @Override
            public void send(String id, JobEvent event) {
            }

            @Override
            public void finish(String id, JobEvent.Done done) {
            }
        })) {
            PlanDownloads downloads = planning.downloads();
            downloads.prepare(planId).join();
            assertEquals(expected, downloads.madeCount(), "made at start, before anyone asked");

            String school = plan.schools().get(1).id();
            downloads.download(planId, "ics", null, null, Viewer.oneSchool("Skoleleder", school));
            downloads.download(planId, "xlsx", school, null, Viewer.oneSchool("Skoleleder", school));
            downloads.download(planId, "ics", school, null, Viewer.wholePlans("Planlægger"));
            assertEquals(expected, downloads.madeCount(), "what the readers ask for is what was made");

            // Published again (a new publication changes the calendars' SEQUENCE): made ahead again.
            planning.plans().publish(planId, "Planlægger");
            downloads.prepare(planId).join();
            assertEquals(expected + 1 + 2 * schools, downloads.madeCount(),
                    "the calendars of the new publication are made too; the spreadsheets are the same files");
        }
    }
}
