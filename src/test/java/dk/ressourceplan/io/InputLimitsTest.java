package dk.ressourceplan.io;

import dk.ressourceplan.domain.ValidationError;
import static dk.ressourceplan.io.Documents.smallTerm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The largest term the service takes, and the longest ids, names and texts; each refusal names its field. */
class InputLimitsTest {

    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource({"schools, 500", "classes, 9000", "staff, 2000", "demands, 20000"})
    void aTermWithTooManyItemsIsRefusedAtTheList(String list, int max) {
        ObjectNode term = smallTerm();
        ArrayNode items = (ArrayNode) term.get(list);
        while (items.size() <= max) {
            items.add(items.get(0));
        }

        List<ValidationError> errors = InputValidator.validate(term);

        assertTrue(errors.stream().anyMatch(e -> e.path().equals(list) && e.message().contains("at most " + max)),
                errors.subList(0, Math.min(3, errors.size())).toString());
    }

    /** Every list inside the document is bounded too; the item is repeated past the limit. */
    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "term.holidays | 400 | '2027-05-06'",
            "schools[0].schoolDay | 10 | {'day': 'MONDAY', 'start': '08:00', 'end': '15:00'}",
            "schools[0].meetingWindows | 20 | {'day': 'MONDAY', 'start': '12:00', 'end': '14:00'}",
            "schools[0].lessonGrid | 21 | {'period': 1, 'start': '08:00', 'end': '08:45'}",
            "classes[0].lessons | 105 | {'day': 'MONDAY', 'period': 1}",
            "staff[0].competences | 6 | 'reading'",
            "staff[0].unavailable | 20 | {'day': 'FRIDAY'}",
            "staff[0].absences | 100 | {'from': '2027-02-01', 'to': '2027-02-02'}",
            "staff[0].hoursFrom | 50 | {'from': '2027-02-01', 'hoursPerWeek': 20}",
            "staff[0].preferredSchools | 500 | 's1'",
            "staff[0].preferredDays | 5 | 'MONDAY'",
            "demands[0].roles | 5 | 'co-teacher'",
            "demands[1].seats[0] | 5 | 'psychologist'",
            "demands[1].classIds | 100 | 'c1'",
            "travel.minutes | 20000 | {'from': 's1', 'to': 's2', 'minutes': 12}",
            "uncovered | 10000000 | {}",
            "sessions | 10000000 | {}"})
    void aListInsideTheTermWithTooManyItemsIsRefusedAtTheList(String path, int max, String item) {
        ArrayNode atTheLimit = repeated(Documents.parse(item.replace('\'', '"')), max);
        assertEquals(List.of(), atTheLimit(path, atTheLimit), "the longest allowed");

        atTheLimit.add(atTheLimit.get(0));
        List<ValidationError> errors = InputValidator.validate(withList(path, atTheLimit));

        assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
                && e.message().startsWith("at most " + max + " ") && e.message().endsWith("(given: " + (max + 1) + ")")
                && e.messageDa().startsWith("højst " + max + " ")), errors.subList(0, Math.min(3, errors.size())).toString());
    }

    private static List<ValidationError> atTheLimit(String path, ArrayNode list) {
        return InputValidator.validate(withList(path, list)).stream()
                .filter(e -> e.path().equals(path) && e.message().startsWith("at most"))
                .toList();
    }

    private static ObjectNode withList(String path, ArrayNode list) {
        ObjectNode term = Documents.with(path, "[]");
        ((ArrayNode) term.at("/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'))).addAll(list);
        return term;
    }

    private static ArrayNode repeated(JsonNode item, int times) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < times; i++) {
            list.add(item);
        }
        return list;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"schools[0].id, 100", "staff[0].id, 100", "classes[0].schoolId, 100", "demands[0].id, 100",
            "schools[0].name, 200", "staff[0].name, 200", "term.name, 200", "schools[0].address, 2000"})
    void aTooLongTextIsRefusedAtItsField(String path, int max) {
        assertEquals(List.of(), InputValidator.validate(Documents.with(path, quoted("x".repeat(max)))).stream()
                .filter(e -> e.path().equals(path) && e.message().startsWith("must be at most")).toList(),
                "the longest allowed");

        List<ValidationError> errors = InputValidator.validate(Documents.with(path, quoted("x".repeat(max + 1))));

        assertTrue(errors.stream().anyMatch(e -> e.path().equals(path)
                && e.message().equals("must be at most " + max + " characters (given: " + (max + 1) + ")")), errors.toString());
    }

    @Test
    void aDocumentWrongThroughoutListsTheFirstThousandProblemsAndCountsTheRest() {
        ObjectNode term = smallTerm();
        ArrayNode staff = (ArrayNode) term.get("staff");
        for (int i = 0; i < 1500; i++) {
            staff.add("not a staff member");
        }

        List<ValidationError> errors = InputValidator.validate(term);

        assertEquals(Checks.MAX_ERRORS + 1, errors.size());
        ValidationError last = errors.get(errors.size() - 1);
        assertEquals("$", last.path());
        assertTrue(last.message().matches("and \\d+ more problems, not listed"), last.message());
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
