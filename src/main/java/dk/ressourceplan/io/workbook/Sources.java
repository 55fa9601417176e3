package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.ValidationError;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each part of the JSON tree built from a workbook came from: for every path ({@code staff[5].hoursPerWeek})
 * the sheet, row and column header of its cell. It turns an error of the JSON validator into one a planner can find
 * in the workbook, and rewrites what the validator's messages say in JSON terms ("already used by staff[2]",
 * "more than contractedHours") in the workbook's.
 */
final class Sources {

    /** A place in the workbook; {@code row} (as the spreadsheet numbers it) and {@code column} may be unknown. */
    record Source(String sheet, Integer row, String column) {

        Source atColumn(String header) {
            return new Source(sheet, row, header);
        }
    }

    private static final Pattern ITEM_PATH = Pattern.compile(
            "\\b(?:schools|classes|staff|demands|sessions|uncovered)\\[\\d+](?:\\.[A-Za-z]+|\\[\\d+])*");
    /** The last segment of a path: a field or an index. */
    private static final Pattern LAST_SEGMENT = Pattern.compile("(\\.[^.\\[\\]]+|\\[\\d+])$");
    private static final Pattern CAMEL_CASE_WORD = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");

    private final Map<String, Source> byPath = new HashMap<>();
    /** What each field is called in the workbook, for the messages: "contractedHours" → "'Kontrakttimer'". */
    private final Map<String, String> labels;

    Sources(Map<String, String> labels) {
        this.labels = labels;
    }

    void put(String path, Source source) {
        byPath.put(path, source);
    }

    /** The nearest known place of a path: its own, or that of the item or list it lies in. */
    Source locate(String path) {
        for (String p = path; p != null; p = parent(p)) {
            Source source = byPath.get(p);
            if (source != null) {
                return source.column() != null || p.equals(path) ? source : source.atColumn(label(path.substring(p.length())));
            }
        }
        return null;
    }

    WorkbookError translate(ValidationError error, String given) {
        Source source = locate(error.path());
        String message = rewrite(error.message(), place -> place.locationEn());
        String messageDa = rewrite(error.messageDa(), WorkbookError::location);
        if (given != null && !messageDa.contains("angivet")) {
            String shown = given.length() <= 40 ? given : given.substring(0, 40) + "…";
            message += " (given: '" + shown + "')";
            messageDa += " (angivet: '" + shown + "')";
        }
        if (source == null) {
            return new WorkbookError(null, null, null, error.path(), message, messageDa);
        }
        return new WorkbookError(source.sheet(), source.row(), source.column(), error.path(), message, messageDa);
    }

    private String rewrite(String message, Function<WorkbookError, String> place) {
        Matcher items = ITEM_PATH.matcher(message);
        StringBuilder out = new StringBuilder();
        while (items.find()) {
            Source source = locate(items.group());
            String replacement = source == null ? items.group()
                    : place.apply(new WorkbookError(source.sheet(), source.row(), null, null, "", ""));
            items.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        items.appendTail(out);
        Matcher words = CAMEL_CASE_WORD.matcher(out.toString());
        StringBuilder relabelled = new StringBuilder();
        while (words.find()) {
            String label = labels.get(words.group());
            words.appendReplacement(relabelled, Matcher.quoteReplacement(label == null ? words.group() : "'" + label + "'"));
        }
        words.appendTail(relabelled);
        return relabelled.toString();
    }

    /** The label of the first field in a rest of a path (".schoolDay[2].start" → "Skoledag"). */
    private String label(String rest) {
        Matcher field = Pattern.compile("^\\.([^.\\[\\]]+)").matcher(rest);
        if (!field.find()) {
            return null;
        }
        return labels.getOrDefault(field.group(1), field.group(1));
    }

    static String parent(String path) {
        Matcher last = LAST_SEGMENT.matcher(path);
        if (!last.find()) {
            return null;
        }
        String parent = path.substring(0, last.start());
        return parent.isEmpty() ? null : parent;
    }
}
