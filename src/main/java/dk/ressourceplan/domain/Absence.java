package dk.ressourceplan.domain;

import java.time.LocalDate;

/**
 * Dates (inclusive) on which a staff member has no hours for the plan: a leave with an end date, written into the
 * term by the rerun that plans it. The person's {@code hoursPerWeek} stay as they are, so the plan has them again
 * from the day after {@code to}.
 */
public record Absence(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
