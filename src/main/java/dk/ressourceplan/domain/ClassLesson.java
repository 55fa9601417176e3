package dk.ressourceplan.domain;

import java.time.DayOfWeek;

/** A lesson in a class's own timetable: a weekday and a period of the school's lesson grid. */
public record ClassLesson(DayOfWeek day, int period) {
}
