package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A demand (or one seat of a meeting) the plan leaves without staff, and why, in Danish and English. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Uncovered(String demandId, Integer seat, String schoolId, String classId, NeedLevel priority,
        int minutesPerFortnight, String reason, String reasonEn) {
}
