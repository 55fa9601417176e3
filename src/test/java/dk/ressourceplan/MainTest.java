package dk.ressourceplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, err.toString());
    }

    private Run solve(String json) throws Exception {
        Path input = dir.resolve("input.json");
        Files.writeString(input, json);
        return run("solve", "--input", input.toString(), "--output", dir.resolve("out.json").toString());
    }

    /** The README tells a newcomer to ask any command for --help; every one answers with its usage. */
    @ParameterizedTest
    @ValueSource(strings = {"solve", "rerun", "diff", "export", "generate", "template", "import", "import-timetable",
            "serve", "user", "bench"})
    void everyCommandAnswersHelp(String command) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        int exitCode = commandLine.execute(command, "--help");

        assertEquals(0, exitCode, out.toString());
        assertTrue(out.toString().startsWith("Usage: ressourceplan " + command), out.toString());
    }

    @Test
    void unknownSchoolOnAClassIsNamedWithItsField() throws Exception {
        Run result = solve("""
                {"term":{"firstDate":"2027-01-04","lastDate":"2027-06-25"},"schools":[],
                 "classes":[{"id":"c1","schoolId":"nowhere","name":"3.B"}],"staff":[],"demands":[]}""");
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("classes[0].schoolId"), result.err());
        assertTrue(result.err().contains("nowhere"), result.err());
        assertFalse(result.err().contains("Exception"), "no stack trace: " + result.err());
    }

    @Test
    void negativeHoursAreNamedWithTheirField() throws Exception {
        Run result = solve("""
                {"term":{"firstDate":"2027-01-04","lastDate":"2027-06-25"},"schools":[],"classes":[],
                 "staff":[{"id":"p1","name":"Anne","role":"psychologist","hoursPerWeek":-5}],"demands":[]}""");
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("staff[0].hoursPerWeek"), result.err());
    }

    @Test
    void coTeachingInAClassWithoutLessonsIsNamedWithItsField() throws Exception {
        String school = """
                {"id":"s1","name":"Skole","lat":55.4,"lon":10.4,
                 "schoolDay":[{"day":"MONDAY","start":"08:00","end":"15:00"}],
                 "lessonGrid":[{"period":1,"start":"08:00","end":"08:45"}]}""";
        Run result = solve("{\"term\":{\"firstDate\":\"2027-01-04\",\"lastDate\":\"2027-06-25\"},\"schools\":[" + school
                + "],\"classes\":[{\"id\":\"c1\",\"schoolId\":\"s1\",\"name\":\"3.B\",\"lessons\":[]}],\"staff\":[],"
                + "\"demands\":[{\"id\":\"d1\",\"type\":\"co-teaching\",\"classId\":\"c1\",\"competence\":\"reading\","
                + "\"lessonsPerWeek\":2}]}");
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("demands[0].classId"), result.err());
        assertTrue(result.err().contains("no lessons"), result.err());
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() throws Exception {
        Run result = solve("{\"term\": {");
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("$: "), result.err());
        assertTrue(result.err().contains("line"), result.err());
    }

    @Test
    void missingInputFileIsAnErrorInWords() {
        Run result = run("solve", "--input", dir.resolve("missing.json").toString(), "--output",
                dir.resolve("out.json").toString());
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("missing.json"), result.err());
    }

    @Test
    void generatedMunicipalityIsValidInputWithTheRequestedSchools() throws Exception {
        Path output = dir.resolve("generated.json");
        Run result = run("generate", "--schools", "3", "--seed", "7", "--output", output.toString());
        assertEquals(0, result.exitCode(), result.err());
        PlanDocument generated = PlanReader.read(output);
        assertEquals(3, generated.schools().size());
        assertTrue(generated.classes().size() >= 3 * 7);
        assertTrue(generated.demands().stream().anyMatch(d -> d.classId() != null));
    }

    @Test
    void aStaffingShareOutsideItsRangeIsAnErrorInWordsAndWritesNothing() {
        Path output = dir.resolve("generated.json");
        Run result = run("generate", "--schools", "3", "--staffing", "5", "--output", output.toString());
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("10-300"), result.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void aStaffingShareNamesItselfInTheTerm() throws Exception {
        Path output = dir.resolve("generated.json");
        Run result = run("generate", "--schools", "3", "--staffing", "80", "--output", output.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(PlanReader.read(output).term().name().contains("80 % bemanding"));
    }
}
