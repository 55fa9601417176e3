package dk.ressourceplan.io;

import dk.ressourceplan.domain.ValidationError;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of a raw JSON tree that never fail: a value of the wrong type, out of range or missing is
 * recorded as a {@link ValidationError} with its path and an English and a Danish message, and the read gives
 * {@code null}, so the caller carries on and finds the next problem too. The rules of the domain live in
 * {@link InputValidator}; this class knows only JSON, numbers, codes, times and dates.
 */
final class Checks {

    /** HH:mm as planners write it; seconds too, because {@link Json#mapper()} writes a LocalTime as 08:00:00. */
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /**
     * Control characters (NUL, line breaks) and the marks that turn the direction of text (U+202E): a name is one
     * line shown on the page, in downloads and in calendars, and must read there as it was written.
     */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");
    /** Values are echoed in messages; a pasted novel should not be. */
    private static final int SHOWN_LENGTH = 40;
    /** Ids and references to them; the page and the exports show them, and a URL carries them. */
    static final int MAX_ID_LENGTH = 100;
    /** Names of schools, classes, staff, demands, the term. */
    static final int MAX_NAME_LENGTH = 200;
    /** Any other text, such as an address or a reason the solver wrote. */
    static final int MAX_TEXT_LENGTH = 2000;
    /**
     * Enough to fix a document by; beyond this a document is wrong throughout (the wrong file, or made to hurt)
     * and listing every problem would only make the answer as big as the document.
     */
    static final int MAX_ERRORS = 1000;

    private static final Expected EXPECTED_TIME = new Expected("must be a time of day as HH:mm, e.g. 08:15",
            "skal være et klokkeslæt som TT:MM, fx 08:15");
    private static final Expected EXPECTED_DATE = new Expected("must be a date as YYYY-MM-DD, e.g. 2027-01-04",
            "skal være en dato som ÅÅÅÅ-MM-DD, fx 2027-01-04");

    private final List<ValidationError> errors = new ArrayList<>();
    private int unreported;

