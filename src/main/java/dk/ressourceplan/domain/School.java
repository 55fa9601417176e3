package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** A school: where it is, its day, when it can hold meetings, and its lesson grid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record School(String id, String name, String address, double lat, double lon, int pupils,
        List<TimeWindow> schoolDay, List<TimeWindow> meetingWindows, List<LessonPeriod> lessonGrid) {

    public School {
        schoolDay = schoolDay == null ? List.of() : List.copyOf(schoolDay);
        meetingWindows = meetingWindows == null ? List.of() : List.copyOf(meetingWindows);
        lessonGrid = lessonGrid == null ? List.of() : List.copyOf(lessonGrid);
    }

    /** The school's hours on the weekday in some week: whether the school has the day at all. */
    @JsonIgnore
    public Optional<TimeWindow> dayOn(DayOfWeek day) {
        return schoolDay.stream().filter(w -> w.day() == day).findFirst();
    }

    /**
     * The school's hours on the weekday in a week: in week A or B those given for it (or for both weeks); for
     * {@code AB}, a weekly session's, the hours the school has in both weeks. Empty when it has none.
     */
    @JsonIgnore
    public Optional<TimeWindow> dayOn(Week week, DayOfWeek day) {
        if (week == Week.AB) {
            Optional<TimeWindow> a = dayOn(Week.A, day);
            Optional<TimeWindow> b = dayOn(Week.B, day);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            LocalTime start = a.get().start().isAfter(b.get().start()) ? a.get().start() : b.get().start();
            LocalTime end = a.get().end().isBefore(b.get().end()) ? a.get().end() : b.get().end();
            return start.isBefore(end) ? Optional.of(new TimeWindow(Week.AB, day, start, end)) : Optional.empty();
        }
        return Optional.ofNullable(firstDayWindow(week, day));
    }

    /**
     * Whether the slot lies in the school day of its week, in both weeks for a weekly slot: what {@link #dayOn} says,
     * in a loop without making windows, since the score asks it of every session that moves.
     */
    public boolean dayContains(TimeSlot slot) {
        if (slot.week() != Week.AB) {
            TimeWindow day = firstDayWindow(slot.week(), slot.day());
            return day != null && day.startMinute() <= slot.start() && slot.end() <= day.endMinute();
        }
        TimeWindow a = firstDayWindow(Week.A, slot.day());
        TimeWindow b = firstDayWindow(Week.B, slot.day());
        if (a == null || b == null) {
            return false;
        }
        int start = Math.max(a.startMinute(), b.startMinute());
        int end = Math.min(a.endMinute(), b.endMinute());
        return start < end && start <= slot.start() && slot.end() <= end;
    }

    /** The first school-day window of that day in that single week, or null. */
    private TimeWindow firstDayWindow(Week week, DayOfWeek day) {
        for (TimeWindow window : schoolDay) {
            if (window.day() == day && window.week().intersects(week)) {
                return window;
            }
        }
        return null;
    }

    public boolean meetingWindowContains(TimeSlot slot) {
        for (TimeWindow window : meetingWindows) {
            if (window.contains(slot)) {
                return true;
            }
        }
        return false;
    }

    public Optional<LessonPeriod> period(int number) {
        return lessonGrid.stream().filter(p -> p.period() == number).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
