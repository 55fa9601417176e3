package dk.ressourceplan.io;

import static dk.ressourceplan.io.Documents.smallTerm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The largest term the service takes, and the longest ids, names and texts; each refusal names its field. */
class InputLimitsTest {

    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource({"schools, 500", "classes, 20000", "staff, 2000", "demands, 20000"})
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
