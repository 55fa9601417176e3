package dk.ressourceplan.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One session of the solved fortnight template, as other tools read it: who ({@code staffId}, null when
 * uncovered) goes where, in which week (A, B or AB = every week), on which day, from when to when.
 * A meeting with two seats gives two sessions at the same time, one per seat.
 */
public record PlanSession(String id, String demandId, DemandType type, String schoolId, String classId,
        String staffId, Integer seat, Week week, DayOfWeek day, LocalTime start, LocalTime end) {
}
