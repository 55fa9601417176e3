package dk.ressourceplan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small solved term the tests start from (src/test/resources/dk/ressourceplan/io/small-term.json), and edits
 * of it addressed by the same paths the validator reports: {@code with("staff[0].hoursPerWeek", "\"30\"")}.
 */
final class Documents {

    private static final Pattern SEGMENT = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");
    private static final String SMALL_TERM_JSON = resource("small-term.json");
    private static final ObjectNode SMALL_TERM = (ObjectNode) parse(SMALL_TERM_JSON);
    private static final String DATED_TERM_JSON = resource("dated-term.json");

    private Documents() {
    }

    static String smallTermJson() {
        return SMALL_TERM_JSON;
    }

    /** A fresh copy, free to edit. */
    static ObjectNode smallTerm() {
        return SMALL_TERM.deepCopy();
    }

    /**
     * The small term unsolved, with dated work (issue 16): coordination meetings and programmes with and without
     * their optional fields, absences, hours from a date and programme caps (dated-term.json). Demands k1, k2 are the
     * coordination meetings, f1, f2 the programmes, at demands[3] to demands[6].
     */
    static String datedTermJson() {
        return DATED_TERM_JSON;
    }

    static ObjectNode datedTerm() {
        return (ObjectNode) parse(DATED_TERM_JSON);
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** The small term with the value at {@code path} replaced by (or, past the end of a list, added as) {@code json}. */
    static ObjectNode with(String path, String json) {
        return with(smallTerm(), path, json);
    }

    static ObjectNode with(ObjectNode document, String path, String json) {
        JsonNode value = parse(json);
        JsonNode parent = parentOf(document, path);
        Object last = lastSegment(path);
        if (last instanceof Integer index) {
            ArrayNode list = (ArrayNode) parent;
            if (index == list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return document;
    }

    static ObjectNode without(String path) {
        return without(smallTerm(), path);
    }

    static ObjectNode without(ObjectNode document, String path) {
        JsonNode parent = parentOf(document, path);
        Object last = lastSegment(path);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return document;
    }

    /** The path of every value in the document, containers included, as the validator writes paths. */
    static List<String> paths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths);
        return paths;
    }

    private static String resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name ->
                    collect(node.get(name), path.isEmpty() ? name : path + "." + name, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    private static JsonNode parentOf(JsonNode document, String path) {
        List<Object> segments = segments(path);
        JsonNode node = document;
        for (Object segment : segments.subList(0, segments.size() - 1)) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    private static Object lastSegment(String path) {
        List<Object> segments = segments(path);
        return segments.get(segments.size() - 1);
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
        }
        return segments;
    }
}