    void report(At at, String message, String messageDa) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ValidationError(at.path(), message, messageDa));
        } else {
            unreported++;
        }
    }

    /** The problems found, the first {@value #MAX_ERRORS} of them and then how many more there are. */
    List<ValidationError> errors() {
        if (unreported == 0) {
            return List.copyOf(errors);
        }
        List<ValidationError> all = new ArrayList<>(errors);
        all.add(new ValidationError("$", "and " + unreported + " more problems, not listed",
                "og " + unreported + " problemer mere, som ikke er vist"));
        return List.copyOf(all);
    }

    /** Whether the value is there (JSON null counts as missing, as it does for Jackson); reports a missing required one. */
    boolean present(At at) {
        if (!at.absent()) {
            return true;
        }
        if (at.required()) {
            report(at, "is required", "skal angives");
        }
        return false;
    }

    boolean object(At at) {
        if (!present(at)) {
            return false;
        }
        if (at.node().isObject()) {
            return true;
        }
        wrongType(at, new Expected("must be an object ({ ... })", "skal være et objekt ({ ... })"));
        return false;
    }

    /** The items of a list; none when it is missing or not a list. Items are required: a null item is reported. */
    List<At> items(At at) {
        if (!present(at)) {
            return List.of();
        }
        if (!at.node().isArray()) {
            wrongType(at, new Expected("must be a list ([ ... ])", "skal være en liste ([ ... ])"));
            return List.of();
        }
        List<At> items = new ArrayList<>();
        for (int i = 0; i < at.node().size(); i++) {
            items.add(at.item(i));
        }
        return items;
    }

    /** The items of a list that are objects; every other item is reported. */
    List<At> objects(At at) {
        return items(at).stream().filter(this::object).toList();
    }

    /** Text of at most {@value #MAX_TEXT_LENGTH} characters. */
    String text(At at) {
        return text(at, MAX_TEXT_LENGTH);
    }

    /** Text with something in it: a code such as a type. */
    String nonBlank(At at) {
        return nonBlank(at, MAX_TEXT_LENGTH);
    }

    /** An id or a reference to one: at most {@value #MAX_ID_LENGTH} characters, not blank. */
    String id(At at) {
        return nonBlank(at, MAX_ID_LENGTH);
    }

    /** A name that must be given: at most {@value #MAX_NAME_LENGTH} characters, not blank, one line. */
    String name(At at) {
        return lineOfText(at, nonBlank(at, MAX_NAME_LENGTH));
    }

    /** A name that may be left out; when given, at most {@value #MAX_NAME_LENGTH} characters, one line. */
    String optionalName(At at) {
        return lineOfText(at, text(at, MAX_NAME_LENGTH));
    }

    private String lineOfText(At at, String name) {
        if (name == null) {
            return null;
        }
        Matcher found = NOT_IN_NAME.matcher(name);
        if (!found.find()) {
            return name;
        }
        String character = String.format("U+%04X", (int) name.charAt(found.start()));
        report(at, "must not hold " + character + ", a control or text-direction character",
                "må ikke indeholde " + character + ", et kontroltegn eller et tegn for skriveretning");
        return null;
    }

    /**
     * A list of at most {@code max} items, {@code what} saying of what and where ("schools in one term"); a longer
     * one is reported, and its items are still checked.
     */
    void atMost(At list, int max, String what, String whatDa) {
        if (list.isList() && list.node().size() > max) {
            report(list, "at most " + max + " " + what + " (given: " + list.node().size() + ")",
                    "højst " + max + " " + whatDa + " (angivet: " + list.node().size() + ")");
        }
    }

    private String nonBlank(At at, int maxLength) {
        String text = text(at, maxLength);
        if (text != null && text.isBlank()) {
            report(at, "must not be empty", "må ikke være tomt");
            return null;
        }
        return text;
    }

    private String text(At at, int maxLength) {
        if (!present(at)) {
            return null;
        }
        if (!at.node().isTextual()) {
            wrongType(at, new Expected("must be text", "skal være tekst"));
            return null;
        }
        String text = at.node().textValue();
        if (text.length() > maxLength) {
            report(at, "must be at most " + maxLength + " characters (given: " + text.length() + ")",
                    "må højst være " + maxLength + " tegn (angivet: " + text.length() + ")");
            return null;
        }
        return text;
    }

    Boolean bool(At at) {
        if (!present(at)) {
            return null;
        }
        if (at.node().isBoolean()) {
            return at.node().booleanValue();
        }
        wrongType(at, new Expected("must be true or false", "skal være true eller false"));
        return null;
    }

    Double number(At at, Range range) {
        Supplier<Expected> expected = () -> new Expected("must be a number " + range.en(), "skal være et tal " + range.da());
        Double value = anyNumber(at, expected);
        if (value == null || range.contains(value)) {
            return value;
        }
        badValue(at, expected.get());
        return null;
    }

    /** A whole number; 3.0 counts as one, as it does for Jackson. */
    Long whole(At at, Range range) {
        Supplier<Expected> expected = () -> new Expected("must be a whole number " + range.en(),
                "skal være et helt tal " + range.da());
        Double value = anyNumber(at, expected);
        if (value == null) {
            return null;
        }
        if (range.contains(value) && value == Math.rint(value)) {
            return value.longValue();
        }
        badValue(at, expected.get());
        return null;
    }

    <E> E code(At at, Codes<E> codes) {
        return parsed(at, codes::find,
                () -> new Expected("must be one of: " + codes.allowed(), "skal være én af: " + codes.allowed()));
    }

    /** A list of codes; the unknown ones are reported and left out. */
    <E> List<E> codes(At at, Codes<E> codes) {
        List<E> values = new ArrayList<>();
        for (At item : items(at)) {
            E value = code(item, codes);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    LocalTime time(At at) {
        return parsed(at, Checks::parseTime, () -> EXPECTED_TIME);
    }

    LocalDate date(At at) {
        return parsed(at, Checks::parseDate, () -> EXPECTED_DATE);
    }

    static LocalTime parseTime(String text) {
        if (!TIME.matcher(text).matches()) {
            return null;
        }
        try {
            int seconds = text.length() > 5 ? Integer.parseInt(text.substring(6, 8)) : 0;
            return LocalTime.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3, 5)), seconds);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate parseDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A value as it may be quoted in a message: text in quotes, anything long cut short. */
    static String shown(JsonNode node) {
        String text = node.isTextual() ? node.textValue() : node.asText();
        String cut = text.codePointCount(0, text.length()) <= SHOWN_LENGTH
                ? text
                : text.substring(0, text.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
        return node.isTextual() ? "'" + cut + "'" : cut;
    }

    /** Any JSON number, as a double; anything else is reported. */
    private Double anyNumber(At at, Supplier<Expected> expected) {
        if (!present(at)) {
            return null;
        }
        if (at.node().isNumber()) {
            return at.node().doubleValue();
        }
        wrongType(at, expected.get());
        return null;
    }

    /**
     * Text that the parser turns into a value; the parser gives null for text it does not accept. The message is
     * only built when something is wrong: most values are fine, and the validator reads thousands of them.
     */
    private <T> T parsed(At at, Function<String, T> parser, Supplier<Expected> expected) {
        if (!present(at)) {
            return null;
        }
        if (!at.node().isTextual()) {
            wrongType(at, expected.get());
            return null;
        }
        T value = parser.apply(at.node().textValue());
        if (value == null) {
            badValue(at, expected.get());
        }
        return value;
    }

    private void wrongType(At at, Expected expected) {
        JsonNode node = at.node();
        report(at, expected.en() + ", not " + kind(node), expected.da() + ", ikke " + kindDa(node));
    }

    private void badValue(At at, Expected expected) {
        String shown = shown(at.node());
        report(at, expected.en() + " (given: " + shown + ")", expected.da() + " (angivet: " + shown + ")");
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "an object" : "something else";
    }

    private static String kindDa(JsonNode node) {
        if (node.isTextual()) {
            return "tekst";
        }
        if (node.isNumber()) {
            return "et tal";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "en liste";
        }
        return node.isObject() ? "et objekt" : "noget andet";
    }

    /** What a value should have been, to begin a message with: "must be a number between 0 and 48". */
    private record Expected(String en, String da) {
    }

    /**
     * A place in the tree and the path a planner reads in an error, {@code staff[3].hoursPerWeek}; {@code $} is
     * the document itself. {@code node} is null where the document has nothing.
     */
    record At(String path, JsonNode node, boolean required) {

        static At document(JsonNode root) {
            return new At("$", root, true);
        }

        At required(String field) {
            return field(field, true);
        }

        At optional(String field) {
            return field(field, false);
        }

        At field(String field, boolean isRequired) {
            String childPath = path.equals("$") ? field : path + "." + field;
            return new At(childPath, node == null ? null : node.get(field), isRequired);
        }

        At item(int index) {
            return new At(path + "[" + index + "]", node.get(index), true);
        }

        boolean absent() {
            return node == null || node.isNull() || node.isMissingNode();
        }

        boolean isList() {
            return node != null && node.isArray();
        }
    }

    /** The bounds of a number, phrased the way the messages need them. */
    record Range(double min, boolean aboveMin, double max) {

        static Range between(double min, double max) {
            return new Range(min, false, max);
        }

        static Range above(double min, double max) {
            return new Range(min, true, max);
        }

        boolean contains(double value) {
            return Double.isFinite(value) && (aboveMin ? value > min : value >= min) && value <= max;
        }

        String en() {
            return aboveMin ? "greater than " + format(min) + " and at most " + format(max)
                    : "between " + format(min) + " and " + format(max);
        }

        String da() {
            return aboveMin ? "større end " + format(min) + " og højst " + format(max)
                    : "mellem " + format(min) + " og " + format(max);
        }

        private static String format(double bound) {
            return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
        }
    }

    /** The JSON codes of an enum, matched without regard to case as the domain's and Jackson's readers do. */
    record Codes<E>(Map<String, E> byCode) {

        @SafeVarargs
        static <E> Codes<E> of(Function<E, String> code, E... values) {
            Map<String, E> byCode = new LinkedHashMap<>();
            for (E value : values) {
                byCode.put(code.apply(value), value);
            }
            return new Codes<>(Collections.unmodifiableMap(byCode));
        }

        E find(String text) {
            return byCode.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(text))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        String allowed() {
            return String.join(", ", byCode.keySet());
        }
    }
}
