package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
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

    @JsonIgnore
    public Optional<TimeWindow> dayOn(DayOfWeek day) {
        return schoolDay.stream().filter(w -> w.day() == day).findFirst();
    }

    public boolean dayContains(TimeSlot slot) {
        return dayOn(slot.day()).map(w -> w.startMinute() <= slot.start() && slot.end() <= w.endMinute()).orElse(false);
    }

    public boolean meetingWindowContains(TimeSlot slot) {
        return meetingWindows.stream().anyMatch(w -> w.contains(slot));
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
