package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Uncovered;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

    private final PlanDocument plan = TestPlans.spring2027();

    private static List<String> ids(List<PlanSession> sessions) {
        return sessions.stream().map(PlanSession::id).sorted().toList();
    }

    @Test
    void aSchoolKeepsItsOwnSessionsCoveredOrNot() {
        assertEquals(List.of("d-bakke-meet/1/1", "d-bakke-meet/1/2", "s1", "s2", "s7"), ids(ExportFilter.school(TestPlans.BAKKE).sessionsOf(plan)));
        assertEquals(List.of("s3", "s6", "s8"), ids(ExportFilter.school(TestPlans.HOEJBY).sessionsOf(plan)));
    }

    @Test
    void aStaffMemberKeepsTheirSessionsAtEverySchoolAndNoUncoveredDemand() {
        assertEquals(List.of("s1", "s2", "s3"), ids(ExportFilter.staff(TestPlans.ANNE).sessionsOf(plan)));
        assertEquals(List.of(), ExportFilter.staff(TestPlans.ANNE).uncoveredOf(plan));
    }

    @Test
    void theWholePlanKeepsEverything() {
        assertEquals(8, ExportFilter.wholePlan().sessionsOf(plan).size());
        assertEquals(List.of("d-bakke-meet", "d-2a-maths"),
                ExportFilter.wholePlan().uncoveredOf(plan).stream().map(Uncovered::demandId).toList());
    }

    @Test
    void parametersGiveAFilterAndBothAtOnceAreRejected() {
        assertEquals(ExportFilter.wholePlan(), ExportFilter.of(null, " "));
        assertEquals(ExportFilter.school("a"), ExportFilter.of("a", null));
        assertEquals(ExportFilter.staff("b"), ExportFilter.of("", "b"));
        assertThrows(IllegalArgumentException.class, () -> ExportFilter.of("a", "b"));
    }
}
