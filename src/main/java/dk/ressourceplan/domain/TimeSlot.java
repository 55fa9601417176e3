package dk.ressourceplan.domain;

import java.time.DayOfWeek;

/** When a session takes place in the fortnight template: week, weekday, start and end in minutes since midnight. */
public record TimeSlot(Week week, DayOfWeek day, int start, int end) {

    public int minutes() {
        return end - start;
    }

    public boolean overlaps(TimeSlot other) {
        return week.intersects(other.week) && day == other.day && start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return week + " " + day + " " + Times.format(start) + "-" + Times.format(end);
    }
}
