package dk.ressourceplan.domain;

import java.time.LocalTime;

/** One period of a school's lesson grid (lektion 1 is 08:00-08:45, and so on). */
public record LessonPeriod(int period, LocalTime start, LocalTime end) {
}
