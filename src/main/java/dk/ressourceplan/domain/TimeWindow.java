package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A stretch of time on a weekday, in week A, B or both. Used for the school day, the meeting windows
 * and a staff member's unavailable hours; an unavailability without start and end covers the whole day.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeWindow(Week week, DayOfWeek day, LocalTime start, LocalTime end) {

    public TimeWindow {
        week = week == null ? Week.AB : week;
    }

    public static TimeWindow of(DayOfWeek day, String start, String end) {
        return new TimeWindow(Week.AB, day, LocalTime.parse(start), LocalTime.parse(end));
    }

    public int startMinute() {
        return start == null ? 0 : Times.minutes(start);
    }

    public int endMinute() {
        return end == null ? 24 * 60 : Times.minutes(end);
    }

    public boolean contains(TimeSlot slot) {
        return week.intersects(slot.week()) && (week == Week.AB || slot.week() != Week.AB)
                && day == slot.day() && startMinute() <= slot.start() && slot.end() <= endMinute();
    }

    public boolean overlaps(Week otherWeek, DayOfWeek otherDay, int otherStart, int otherEnd) {
        return week.intersects(otherWeek) && day == otherDay && startMinute() < otherEnd && otherStart < endMinute();
    }
}
