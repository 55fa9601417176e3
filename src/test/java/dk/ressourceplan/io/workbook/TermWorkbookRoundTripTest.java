package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON → workbook → JSON gives the same problem, for every demo municipality and for terms that use every field. */
class TermWorkbookRoundTripTest {

    static Stream<Path> demoMunicipalities() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            List<Path> demos = files.filter(f -> f.getFileName().toString().matches("demo-.*\\.json")).sorted().toList();
            assertFalse(demos.isEmpty(), "no demo municipality in data/");
            return demos.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("demoMunicipalities")
    void everyDemoMunicipalityComesBackTheSame(Path demo) throws IOException {
        assertRoundTrip(PlanReader.read(demo));
    }

    /**
     * The test suite's small solved term: absences, known travel times, weights, team meetings, fortnightly presence
     * with a competence (only staff with it may take it, in the workbook as in JSON).
     */
    @Test
    void aTermUsingEveryFieldComesBackTheSame() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dk/ressourceplan/io/small-term.json")) {
            assertRoundTrip(PlanReader.read(in));
        }
    }

    /** A school day that differs between week A and week B (issue 16) keeps its weeks in the sheet Skoledag. */
    @Test
    void aSchoolDayThatDiffersBetweenTheWeeksComesBackTheSame() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dk/ressourceplan/io/small-term.json")) {
            ObjectNode term = (ObjectNode) Json.mapper().readTree(in);
            ArrayNode days = (ArrayNode) term.get("schools").get(0).get("schoolDay");
            days.set(1, Json.mapper().readTree(
                    "{\"week\": \"A\", \"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"14:00\"}"));
            days.add(Json.mapper().readTree(
                    "{\"week\": \"B\", \"day\": \"TUESDAY\", \"start\": \"08:00\", \"end\": \"15:30\"}"));
            assertRoundTrip(Json.mapper().treeToValue(term, PlanDocument.class));
        }
    }

    /**
     * Dated work (issue 16): coordination meetings and programmes with and without their optional fields on the sheet
     * Behov, absences on Fraværsperioder, hours from a date on Timer fra dato, and each person's cap on programmes.
     */
    @Test
    void aTermWithDatedWorkComesBackTheSame() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dk/ressourceplan/io/dated-term.json")) {
            PlanDocument dated = PlanReader.read(in);
            assertFalse(dated.staff().get(1).absences().isEmpty());
            assertFalse(dated.staff().get(2).hoursFrom().isEmpty());
            assertRoundTrip(dated);
        }
    }

    @Test
    void theTemplatesExampleComesBackTheSame() throws IOException {
        assertRoundTrip(TermWorkbook.example());
    }

    static void assertRoundTrip(PlanDocument document) throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        TermWorkbook.write(document, workbook);
        PlanDocument read = TermWorkbook.read(workbook.toByteArray());
        assertEquals(tree(document.problem()), tree(read));
    }

    private static JsonNode tree(PlanDocument document) {
        return Json.mapper().valueToTree(document);
    }
}
