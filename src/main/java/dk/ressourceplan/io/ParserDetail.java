package dk.ressourceplan.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parser or library said about a file, fit to show a planner in English: its first sentence, without the
 * names of Java classes, types or settings and without where in memory it read from. Danish messages say where the
 * problem is and leave the library's words out altogether.
 */
public final class ParserDetail {

    private static final int MAX_LENGTH = 200;
    /** {@code `java.lang.Integer`}, as Jackson names the type it wanted. */
    private static final Pattern QUOTED_TYPE = Pattern.compile("`([\\w$.]+)`");
    private static final Map<String, String> TYPES = Map.of(
            "java.lang.Integer", "a whole number", "int", "a whole number", "java.lang.Long", "a whole number",
            "long", "a whole number", "java.lang.Double", "a number", "double", "a number",
            "java.lang.String", "text", "java.lang.Boolean", "true or false", "boolean", "true or false");
    /** A qualified class name ({@code org.apache.poi.openxml4j.exceptions.InvalidFormatException}). */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*\\b");
    /** A simple exception or error class name, with the colon that follows it. */
    private static final Pattern EXCEPTION = Pattern.compile("\\b\\w*(?:Exception|Error)\\b:?");
    /** Jackson's notes on where it read from and how it was configured. */
    private static final Pattern NOTES = Pattern.compile("\\s*(?:\\(for [^)]*\\)|\\(through reference chain[^)]*\\)"
            + "|\\([^)]*(?:Feature|disabled|enabled)[^)]*\\)|at \\[Source:.*$)");

    private ParserDetail() {
    }

    /** The exception's message made plain; empty if nothing of it is worth showing. */
    public static String of(Throwable e) {
        return plain(e.getMessage());
    }

    public static String plain(String message) {
        if (message == null) {
            return "";
        }
        String text = message.lines().findFirst().orElse("");
        Matcher quoted = QUOTED_TYPE.matcher(text);
        StringBuilder typed = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(typed, Matcher.quoteReplacement(
                    TYPES.getOrDefault(quoted.group(1), QUALIFIED.matcher(quoted.group(1)).matches()
                            ? "a value of another kind" : quoted.group())));
        }
        quoted.appendTail(typed);
        text = NOTES.matcher(typed).replaceAll("");
        text = QUALIFIED.matcher(text).replaceAll("");
        text = EXCEPTION.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", " ").replaceAll("^[\\s:;,.-]+|[\\s:;,-]+$", "");
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }

    /** {@code ": detail"}, or nothing when the detail says nothing. */
    public static String suffix(Throwable e) {
        String plain = of(e);
        return plain.isEmpty() ? "" : ": " + plain;
    }
}
