package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.Term;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Untis's text exports (Datenaustausch, "DIF"): {@code GPU001.TXT} is the timetable, one line per lesson hour of a
 * class: lesson number (1), class (2), teacher (3), subject (4), room (5), day 1-7 (6), period (7) and, in minute
 * mode, the length (8). {@code GPU002.TXT} holds the lessons themselves, one line per lesson and class; of its
 * fields this reads the lesson number (1), the class (5), the week type of an A/B-week model (12) and the dates the
 * lesson runs between (15, 16, {@code YYYYMMDD}). Fields are separated by commas (semicolons are accepted), text is
 * in double quotes. Teachers, subjects and rooms are not read: the plan works with classes only.
 */
final class UntisFiles {

    static final String CLASS = "Klasse (felt 2)";
    static final String DAY = "Dag (felt 6)";
    static final String PERIOD = "Time (felt 7)";
    static final String LESSON_CLASS = "Klasse (felt 5)";
    static final String WEEK_TYPE = "Ugetype (felt 12)";
    static final String FROM = "Dato fra (felt 15)";
    static final String TO = "Dato til (felt 16)";

    private UntisFiles() {
    }

    /** The lessons of GPU001, with their week type and dates from GPU002 where it is given. */
    static List<RawLesson> read(TextFile gpu001, TextFile gpu002, Term term, List<TimetableError> errors) {
        Map<String, LessonFacts> lessons = gpu002 == null ? Map.of() : lessons(gpu002, errors);
        List<RawLesson> read = new ArrayList<>();
        for (DelimitedLine.Fields row : DelimitedLine.read(gpu001, 0, errors)) {
            int line = row.line();
            List<String> fields = row.fields();
            if (fields.size() < 7) {
                errors.add(TimetableError.at(gpu001.name(), line, null, "has " + fields.size()
                                + " field(s); a GPU001 line has at least 7 (lesson number, class, teacher, subject, "
                                + "room, day, period)",
                        "har " + fields.size() + " felt(er); en GPU001-linje har mindst 7 (undervisningsnummer, "
                                + "klasse, lærer, fag, lokale, dag, time)"));
                continue;
            }
            String className = fields.get(1);
            if (className.isEmpty()) {
                continue;
            }
            Optional<DayOfWeek> day = FieldValues.day(fields.get(5));
            Optional<Integer> period = FieldValues.whole(fields.get(6));
            if (day.isEmpty() || !fields.get(5).trim().matches("[1-7]")) {
                errors.add(TimetableError.at(gpu001.name(), line, DAY, "\"" + fields.get(5)
                        + "\" is not a day; Untis numbers them 1 (Monday) to 7", "\"" + fields.get(5)
                        + "\" er ikke en dag; Untis nummererer dem 1 (mandag) til 7"));
            }
            if (period.isEmpty()) {
                errors.add(TimetableError.at(gpu001.name(), line, PERIOD, "\"" + fields.get(6)
                        + "\" is not a period number", "\"" + fields.get(6) + "\" er ikke et lektionsnummer"));
            }
            if (day.isEmpty() || period.isEmpty()) {
                continue;
            }
            LessonFacts facts = lessons.getOrDefault(fields.get(0) + "\u0000" + ClassNames.key(className),
                    lessons.get(fields.get(0)));
            if (facts != null && !facts.overlaps(term)) {
                continue;
            }
            read.add(new RawLesson(gpu001.name(), line, CLASS, className, DAY, day.get(), PERIOD, period.get(), null,
                    null, facts == null ? Week.AB : facts.week()));
        }
        return read;
    }

    /** A lesson of GPU002: its week type and the dates it runs between (null where open). */
    private record LessonFacts(Week week, LocalDate from, LocalDate to) {

        boolean overlaps(Term term) {
            return (from == null || term == null || term.lastDate() == null || !from.isAfter(term.lastDate()))
                    && (to == null || term == null || term.firstDate() == null || !to.isBefore(term.firstDate()));
        }
    }

    /** By lesson number and class, and by lesson number alone for a class that GPU002 does not name. */
    private static Map<String, LessonFacts> lessons(TextFile gpu002, List<TimetableError> errors) {
        Map<String, LessonFacts> lessons = new HashMap<>();
        for (DelimitedLine.Fields row : DelimitedLine.read(gpu002, 0, errors)) {
            int line = row.line();
            List<String> fields = row.fields();
            if (fields.size() < 5) {
                errors.add(TimetableError.at(gpu002.name(), line, null, "has " + fields.size()
                                + " field(s); a GPU002 line names at least the lesson number and the class (field 5)",
                        "har " + fields.size() + " felt(er); en GPU002-linje har mindst undervisningsnummer og "
                                + "klasse (felt 5)"));
                continue;
            }
            String weekText = field(fields, 11);
            Optional<Week> week = FieldValues.week(weekText);
            if (week.isEmpty()) {
                errors.add(TimetableError.at(gpu002.name(), line, WEEK_TYPE, "the week type \"" + weekText
                                + "\" is neither A nor B; the plan knows A and B weeks only",
                        "ugetypen \"" + weekText + "\" er hverken A eller B; planen kender kun A- og B-uger"));
                continue;
            }
            LocalDate from = date(gpu002, line, FROM, field(fields, 14), errors);
            LocalDate to = date(gpu002, line, TO, field(fields, 15), errors);
            LessonFacts facts = new LessonFacts(week.get(), from, to);
            lessons.put(fields.get(0) + "\u0000" + ClassNames.key(fields.get(4)), facts);
            lessons.putIfAbsent(fields.get(0), facts);
        }
        return lessons;
    }

    private static LocalDate date(TextFile file, int line, String field, String text, List<TimetableError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = FieldValues.untisDate(text);
        if (date.isEmpty()) {
            errors.add(TimetableError.at(file.name(), line, field, "\"" + text + "\" is not a date YYYYMMDD",
                    "\"" + text + "\" er ikke en dato ÅÅÅÅMMDD"));
        }
        return date.orElse(null);
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
