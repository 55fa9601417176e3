package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.Main;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code template} and {@code import} on the command line, errors printed as for {@code solve}. */
class WorkbookCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), err.toString());
    }

    @Test
    void theTemplateImportsAsTheExampleTerm() throws Exception {
        Path workbook = dir.resolve("skabelon.xlsx");
        Path json = dir.resolve("term.json");
        assertEquals(0, run("template", "--output", workbook.toString()).exitCode());
        Run imported = run("import", "--input", workbook.toString(), "--output", json.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(Json.mapper().valueToTree(TermWorkbook.example()), Json.mapper().valueToTree(PlanReader.read(json)));
    }

    @Test
    void aPlansTermGoesIntoTheTemplateToBeChangedAndSubmittedAgain() throws Exception {
        Path workbook = dir.resolve("last-term.xlsx");
        Path json = dir.resolve("term.json");
        Path plan = Path.of("data/demo-small.json");
        assertEquals(0, run("template", "--from", plan.toString(), "--output", workbook.toString()).exitCode());
        assertEquals(0, run("import", "--input", workbook.toString(), "--output", json.toString()).exitCode());
        PlanDocument original = PlanReader.read(plan);
        assertEquals(Json.mapper().valueToTree(original.problem()), Json.mapper().valueToTree(PlanReader.read(json)));
    }

    @Test
    void aWrongWorkbookExitsWithTwoAndOneLinePerProblem() throws Exception {
        Path workbook = dir.resolve("wrong.xlsx");
        Files.write(workbook, Workbooks.edited(w -> {
            Workbooks.set(w, "Medarbejdere", "ppr-01", "Timer pr. uge", "mange");
            Workbooks.set(w, "Skoler", "s02", "Navn", null);
        }));
        Run result = run("import", "--input", workbook.toString(), "--output", dir.resolve("out.json").toString());
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("  Skoler, række 3, 'Navn': is required (skal angives)"), result.err());
        assertTrue(result.err().contains("  Medarbejdere, række 2, 'Timer pr. uge': must be a number between 0 and 48"),
                result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(dir.resolve("out.json")));
    }

    @Test
    void theEmptyTemplateSaysWhatIsMissing() throws Exception {
        Path workbook = dir.resolve("tom.xlsx");
        assertEquals(0, run("template", "--empty", "--output", workbook.toString()).exitCode());
        Run result = run("import", "--input", workbook.toString(), "--output", dir.resolve("out.json").toString());
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("Termin, række 3, 'Første dag': is required (skal angives)"), result.err());
    }

    @Test
    void aFileThatIsNoWorkbookIsAnErrorInWords() throws Exception {
        Path notAWorkbook = dir.resolve("term.json");
        Files.writeString(notAWorkbook, "{}");
        Run result = run("import", "--input", notAWorkbook.toString(), "--output", dir.resolve("out.json").toString());
        assertEquals(Main.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("Projektmappen: the file is not an Excel workbook (.xlsx)"), result.err());
    }

    /** data/ressourceplan-skabelon.xlsx is what {@code template} writes: it reads as the example term. */
    @Test
    void theCommittedTemplateIsTheExample() throws Exception {
        PlanDocument committed = TermWorkbook.read(Path.of("data", TermWorkbook.TEMPLATE_FILE_NAME));
        assertEquals(Json.mapper().valueToTree(TermWorkbook.example()), Json.mapper().valueToTree(committed));
    }

    /** A template written before a default changed would tell planners the old one (it once said 300 for 1000). */
    @Test
    void theCommittedTemplateStatesTheDefaultsTheSolverWeighsBy() throws Exception {
        Map<String, String> explained = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(Path.of("data", TermWorkbook.TEMPLATE_FILE_NAME)))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet(Layout.RULES)) {
                explained.put(formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(2)));
            }
        }
        for (String name : ConstraintNames.ADJUSTABLE) {
            assertEquals(Guide.weight(name), explained.get(name), name);
        }
    }
}
