package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The figures a planner judges a plan by. Percentages are 0-100 with one decimal; minutes are per fortnight.
 * {@code priorityInversions}: pairs of an uncovered demand and a covered demand of lower priority whose person could
 * take the uncovered one instead. {@code idleGapPersonDaysPercent}: the share of person-days with a gap of two hours
 * or more between two sessions (both absent from plans made before they were measured). {@code changedSessions}
 * and {@code changedSchools} are set for reruns only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kpis(boolean feasible, double coveragePercent, Map<NeedLevel, Integer> uncoveredByPriority,
        int travelMinutesPerFortnight, double coTeachingContinuityPercent, double pprContinuityPercent,
        double utilisationMinPercent, double utilisationMaxPercent, double meetingSharePercentMax,
        Integer priorityInversions, Double idleGapPersonDaysPercent, Integer changedSessions, Integer changedSchools) {

    public Kpis withChanges(int sessions, int schools) {
        return new Kpis(feasible, coveragePercent, uncoveredByPriority, travelMinutesPerFortnight,
                coTeachingContinuityPercent, pprContinuityPercent, utilisationMinPercent, utilisationMaxPercent,
                meetingSharePercentMax, priorityInversions, idleGapPersonDaysPercent, sessions, schools);
    }
}
