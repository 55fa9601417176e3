package dk.ressourceplan.io;

import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.ValidationError;
import static dk.ressourceplan.io.Documents.smallTerm;
import static dk.ressourceplan.io.Documents.smallTermJson;
import static dk.ressourceplan.io.Documents.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Week;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

    /** Equal values written differently: the file says 30 and "08:00", the shared mapper writes 30.0 and "08:00:00". */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b) || sameNumber(a, b) || sameTime(a, b)
            ? 0 : 1;

    @Test
    void aSmallSolvedTermBindsToTheRecords() {
        PlanDocument plan = PlanReader.read(smallTermJson());

        assertEquals(LocalDate.of(2027, 1, 4), plan.term().firstDate());
        assertEquals(List.of("2027-W07", "2027-05-06"), plan.term().holidays());
        assertEquals(LocalTime.of(12, 0), plan.schools().get(0).meetingWindows().get(0).start());
        assertEquals(DayOfWeek.TUESDAY, plan.classes().get(0).lessons().get(3).day());
        assertEquals(NeedLevel.RED, plan.classes().get(0).needLevel());
        assertEquals(30.0, plan.staff().get(0).hoursPerWeek());
        assertEquals(Role.PEDAGOGICAL_CONSULTANT, plan.staff().get(2).role());
        assertEquals(DemandType.COLLABORATION_MEETING, plan.demands().get(1).type());
        assertEquals(List.of(List.of(Role.PSYCHOLOGIST), List.of(Role.PEDAGOGICAL_CONSULTANT,
                Role.SPEECH_HEARING_CONSULTANT)), plan.demands().get(1).seats());
        assertEquals(12, plan.travel().minutes().get(0).minutes());
        assertEquals(1, plan.kpis().uncoveredByPriority().get(NeedLevel.YELLOW));
        assertEquals(Week.A, plan.sessions().get(3).week());
        assertEquals(null, plan.sessions().get(3).staffId());
    }

    @Test
    void aSmallSolvedTermRoundTripsWithoutLosingAnything() throws JsonProcessingException {
        PlanDocument plan = PlanReader.read(smallTermJson());
        String written = Json.mapper().writeValueAsString(plan);

        assertTrue(smallTerm().equals(SAME_VALUE, Json.mapper().readTree(written)), written);
        assertEquals(written, Json.mapper().writeValueAsString(PlanReader.read(written)));
    }

    @Test
    void bytesStreamsAndFilesReadAlike(@TempDir Path directory) throws IOException {
        byte[] bytes = smallTermJson().getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("plan.json"), bytes);
        String expected = Json.mapper().writeValueAsString(PlanReader.read(smallTermJson()));

        assertEquals(expected, Json.mapper().writeValueAsString(PlanReader.read(bytes)));
        assertEquals(expected, Json.mapper().writeValueAsString(PlanReader.read(new ByteArrayInputStream(bytes))));
        assertEquals(expected, Json.mapper().writeValueAsString(PlanReader.read(file)));
        assertEquals(expected, Json.mapper().writeValueAsString(
                PlanReader.read(smallTermJson().getBytes(StandardCharsets.UTF_16))));
    }

    @Test
    void aMissingFileIsAnIoProblemNotBadInput(@TempDir Path directory) {
        assertThrows(NoSuchFileException.class, () -> PlanReader.read(directory.resolve("absent.json")));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        ValidationError error = onlyError(() -> PlanReader.read("{\n  \"term\": {\n    \"firstDate\" \"2027-01-04\"\n  }\n}"));
        assertEquals("$", error.path());
        assertTrue(error.message().contains("line 3, column 17"), error.message());
        assertTrue(error.messageDa().contains("linje 3, kolonne 17"), error.messageDa());
    }

    @Test
    void anythingAfterTheDocumentIsMalformed() {
        assertEquals("$", onlyError(() -> PlanReader.read(smallTermJson() + " {}")).path());
    }

    @Test
    void aKeyGivenTwiceIsMalformedRatherThanSilentlyOverwritten() {
        ValidationError error = onlyError(() -> PlanReader.read("{\"term\": {}, \"term\": {}}"));
        assertEquals("$", error.path());
        assertTrue(error.message().contains("term"), error.message());
    }

    @Test
    void emptyInputIsReported() {
        assertEquals("$", onlyError(() -> PlanReader.read("")).path());
        assertEquals("$", onlyError(() -> PlanReader.read("   \n")).path());
        assertEquals("$", onlyError(() -> PlanReader.read("null")).path());
    }

    @Test
    void aDocumentThatIsNoObjectIsReported() {
        assertEquals("$", onlyError(() -> PlanReader.read("[{\"term\": {}}]")).path());
    }

    @Test
    void deeplyNestedInputIsRefusedBeforeItCanOverflowTheStack() {
        ValidationError error = onlyError(() -> PlanReader.read("[".repeat(200_000)));
        assertEquals("$", error.path());
        assertTrue(error.message().contains("nested"), error.message());
        ObjectNode nestedUnderUnknownKey = with("ui", "[".repeat(PlanReader.MAX_NESTING_DEPTH) + "]".repeat(PlanReader.MAX_NESTING_DEPTH));
        assertEquals("$", onlyError(() -> PlanReader.read(nestedUnderUnknownKey.toString())).path());
    }

    @Test
    void anOverlongStringIsRefused() {
        String name = "x".repeat(PlanReader.MAX_STRING_LENGTH + 1);
        ValidationError error = onlyError(() -> PlanReader.read(with("term.name", "\"" + name + "\"").toString()));
        assertEquals("$", error.path());
        assertTrue(error.message().length() < 1000, error.message());
    }

    @Test
    void bytesThatAreNotTextAreMalformed() {
        byte[] invalidUtf8 = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEquals("$", onlyError(() -> PlanReader.read(invalidUtf8)).path());
        byte[] invalidUtf32 = {0, 0, 0, '{', (byte) 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertEquals("$", onlyError(() -> PlanReader.read(invalidUtf32)).path());
    }

    @Test
    void everyValidationErrorIsThrownTogether() {
        ObjectNode document = with("staff[0].hoursPerWeek", "\"full time\"");
        with(document, "demands[0].classId", "\"c9\"");
        with(document, "schools[0].meetingWindows[0].end", "\"11:00\"");

        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> PlanReader.read(document.toString()));

        assertEquals(List.of("schools[0].meetingWindows[0].end", "staff[0].hoursPerWeek", "demands[0].classId"),
                thrown.errors().stream().map(ValidationError::path).toList());
        List<String> lines = thrown.getMessage().lines().toList();
        assertEquals(4, lines.size(), thrown.getMessage());
        assertTrue(lines.get(2).startsWith("staff[0].hoursPerWeek: must be a number"), lines.get(2));
    }

    @Test
    void aBindingFailureIsReportedAtJacksonsPath() {
        ObjectNode document = with("staff[1].hoursPerWeek", "{\"hours\": 20}");

        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> PlanReader.bind(document));

        ValidationError error = thrown.errors().get(0);
        assertEquals("staff[1].hoursPerWeek", error.path());
        assertFalse(error.messageDa().isBlank());
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    private static boolean sameTime(JsonNode a, JsonNode b) {
        try {
            return a.isTextual() && b.isTextual() && LocalTime.parse(a.textValue()).equals(LocalTime.parse(b.textValue()));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ValidationError onlyError(Executable read) {
        InvalidInputException thrown = assertThrows(InvalidInputException.class, read);
        assertEquals(1, thrown.errors().size(), thrown::getMessage);
        ValidationError error = thrown.errors().get(0);
        assertFalse(error.message().isBlank());
        assertFalse(error.messageDa().isBlank());
        return error;
    }
}
