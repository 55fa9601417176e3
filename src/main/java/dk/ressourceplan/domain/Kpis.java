package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The figures a planner judges a plan by. Percentages are 0-100 with one decimal; minutes are per fortnight.
 * {@code priorityInversions}: pairs of an uncovered demand and a covered demand of lower priority whose person could
 * take the uncovered one instead. {@code idleGapPersonDaysPercent}: the share of person-days with a gap of two hours
 * or more between two sessions (both absent from plans made before they were measured). {@code changedSessions}
 * and {@code changedSchools} are set for reruns only. For a term with dated work:
 * {@code programmeWeeksCoveredPercent}, the programme weeks with a person against the weeks the schools can expect
 * (one programme running continuously per 500 pupils), and {@code programmeWeeks} the same per school;
 * {@code coordinationMeetingsOnTime}, the percentage of coordination meetings held (every seat covered) within their
 * school's interval ±1 week of the one before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kpis(boolean feasible, double coveragePercent, Map<NeedLevel, Integer> uncoveredByPriority,
        int travelMinutesPerFortnight, double coTeachingContinuityPercent, double pprContinuityPercent,
        double utilisationMinPercent, double utilisationMaxPercent, double meetingSharePercentMax,
        Integer priorityInversions, Double idleGapPersonDaysPercent, Integer changedSessions, Integer changedSchools,
        Double programmeWeeksCoveredPercent, List<ProgrammeWeeks> programmeWeeks, Double coordinationMeetingsOnTime) {

    /** A school's programme weeks: with a person, planned, and what its pupils lead it to expect. */
    public record ProgrammeWeeks(String schoolId, int covered, int planned, int expected, double coveredPercent) {
    }

    public Kpis(boolean feasible, double coveragePercent, Map<NeedLevel, Integer> uncoveredByPriority,
            int travelMinutesPerFortnight, double coTeachingContinuityPercent, double pprContinuityPercent,
            double utilisationMinPercent, double utilisationMaxPercent, double meetingSharePercentMax,
            Integer priorityInversions, Double idleGapPersonDaysPercent, Integer changedSessions, Integer changedSchools) {
        this(feasible, coveragePercent, uncoveredByPriority, travelMinutesPerFortnight, coTeachingContinuityPercent,
                pprContinuityPercent, utilisationMinPercent, utilisationMaxPercent, meetingSharePercentMax,
                priorityInversions, idleGapPersonDaysPercent, changedSessions, changedSchools, null, null, null);
    }

    public Kpis withDatedWork(Double programmePercent, List<ProgrammeWeeks> bySchool, Double meetingsOnTime) {
        return new Kpis(feasible, coveragePercent, uncoveredByPriority, travelMinutesPerFortnight,
                coTeachingContinuityPercent, pprContinuityPercent, utilisationMinPercent, utilisationMaxPercent,
                meetingSharePercentMax, priorityInversions, idleGapPersonDaysPercent, changedSessions, changedSchools,
                programmePercent, bySchool, meetingsOnTime);
    }

    public Kpis withChanges(int sessions, int schools) {
        return new Kpis(feasible, coveragePercent, uncoveredByPriority, travelMinutesPerFortnight,
                coTeachingContinuityPercent, pprContinuityPercent, utilisationMinPercent, utilisationMaxPercent,
                meetingSharePercentMax, priorityInversions, idleGapPersonDaysPercent, sessions, schools,
                programmeWeeksCoveredPercent, programmeWeeks, coordinationMeetingsOnTime);
    }
}
