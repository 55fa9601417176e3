package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session of the solved fortnight template, as other tools read it: who ({@code staffId}, null when
 * uncovered, written as an explicit null) goes where, in which week (A, B or AB = every week), on which day, from when to when.
 * A meeting with two seats gives two sessions at the same time, one per seat. After a rerun a session may hold
 * only for part of the term: {@code from} and {@code to} (inclusive) bound it; without them it holds all term.
 * {@code locked} says what a planner has locked ({@link Lock}); absent when the row is free.
 */
public record PlanSession(String id, String demandId, DemandType type, String schoolId, String classId,
        String staffId, Integer seat, Week week, DayOfWeek day, LocalTime start, LocalTime end,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate from, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate to,
        @JsonInclude(JsonInclude.Include.NON_NULL) Lock locked) {

    public PlanSession(String id, String demandId, DemandType type, String schoolId, String classId, String staffId,
            Integer seat, Week week, DayOfWeek day, LocalTime start, LocalTime end, LocalDate from, LocalDate to) {
        this(id, demandId, type, schoolId, classId, staffId, seat, week, day, start, end, from, to, null);
    }

    public PlanSession(String id, String demandId, DemandType type, String schoolId, String classId, String staffId,
            Integer seat, Week week, DayOfWeek day, LocalTime start, LocalTime end) {
        this(id, demandId, type, schoolId, classId, staffId, seat, week, day, start, end, null, null, null);
    }

    /** Whether the session holds on this date's part of the term (its weekday and week are not checked). */
    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The id of the session in the solver, without the seat suffix a meeting's seats carry. */
    @JsonIgnore
    public String sessionId() {
        return seat == null ? id : id.substring(0, id.lastIndexOf('/'));
    }

    public PlanSession during(LocalDate newFrom, LocalDate newTo) {
        return new PlanSession(id, demandId, type, schoolId, classId, staffId, seat, week, day, start, end, newFrom, newTo,
                locked);
    }

    /** Same person, week, day and times: what a school or a staff member would notice as unchanged. */
    public boolean sameAs(PlanSession other) {
        return java.util.Objects.equals(staffId, other.staffId) && week == other.week && day == other.day
                && start.equals(other.start) && end.equals(other.end);
    }
}
