package dk.ressourceplan.io.timetable;

import dk.ressourceplan.TestTerms;
import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import java.nio.charset.Charset;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two schools' class timetables as Untis writes them, made for the tests: {@code GPU001.TXT} and {@code GPU002.TXT}
 * per school in Windows-1252, class names spelled as a school's own system spells them ("3 b" for 3.B, "4ø" for
 * 4.Ø), teachers and rooms with æ, ø and å, and an A/B-week model: a period with one subject in week A and
 * another in week B, one taught in week A only, and a lesson that ended before the term.
 */
public final class UntisExports {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Each class as the term names it and as the school's export writes it. */
    public static final Map<String, String> S01_CLASSES = Map.of("3.A", "3A", "3.B", "3 b", "4.Ø", "4ø");
    public static final Map<String, String> S02_CLASSES = Map.of("5.Æ", "5æ", "6.Å", "6.å");

    /** A lesson of the export: lesson number, class as written, teacher, subject, room, day 1-7, period, week type. */
    public record Line(int lesson, String className, String teacher, String subject, String room, int day, int period,
            String weekType, String from, String to) {
    }

    private UntisExports() {
    }

    /** The term: two schools, their classes with a placeholder timetable, staff and co-teaching for every class. */
    public static PlanDocument term() {
        TestTerms terms = TestTerms.term().school("s01", 55.40, 10.38).school("s02", 55.42, 10.42);
        for (String name : List.of("3.A", "3.B", "4.Ø")) {
            terms.schoolClass(id("s01", name), "s01", NeedLevel.RED);
        }
        for (String name : List.of("5.Æ", "6.Å")) {
            terms.schoolClass(id("s02", name), "s02", NeedLevel.YELLOW);
        }
        terms.person("ct1", Role.CO_TEACHER, 25, 55.40, 10.38, Competence.READING)
                .person("ct2", Role.CO_TEACHER, 25, 55.42, 10.42, Competence.READING, Competence.MATHS)
                .person("psy", Role.PSYCHOLOGIST, 12, 55.41, 10.40, Competence.WELLBEING);
        for (String name : List.of("3.A", "3.B", "4.Ø")) {
            terms.coTeaching("cot-" + id("s01", name), id("s01", name), Competence.READING, 3);
        }
        for (String name : List.of("5.Æ", "6.Å")) {
            terms.coTeaching("cot-" + id("s02", name), id("s02", name), Competence.MATHS, 2);
        }
        terms.meeting("m1", "s01", List.of(List.of(Role.PSYCHOLOGIST)));
        PlanDocument built = terms.build();
        List<SchoolClass> named = built.classes().stream().map(c -> new SchoolClass(c.id(), c.schoolId(),
                nameOf(c.id()), c.grade(), c.pupils(), c.needLevel(), c.lessons())).toList();
        List<School> schools = built.schools().stream().map(s -> new School(s.id(),
                s.id().equals("s01") ? "Søndre Skole" : "Nørre Skole", s.address(), s.lat(), s.lon(), s.pupils(),
                s.schoolDay(), s.meetingWindows(), s.lessonGrid())).toList();
        return new PlanDocument(built.term(), schools, named, built.staff(), built.demands(), null, null, null, null,
                null, null, null);
    }

    private static final Map<String, String> IDS = Map.of("3.A", "s01-3a", "3.B", "s01-3b", "4.Ø", "s01-4oe",
            "5.Æ", "s02-5ae", "6.Å", "s02-6aa");

    /** The id of the class the term names so. */
    public static String id(String school, String className) {
        return IDS.get(className);
    }

    private static String nameOf(String id) {
        return IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
    }

    /**
     * A school's lessons: periods 1-5 every weekday in every week; Monday period 6 is sport in week A and music in
     * week B (so a lesson every week); Friday period 6 is taught in week A only; Wednesday period 6 ended in
     * December, before the term.
     */
    public static List<Line> lines(Map<String, String> classes, int firstLesson) {
        List<Line> lines = new ArrayList<>();
        int lesson = firstLesson;
        for (String written : classes.values().stream().sorted().toList()) {
            for (int day = 1; day <= 5; day++) {
                for (int period = 1; period <= 5; period++) {
                    lines.add(new Line(lesson++, written, "SØR", "DAN", "Lokale Å", day, period, "", "", ""));
                }
            }
            lines.add(new Line(lesson++, written, "BÆK", "IDR", "Hal", 1, 6, "A", "", ""));
            lines.add(new Line(lesson++, written, "ÅSE", "MUS", "Musik", 1, 6, "B", "", ""));
            lines.add(new Line(lesson++, written, "ØLG", "BIL", "Billedkunst", 5, 6, "A", "", ""));
            lines.add(new Line(lesson++, written, "SØR", "HÅN", "Sløjd", 3, 6, "", "20260810", "20261218"));
        }
        return lines;
    }

    /** What the import should make of {@link #lines}: periods 1-5 every weekday, and Monday period 6. */
    public static List<ClassLesson> expectedLessons() {
        List<ClassLesson> lessons = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            for (int period = 1; period <= (day == DayOfWeek.MONDAY ? 6 : 5); period++) {
                lessons.add(new ClassLesson(day, period));
            }
        }
        return lessons;
    }

    /** GPU001: Unr, class, teacher, subject, room, day, period, length, as Untis writes it (CRLF). */
    public static byte[] gpu001(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(l.lesson()).append(",\"").append(l.className()).append("\",\"").append(l.teacher())
                    .append("\",\"").append(l.subject()).append("\",\"").append(l.room()).append("\",")
                    .append(l.day()).append(',').append(l.period()).append(",,\r\n");
        }
        return text.toString().getBytes(WINDOWS_1252);
    }

    /** GPU002: one line per lesson and class, 21 fields; the week type in field 12, the dates in 15 and 16. */
    public static byte[] gpu002(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(l.lesson()).append(",1,1,1,\"").append(l.className()).append("\",\"").append(l.teacher())
                    .append("\",\"").append(l.subject()).append("\",\"").append(l.room()).append("\",,24,,\"")
                    .append(l.weekType()).append("\",\"\",,").append(l.from()).append(',').append(l.to())
                    .append(",,\"\",,,\"\"\r\n");
        }
        return text.toString().getBytes(WINDOWS_1252);
    }

    /** The same timetable as a CSV a planner might write: Klasse;Ugedag;Lektion;Uge, UTF-8. */
    public static byte[] csv(List<Line> lines) {
        StringBuilder text = new StringBuilder("Klasse;Ugedag;Lektion;Uge\n");
        String[] days = {"", "mandag", "tirsdag", "onsdag", "torsdag", "fredag"};
        for (Line l : lines) {
            if (l.to().isEmpty()) {
                text.append(l.className()).append(';').append(days[l.day()]).append(';').append(l.period()).append(';')
                        .append(l.weekType()).append('\n');
            }
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
