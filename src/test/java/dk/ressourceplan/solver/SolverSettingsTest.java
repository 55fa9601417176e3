package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.ressourceplan.domain.StaffPlan;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SolverSettingsTest {

    /**
     * A rerun shares its limit among its stretches: 20 s in three is 6.666666666 s, which Timefold refuses ("cannot
     * use nanoseconds"); a rerun of a term with dated work from the command line stopped so.
     */
    @Test
    void aShareOfALimitIsTakenInWholeMilliseconds() {
        SolverConfig config = SolverSettings.config(Duration.ofSeconds(20).dividedBy(3));

        assertNotNull(SolverFactory.<StaffPlan>create(config).buildSolver());
        assertEquals(Duration.ofMillis(6_666), config.getTerminationConfig().getSpentLimit());
    }
}
