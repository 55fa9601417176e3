package dk.ressourceplan.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Rule;
import dk.ressourceplan.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One Danish word per concept (issue 15): every text of the page's Danish dictionary and every Danish text the
 * service writes (its messages, the exports, the change and finding sentences, the rules' names) is free of the
 * English words and the rejected synonyms listed in {@code ui/i18n/glossary.json}.
 */
class DanishWordsTest {

    private static final Path GLOSSARY = Path.of("ui", "i18n", "glossary.json");
    private static final Path PAGE = Path.of("ui", "i18n", "da.js");
    private static final Path SERVICE = Path.of("src", "main", "java");

    /** A Java string literal is taken for Danish when it has a Danish letter or one of these words. */
    private static final Pattern DANISH = Pattern.compile("[æøåÆØÅ]|\\b(og|er|ikke|på|til|med|af|den|det|har|kan|skal|der"
            + "|som|ingen|fra|efter|uge|hver|skole|skolen|medarbejder|medarbejderen|behov|aftale|aftaler)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void thePageSpeaksTheGlossarysDanish() throws IOException {
        List<String> texts = JsLiterals.values(Files.readString(PAGE));
        assertTrue(texts.size() > 300, "the dictionary's texts are read: " + texts.size());
        assertClean("ui/i18n/da.js", texts);
    }

    @Test
    void theServiceSpeaksTheGlossarysDanish() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SERVICE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Every literal of a file of Danish sentences is Danish, also a piece without a telltale word.
                boolean allDanish = file.getFileName().toString().startsWith("Danish");
                JavaLiterals.of(Files.readString(file)).stream()
                        .filter(text -> allDanish || DANISH.matcher(text).find())
                        .map(text -> file.getFileName() + ": " + text)
                        .forEach(texts::add);
            }
        }
        // Names the domain carries without a Danish letter, which the search above would not take for Danish.
        Arrays.stream(Role.values()).map(role -> "Role: " + role.danish()).forEach(texts::add);
        Arrays.stream(Competence.values()).map(c -> "Competence: " + c.danish()).forEach(texts::add);
        Arrays.stream(NeedLevel.values()).map(level -> "NeedLevel: " + level.danish()).forEach(texts::add);
        ConstraintNames.RULES.stream().map(Rule::nameDa).map(name -> "Rule: " + name).forEach(texts::add);
        assertTrue(texts.size() > 300, "the service's Danish texts are read: " + texts.size());
        assertClean("src/main/java", texts);
    }

    @Test
    void theCheckFindsARejectedWordOrAnEnglishOne() throws IOException {
        for (String wrong : List.of("Køretid i alt 25 min", "Oprettet af first planner", "Samarbejdsmøde – Anne Holm",
                "Psykolog, Co-teacher", "PPR åben dør", "Sessionen kolliderer")) {
            assertFalse(offences(List.of(wrong)).isEmpty(), wrong);
        }
        assertTrue(offences(List.of("Co-teaching i 3.B, {staff} kommer", "Samarbejds- og indsatsmøde")).isEmpty());
    }

    private static void assertClean(String where, List<String> texts) throws IOException {
        List<String> offences = offences(texts);
        assertTrue(offences.isEmpty(), where + " has words the glossary rejects or English words:\n"
                + String.join("\n", offences));
    }

    /** The texts with a word they should not have, each with the word. */
    private static List<String> offences(List<String> texts) throws IOException {
        JsonNode glossary = Json.mapper().readTree(GLOSSARY.toFile());
        List<String> banned = new ArrayList<>();
        glossary.get("english").forEach(word -> banned.add(word.asText()));
        glossary.get("concepts").forEach(c -> c.get("rejected").forEach(word -> banned.add(word.asText())));
        List<Pattern> patterns = banned.stream()
                .map(word -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        List<String> offences = new ArrayList<>();
        for (String text : texts) {
            String words = text.replaceAll("\\$\\{[^}]*}", " ").replaceAll("\\{[^}]*}", " ").replace("\u00ad", "");
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(words).find()) {
                    offences.add("'" + banned.get(i).toLowerCase(Locale.ROOT) + "' in: " + text);
                }
            }
        }
        return offences;
    }

    /** The texts of a JavaScript dictionary: its string and template literals that are not keys. */
    static final class JsLiterals {

        static List<String> values(String source) {
            List<String> values = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                    i = lineEnd(source, i);
                } else if (c == '\'' || c == '"' || c == '`') {
                    int end = c == '`' ? templateEnd(source, i) : closing(source, i, c);
                    String text = source.substring(i + 1, end);
                    int next = end + 1;
                    while (next < source.length() && source.charAt(next) == ' ') {
                        next++;
                    }
                    boolean key = next < source.length() && source.charAt(next) == ':';
                    if (!key) {
                        values.add(text);
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return values;
        }
    }

    /**
     * The string literals and text blocks of a Java source, comments left out; left out too are the words a planner
     * may type (the workbook's aliases), patterns, and the texts below, which name a JSON document's fields.
     */
    static final class JavaLiterals {

        private static final List<String> EXEMPT = List.of(
                "skal være et JSON-objekt med term, schools, classes, staff og demands");

        static List<String> of(String source) {
            List<String> values = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = lineEnd(source, i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? source.length() : end + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    // A page in both languages writes "dansk / English" on a line: the Danish half is checked.
                    values.add(source.substring(i + 3, end).replaceAll(" / [^\n]*", ""));
                    i = end + 3;
                } else if (c == '\'') {
                    i = closing(source, i, '\'') + 1;
                } else if (c == '"') {
                    int end = closing(source, i, '"');
                    // The words a planner may type (the workbook's aliases) are input, not the service's Danish.
                    String text = source.substring(i + 1, end);
                    if (!lineOf(source, i).contains(".alias(") && !text.contains("(?:") && !EXEMPT.contains(text)) {
                        values.add(text);
                    }
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return values;
        }

        private static String lineOf(String source, int at) {
            int start = source.lastIndexOf('\n', at) + 1;
            return source.substring(start, lineEnd(source, at));
        }
    }

    /** The closing backtick of a template literal, past any ${...} with literals of its own. */
    private static int templateEnd(String source, int open) {
        int i = open + 1;
        while (i < source.length() && source.charAt(i) != '`') {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith("${", i)) {
                int depth = 1;
                i += 2;
                while (i < source.length() && depth > 0) {
                    char c = source.charAt(i);
                    if (c == '`') {
                        i = templateEnd(source, i) + 1;
                    } else if (c == '\'' || c == '"') {
                        i = closing(source, i, c) + 1;
                    } else {
                        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                        i++;
                    }
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static int closing(String source, int open, char quote) {
        int i = open + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
