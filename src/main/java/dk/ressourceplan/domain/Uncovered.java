package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A demand (or one seat of a meeting) the plan leaves without staff, and why, in Danish and English. After a rerun
 * it may be uncovered for part of the term only: {@code from} and {@code to} (inclusive) bound it as they bound a
 * session; without them it is uncovered all term.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Uncovered(String demandId, Integer seat, String schoolId, String classId, NeedLevel priority,
        int minutesPerFortnight, String reason, String reasonEn, LocalDate from, LocalDate to) {

    public Uncovered(String demandId, Integer seat, String schoolId, String classId, NeedLevel priority,
            int minutesPerFortnight, String reason, String reasonEn) {
        this(demandId, seat, schoolId, classId, priority, minutesPerFortnight, reason, reasonEn, null, null);
    }

    public Uncovered during(LocalDate newFrom, LocalDate newTo) {
        return new Uncovered(demandId, seat, schoolId, classId, priority, minutesPerFortnight, reason, reasonEn,
                newFrom, newTo);
    }
}
