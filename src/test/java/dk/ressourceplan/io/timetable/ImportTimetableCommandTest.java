package dk.ressourceplan.io.timetable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.Main;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportTimetableCommandTest {

    @TempDir
    Path dir;

    private Path term() throws Exception {
        Path term = dir.resolve("term.json");
        Json.mapper().writeValue(term.toFile(), UntisExports.term());
        return term;
    }

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void gpu002BesideGpu001IsReadForTheWeekTypes() throws Exception {
        List<UntisExports.Line> lines = UntisExports.lines(UntisExports.S01_CLASSES, 1);
        Files.write(dir.resolve("GPU001.TXT"), UntisExports.gpu001(lines));
        Files.write(dir.resolve("GPU002.TXT"), UntisExports.gpu002(lines));
        Path output = dir.resolve("out.json");

        int exit = run(new StringWriter(), "import-timetable", "--school", "s01", "--format", "untis", "--input",
                dir.resolve("GPU001.TXT").toString(), "--term", term().toString(), "--output", output.toString());

        assertEquals(0, exit);
        PlanDocument imported = PlanReader.read(output);
        assertEquals(UntisExports.expectedLessons(), imported.classes().get(0).lessons());
    }

    /** The README's example: data/skemaer as Untis and as CSV give the same term. */
    @Test
    void theExampleUnderDataImportsTheSameFromUntisAndFromCsv() throws Exception {
        Path untis = dir.resolve("untis.json");
        Path csv = dir.resolve("csv.json");

        assertEquals(0, run(new StringWriter(), "import-timetable", "--school", "s01", "--format", "untis", "--input",
                "data/skemaer/GPU001.TXT", "--grid", "data/skemaer/lektionsplan.csv", "--term", "data/demo-small.json",
                "--output", untis.toString()));
        assertEquals(0, run(new StringWriter(), "import-timetable", "--school", "s01", "--format", "csv", "--input",
                "data/skemaer/skema.csv", "--term", "data/demo-small.json", "--output", csv.toString()));

        PlanDocument fromUntis = PlanReader.read(untis);
        assertEquals(fromUntis.classes(), PlanReader.read(csv).classes());
        assertEquals(UntisExports.expectedLessons(), fromUntis.classes().stream()
                .filter(c -> c.id().equals("s01-5b")).findFirst().orElseThrow().lessons());
    }

    @Test
    void aFileWithProblemsIsReportedLineByLineAndNothingIsWritten() throws Exception {
        Path term = term();
        byte[] before = Files.readAllBytes(term);
        Path csv = dir.resolve("skema.csv");
        Files.writeString(csv, "Klasse;Ugedag;Lektion\n3.A;mandag;1\n9.Z;mandag;2\n3.B;tirsdag;12\n\"3.B;onsdag;1\n");
        Path output = dir.resolve("out.json");
        StringWriter err = new StringWriter();

        int exit = run(err, "import-timetable", "--school", "s01", "--format", "csv", "--input", csv.toString(),
                "--term", term.toString(), "--output", output.toString());

        assertEquals(Main.INVALID_INPUT, exit);
        assertFalse(Files.exists(output));
        assertArrayEquals(before, Files.readAllBytes(term));
        String said = err.toString();
        assertTrue(said.contains("The input has 3 problem(s)"), said);
        assertTrue(said.contains("skema.csv, linje 3, 'Klasse': the class \"9.Z\" is not one of Søndre Skole's classes"),
                said);
        assertTrue(said.contains("skema.csv, linje 4, 'Lektion'"), said);
        assertTrue(said.contains("skema.csv, linje 5: a quote is not closed (et anførselstegn lukkes ikke)"), said);
    }
}
