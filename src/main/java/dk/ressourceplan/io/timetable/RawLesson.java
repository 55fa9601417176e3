package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One lesson as a file gives it, before it is matched to the term: a class name, a weekday, and either a period of
 * the lesson grid or a start and end time; the week is A or B for a lesson of an A/B-week model, AB for every week.
 */
record RawLesson(String file, int line, String classField, String className, String dayField, DayOfWeek day,
        String periodField, Integer period, LocalTime start, LocalTime end, Week week) {
}
