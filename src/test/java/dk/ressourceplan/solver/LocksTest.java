package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Edit;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A planner's locks hold: a locked session keeps its time and person, and a locked person their seat, through a solve
 * from scratch, a continued solve and a rerun that reaches the locked session's school; the locks travel in the JSON.
 * The locked session is moved by hand first to a time the solver did not choose, so that keeping it is the lock's
 * doing. A lock on a person who leaves is lifted, and the session keeps its time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocksTest {

    private static final long MOVES = 20_000;
    private PlanDocument locked;
    private PlanSession lockedSession;
    private PlanSession lockedPerson;

    @BeforeAll
    void lockTwoThingsInASolvedPlan() throws Exception {
        PlanDocument problem = PlanReader.read(Path.of("data/demo-small.json"));
        PlanDocument solved = PlanResult.toDocument(problem, solve(PlanSolver.startingPlan(problem)));
        PlanSession coTeaching = solved.sessions().stream()
                .filter(s -> s.type() == DemandType.CO_TEACHING && s.staffId() != null).findFirst().orElseThrow();
        StaffPlan plan = PlanRestore.restore(solved);
        // A free time of the session that differs from the solver's choice.
        var session = HandEdits.sessionOf(plan, coTeaching.id()).orElseThrow();
        var otherTime = session.getCandidateSlots().stream().filter(slot -> !slot.equals(session.getSlot()))
                .reduce((first, last) -> last).orElseThrow();
        PlanSession meetingSeat = solved.sessions().stream()
                .filter(s -> s.type() != DemandType.CO_TEACHING && s.staffId() != null
                        && !s.schoolId().equals(coTeaching.schoolId()))
                .findFirst().orElseThrow();
        HandEdits.apply(plan, List.of(
                Edit.time(coTeaching.id(), otherTime.week(), otherTime.day(), Times.time(otherTime.start())),
                Edit.lock(coTeaching.id(), Lock.SESSION),
                Edit.lock(meetingSeat.id(), Lock.PERSON)));
        SolutionManagers.score(plan);
        locked = Json.mapper().readValue(Json.mapper().writeValueAsString(PlanResult.toDocument(problem, plan)),
                PlanDocument.class);
        lockedSession = row(locked, coTeaching.id());
        lockedPerson = row(locked, meetingSeat.id());
        assertEquals(Lock.SESSION, lockedSession.locked(), "the lock is written in the JSON and read back");
        assertEquals(Lock.PERSON, lockedPerson.locked());
        assertEquals(otherTime.start(), Times.minutes(lockedSession.start()));
    }

    @Test
    void aSolveFromScratchKeepsTheLocks() {
        StaffPlan start = PlanSolver.startingPlan(locked.problem(), PlanRestore.locks(locked));
        assertKept(PlanResult.toDocument(locked.problem(), solve(start)));
    }

    @Test
    void aContinuedSolveKeepsTheLocksAndImprovesFromThePlanAsItStands() {
        StaffPlan start = PlanSolver.continuingPlan(locked);
        PlanDocument continued = PlanResult.toDocument(locked.problem(), solve(start));
        assertKept(continued);
        assertTrue(HardMediumSoftLongScore.parseScore(continued.score())
                        .compareTo(SolutionManagers.score(PlanRestore.restore(locked))) >= 0,
                "continuing never ends worse than where it started");
    }

    /** Every move's score checked against a full recalculation while locked work sits among the moved. */
    @Test
    void aContinuedSolveUnderFullAssertKeepsTheLocks() {
        StaffPlan solved = SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.FULL_ASSERT, 1_500))
                .buildSolver().solve(PlanSolver.continuingPlan(locked));
        assertKept(PlanResult.toDocument(locked.problem(), solved));
    }

    @Test
    void aRerunThatReachesTheLockedSchoolKeepsTheLocks() {
        // Someone else who works at the locked session's school gets fewer hours: the school is replanned.
        String colleague = locked.sessions().stream()
                .filter(s -> s.schoolId().equals(lockedSession.schoolId()) && s.staffId() != null
                        && !s.staffId().equals(lockedSession.staffId()))
                .map(PlanSession::staffId).findFirst().orElseThrow();
        ChangeSet changes = new ChangeSet(LocalDate.of(2027, 3, 1), List.of(new Change(Change.STAFF_HOURS_CHANGED,
                colleague, null, null, 5.0, null, null, null)), null);
        PlanDocument rerun = Rerun.rerun(locked, changes, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, MOVES), best -> { });
        assertTrue(rerun.kpis().changedSessions() > 0, "the rerun changed something");
        for (PlanSession part : rerun.sessions()) {
            if (part.id().equals(lockedSession.id())) {
                assertTrue(part.sameAs(lockedSession), "every part of the locked session as locked: " + part);
                assertEquals(Lock.SESSION, part.locked());
            }
            if (part.id().equals(lockedPerson.id())) {
                assertEquals(lockedPerson.staffId(), part.staffId());
            }
        }
    }

    @Test
    void aLockOnAPersonWhoLeavesIsLiftedAndTheSessionKeepsItsTime() {
        ChangeSet leaves = new ChangeSet(LocalDate.of(2027, 3, 1), List.of(new Change(Change.STAFF_UNAVAILABLE,
                lockedSession.staffId(), LocalDate.of(2027, 3, 1), null, null, null, null, null)), null);
        PlanDocument rerun = Rerun.rerun(locked, leaves, MoveBudget.config(EnvironmentMode.REPRODUCIBLE, MOVES), best -> { });
        PlanSession after = rerun.sessions().stream()
                .filter(s -> s.id().equals(lockedSession.id()) && s.from() != null).findFirst().orElseThrow();
        assertNotEquals(lockedSession.staffId(), after.staffId(), "someone else, or nobody, from the leave");
        assertEquals(lockedSession.day(), after.day());
        assertEquals(lockedSession.start(), after.start());
    }

    private void assertKept(PlanDocument after) {
        Map<String, PlanSession> rows = after.sessions().stream().collect(Collectors.toMap(PlanSession::id, s -> s));
        PlanSession session = rows.get(lockedSession.id());
        assertTrue(session.sameAs(lockedSession), "the locked session as it was: " + session + " vs " + lockedSession);
        assertEquals(Lock.SESSION, session.locked());
        assertEquals(lockedPerson.staffId(), rows.get(lockedPerson.id()).staffId());
        assertEquals(Lock.PERSON, rows.get(lockedPerson.id()).locked());
        assertNull(after.sessions().stream().filter(s -> s.staffId() == null && s.locked() != null)
                .findFirst().orElse(null), "an empty seat is never locked");
    }

    private static PlanSession row(PlanDocument plan, String id) {
        return plan.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static StaffPlan solve(StaffPlan start) {
        return SolverFactory.<StaffPlan>create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, MOVES)).buildSolver()
                .solve(start);
    }

    /** The plan's score, calculated in full. */
    private static final class SolutionManagers {
        private static final SolutionManager<StaffPlan, HardMediumSoftLongScore> SCORING = SolutionManager.create(
                        SolverFactory.create(MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 1)));

        static HardMediumSoftLongScore score(StaffPlan plan) {
            return SCORING.update(plan);
        }
    }
}
