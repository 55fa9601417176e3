package dk.ressourceplan.plans;

import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.solver.DatedKpis;
import dk.ressourceplan.solver.KpiCalculator;
import dk.ressourceplan.solver.PlanRestore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One school's part of a solved plan, and the KPIs its leader may see of it. The figures come from the planner's
 * own calculation ({@link KpiCalculator}) on the school's part, so that the two cannot drift apart: a co-teaching
 * lesson counts at its own lesson's length, and after a rerun only the template in force counts, as
 * {@link PlanRestore} takes it.
 */
public final class SchoolCut {

    /**
     * The KPIs that the school's part of the plan is enough for. The rest (feasibility, travel, utilisation, PPR
     * continuity, meeting share, priority inversions, idle gaps) describe staff across all their schools.
     */
    public record SchoolKpis(double coveragePercent, Map<NeedLevel, Integer> uncoveredByPriority,
            double coTeachingContinuityPercent, Kpis.ProgrammeWeeks programmeWeeks, Double coordinationMeetingsOnTime) {
    }

    private SchoolCut() {
    }

    /** @throws IllegalArgumentException if the document's sessions do not fit its problem */
    public static SchoolKpis kpis(PlanDocument solved, String schoolId) {
        PlanDocument cut = of(solved, schoolId);
        Kpis kpis = KpiCalculator.calculate(PlanRestore.restore(cut));
        // The dated work's figures: the school's programme weeks as the whole plan counted them, its meetings on its own.
        Kpis.ProgrammeWeeks programmeWeeks = solved.kpis() == null || solved.kpis().programmeWeeks() == null ? null
                : solved.kpis().programmeWeeks().stream().filter(weeks -> schoolId.equals(weeks.schoolId()))
                        .findFirst().orElse(null);
        Kpis dated = solved.kpis() == null ? null
                : DatedKpis.with(cut.withSolution(solved.score(), solved.kpis(), cut.uncovered(), cut.sessions()));
        return new SchoolKpis(kpis.coveragePercent(), kpis.uncoveredByPriority(), kpis.coTeachingContinuityPercent(),
                programmeWeeks, dated == null ? null : dated.coordinationMeetingsOnTime());
    }

    /**
     * The school, its classes and demands (a class's co-teaching names only the class), the sessions and uncovered
     * demand at the school, and the staff with a session there. Travel, weights and rules stay, so that the part
     * is modelled as the whole was; the whole plan's score and KPIs go.
     */
    static PlanDocument of(PlanDocument solved, String schoolId) {
        List<SchoolClass> classes = kept(solved.classes(), schoolClass -> schoolId.equals(schoolClass.schoolId()));
        Set<String> classIds = classes.stream().map(SchoolClass::id).collect(Collectors.toSet());
        List<PlanSession> sessions = kept(solved.sessions(), session -> schoolId.equals(session.schoolId()));
        Set<String> serving = sessions.stream().map(PlanSession::staffId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new PlanDocument(solved.term(),
                kept(solved.schools(), school -> schoolId.equals(school.id())),
                classes,
                kept(solved.staff(), person -> serving.contains(person.id())),
                kept(solved.demands(), demand -> atSchool(demand.schoolId(), demand.classId(), schoolId, classIds)),
                solved.travel(), solved.weights(), solved.rules(), null, null,
                kept(solved.uncovered(), item -> atSchool(item.schoolId(), item.classId(), schoolId, classIds)),
                sessions);
    }

    private static boolean atSchool(String itemSchoolId, String classId, String schoolId, Set<String> classIds) {
        return schoolId.equals(itemSchoolId) || classIds.contains(classId);
    }

    private static <T> List<T> kept(List<T> items, Predicate<T> keep) {
        return items == null ? List.of() : items.stream().filter(keep).toList();
    }
}
