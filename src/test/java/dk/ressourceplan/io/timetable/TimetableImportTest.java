package dk.ressourceplan.io.timetable;

import static dk.ressourceplan.io.timetable.UntisExports.S01_CLASSES;
import static dk.ressourceplan.io.timetable.UntisExports.S02_CLASSES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.io.timetable.TimetableImport.Format;
import dk.ressourceplan.io.timetable.TimetableImport.Request;
import dk.ressourceplan.io.timetable.TimetableImport.Upload;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimetableImportTest {

    private static final PlanDocument TERM = UntisExports.term();

    private static PlanDocument untis(PlanDocument term, String school, Map<String, String> classes, int first) {
        List<UntisExports.Line> lines = UntisExports.lines(classes, first);
        return TimetableImport.apply(term, new Request(school, Format.UNTIS,
                new Upload("GPU001.TXT", UntisExports.gpu001(lines)), new Upload("GPU002.TXT", UntisExports.gpu002(lines)),
                null, null)).term();
    }

    private static Map<String, List<ClassLesson>> lessons(PlanDocument term) {
        return term.classes().stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::lessons));
    }

    private static TimetableException errors(String file, String text, Format format) {
        return assertThrows(TimetableException.class, () -> TimetableImport.apply(TERM, new Request("s01", format,
                new Upload(file, text.getBytes(StandardCharsets.UTF_8)), null, null, null)));
    }

    @Test
    void untisExportsOfTwoSchoolsSetEveryClassesWeeklyLessons() {
        PlanDocument imported = untis(untis(TERM, "s01", S01_CLASSES, 1), "s02", S02_CLASSES, 500);

        for (SchoolClass schoolClass : imported.classes()) {
            assertEquals(UntisExports.expectedLessons(), schoolClass.lessons(), schoolClass.name());
        }
    }

    @Test
    void oneFileWithBothSchoolsClassesSetsThemAllWhenBothSchoolsAreNamed() {
        List<UntisExports.Line> lines = new java.util.ArrayList<>(UntisExports.lines(S01_CLASSES, 1));
        lines.addAll(UntisExports.lines(S02_CLASSES, 500));

        TimetableImport.Result result = TimetableImport.apply(TERM, new Request(List.of("s01", "s02"), Format.UNTIS,
                new Upload("GPU001.TXT", UntisExports.gpu001(lines)), new Upload("GPU002.TXT", UntisExports.gpu002(lines)),
                null, null));

        assertEquals(lessons(untis(untis(TERM, "s01", S01_CLASSES, 1), "s02", S02_CLASSES, 500)),
                lessons(result.term()));
        assertEquals(5, result.classes().size());
        TimetableException oneSchool = assertThrows(TimetableException.class, () -> TimetableImport.apply(TERM,
                new Request("s01", Format.UNTIS, new Upload("GPU001.TXT", UntisExports.gpu001(lines)), null, null,
                        null)));
        List<TimetableError> found = oneSchool.timetableErrors();
        assertEquals(2, found.size(), "each of the other school's classes once: " + found);
        for (TimetableError error : found) {
            String name = error.messageDa().substring("klassen \"".length(), error.messageDa().indexOf("\" findes"));
            int first = lines.stream().map(UntisExports.Line::className).toList().indexOf(name) + 1;
            assertEquals(first, error.line(), name);
            assertTrue(error.messageDa().startsWith("klassen \"" + name + "\" findes ikke på Søndre Skole i terminen; "
                    + "også linje " + (first + 1) + ", " + (first + 2)), error.messageDa());
        }
    }

    @Test
    void aNameTwoOfTheNamedSchoolsHaveIsNeverGuessed() {
        PlanDocument twoThreeAs = new PlanDocument(TERM.term(), TERM.schools(), TERM.classes().stream()
                .map(c -> c.id().equals("s02-5ae") ? new SchoolClass(c.id(), c.schoolId(), "3.A", c.grade(), c.pupils(),
                        c.needLevel(), c.lessons()) : c).toList(), TERM.staff(), TERM.demands(), null, null, null, null,
                null, null, null);

        TimetableException e = assertThrows(TimetableException.class, () -> TimetableImport.apply(twoThreeAs,
                new Request(List.of("s01", "s02"), Format.CSV, new Upload("skema.csv",
                        "Klasse;Dag;Lektion\n3a;1;1\n".getBytes(StandardCharsets.UTF_8)), null, null, null)));

        assertEquals("skema.csv, linje 2, 'Klasse': \"3a\" kan være flere klasser: s01-3a, s02-5ae",
                e.timetableErrors().get(0).describedDa());
    }

    @Test
    void aPeriodWithALessonInWeekAAndAnotherInWeekBIsAWeeklyLessonAndOneWeekOnlyIsCountedAndLeftOut() {
        List<UntisExports.Line> lines = UntisExports.lines(S01_CLASSES, 1);
        TimetableImport.Result result = TimetableImport.apply(TERM, new Request("s01", Format.UNTIS,
                new Upload("GPU001.TXT", UntisExports.gpu001(lines)), new Upload("GPU002.TXT", UntisExports.gpu002(lines)),
                null, null));

        assertEquals(3, result.classes().size());
        for (TimetableImport.ClassTimetable set : result.classes()) {
            assertEquals(26, set.lessons(), set.name());
            assertEquals(1, set.oneWeekOnly(), set.name() + ": Friday period 6 in week A only");
        }
        assertEquals(Map.of("GPU001.TXT", "windows-1252", "GPU002.TXT", "windows-1252"), result.encodings());
        assertEquals(List.of(), result.classesNotInFile());
    }

    @Test
    void withoutGpu002EveryLessonIsTakenAsWeekly() {
        List<UntisExports.Line> lines = UntisExports.lines(S02_CLASSES, 1);
        PlanDocument imported = TimetableImport.apply(TERM, new Request("s02", Format.UNTIS,
                new Upload("GPU001.TXT", UntisExports.gpu001(lines)), null, null, null)).term();

        List<ClassLesson> lessons = imported.classes().stream().filter(c -> c.id().equals("s02-5ae")).findFirst()
                .orElseThrow().lessons();
        assertEquals(28, lessons.size(), "25 + Monday, Wednesday and Friday period 6");
    }

    @Test
    void theSameTimetableAsCsvGivesTheSameLessons() {
        PlanDocument fromUntis = untis(untis(TERM, "s01", S01_CLASSES, 1), "s02", S02_CLASSES, 500);
        PlanDocument fromCsv = TERM;
        for (String school : List.of("s01", "s02")) {
            byte[] csv = UntisExports.csv(UntisExports.lines(school.equals("s01") ? S01_CLASSES : S02_CLASSES, 1));
            fromCsv = TimetableImport.apply(fromCsv, new Request(school, Format.CSV, new Upload("skema.csv", csv),
                    null, null, null)).term();
        }

        assertEquals(lessons(fromUntis), lessons(fromCsv));
    }

    @Test
    void anUnknownClassAPeriodOutsideTheGridAndAMalformedLineAreThreeErrorsWithTheirLines() {
        String gpu001 = """
                1,"3A","SØR","DAN","",1,1,,
                2,"3A","SØR","DAN","",1,2,,
                3,"9X","SØR","DAN","",1,1,,
                4,"3 b","SØR","DAN","",2,1,,
                5,"3 b","SØR","DAN","",2,9,,
                6,"4ø","SØR","DAN","",3,1,,
                7,"4ø"
                """;
        TimetableException e = errors("GPU001.TXT", gpu001, Format.UNTIS);

        List<TimetableError> found = e.timetableErrors();
        assertEquals(3, found.size(), found.toString());
        assertEquals(List.of(3, 5, 7), found.stream().map(TimetableError::line).toList());
        assertEquals("GPU001.TXT, linje 3, 'Klasse (felt 2)': klassen \"9X\" findes ikke på Søndre Skole i terminen",
                found.get(0).describedDa());
        assertEquals("GPU001.TXT, linje 5, 'Time (felt 7)': 9. lektion findes ikke i Søndre Skoles lektionsplan "
                + "(lektion 1, 2, 3, 4, 5, 6)", found.get(1).describedDa());
        assertTrue(found.get(2).describedDa().startsWith("GPU001.TXT, linje 7: har 2 felt(er)"), found.get(2).describedDa());
        assertEquals(UntisExports.term(), TERM, "the term given is never changed");
    }

    @Test
    void anUnknownClassIsReportedOnceWithItsOtherLines() {
        TimetableException e = errors("GPU001.TXT", """
                1,"3.C","A","DA","",1,1,,
                2,"3.C","A","DA","",1,2,,
                3,"3.C","A","DA","",1,3,,
                """, Format.UNTIS);

        assertEquals(1, e.timetableErrors().size());
        assertTrue(e.timetableErrors().get(0).messageDa().endsWith("; også linje 2, 3"), e.getMessage());
    }

    @Test
    void weekTypesOtherThanAAndBAndBadDatesAreRefusedWithTheirField() {
        List<UntisExports.Line> lines = List.of(new UntisExports.Line(1, "3A", "X", "DA", "", 1, 1, "C", "", ""),
                new UntisExports.Line(2, "3A", "X", "DA", "", 1, 2, "", "2027-01-04", ""));
        TimetableException e = assertThrows(TimetableException.class, () -> TimetableImport.apply(TERM,
                new Request("s01", Format.UNTIS, new Upload("GPU001.TXT", UntisExports.gpu001(lines)),
                        new Upload("GPU002.TXT", UntisExports.gpu002(lines)), null, null)));

        assertEquals(List.of("GPU002.TXT, linje 1, 'Ugetype (felt 12)'", "GPU002.TXT, linje 2, 'Dato fra (felt 15)'"),
                e.timetableErrors().stream().map(TimetableError::location).toList());
    }

    @Test
    void aCsvWithTimesAndItsOwnHeadersFindsThePeriodsOfTheGrid() {
        String csv = """
                Hold;Dag;Fra;Til
                3.A;1;08:00;08:45
                3.A;tirsdag;8.45;9.30
                "3 A";ons;10:00;10:45
                3.A;torsdag;07:00;07:45
                """;
        TimetableException e = assertThrows(TimetableException.class, () -> TimetableImport.apply(TERM,
                new Request("s01", Format.CSV, new Upload("skema.csv", csv.getBytes(StandardCharsets.UTF_8)), null, null,
                        Map.of("class", "Hold"))));
        assertEquals(1, e.timetableErrors().size(), e.getMessage());
        assertEquals("skema.csv, linje 5, 'Fra': ingen lektion i Søndre Skoles lektionsplan går fra 07:00 til 07:45",
                e.timetableErrors().get(0).describedDa());

        TimetableImport.Result result = TimetableImport.apply(TERM, new Request("s01", Format.CSV,
                new Upload("skema.csv", csv.lines().limit(4).collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8)),
                null, null, Map.of("class", "Hold")));
        assertEquals(List.of(new ClassLesson(DayOfWeek.MONDAY, 1), new ClassLesson(DayOfWeek.TUESDAY, 2),
                new ClassLesson(DayOfWeek.WEDNESDAY, 3)), result.term().classes().get(0).lessons());
        assertEquals(List.of("3.B", "4.Ø"), result.classesNotInFile());
    }

    @Test
    void aCsvWhoseHeadersAreNotKnownSaysWhatItNeeds() {
        TimetableException e = errors("skema.csv", "Hold;Dag;Modul\n3.A;1;1\n", Format.CSV);

        assertEquals(1, e.timetableErrors().size());
        assertTrue(e.timetableErrors().get(0).messageDa().startsWith("overskriftsrækken skal have kolonnerne klasse, "
                + "ugedag og lektion"), e.getMessage());
    }

    @Test
    void aGridFileSetsTheSchoolsLessonGrid() {
        String grid = "Lektion;Start;Slut\n1;08:10;08:55\n2;09:00;09:45\n";
        StringBuilder csv = new StringBuilder("Klasse;Dag;Lektion\n");
        for (String name : List.of("3.A", "3.B", "4.Ø")) {
            csv.append(name).append(";1;1\n").append(name).append(";1;2\n").append(name).append(";2;1\n");
        }
        TimetableImport.Result result = TimetableImport.apply(TERM, new Request("s01", Format.CSV,
                new Upload("skema.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                null, new Upload("lektioner.csv", grid.getBytes(StandardCharsets.UTF_8)), null));

        assertTrue(result.gridSet());
        assertEquals(List.of(new LessonPeriod(1, LocalTime.of(8, 10), LocalTime.of(8, 55)),
                new LessonPeriod(2, LocalTime.of(9, 0), LocalTime.of(9, 45))), result.term().schools().get(0).lessonGrid());
    }

    @Test
    void theResultingTermIsCheckedAsASubmittedOne() {
        // 3.A gets two lessons, but its co-teaching asks for three a week.
        TimetableException e = errors("skema.csv", "Klasse;Dag;Lektion\n3.A;1;1\n3.A;1;2\n", Format.CSV);

        assertEquals(1, e.timetableErrors().size(), e.getMessage());
        assertTrue(e.timetableErrors().get(0).messageDa().contains("kræver 3 lektioner om ugen, men klassen har kun 2"),
                e.getMessage());
    }

    @Test
    void aSaturdayLessonIsNotASchoolDay() {
        TimetableException e = errors("GPU001.TXT", "1,\"3A\",\"X\",\"DA\",\"\",6,1,,\n", Format.UNTIS);

        assertEquals("GPU001.TXT, linje 1, 'Dag (felt 6)': Søndre Skole har ikke skoledag om lørdagen",
                e.timetableErrors().get(0).describedDa());
    }

    @Test
    void anUnknownSchoolIsSaidInWords() {
        TimetableException e = assertThrows(TimetableException.class, () -> TimetableImport.apply(TERM,
                new Request("s99", Format.CSV, new Upload("skema.csv", new byte[0]), null, null, null)));

        assertEquals("Skemaet: terminen har ingen skole med id \"s99\"", e.timetableErrors().get(0).describedDa());
    }
}
