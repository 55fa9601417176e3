package dk.ressourceplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.ValidationError;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan document: parses it within limits, validates the tree with {@link InputValidator}, and binds it with
 * {@link Json#mapper()} only when nothing is wrong. Every way a document can be wrong ends in an
 * {@link InvalidInputException} that says where; only a failing stream or file is an {@link IOException}.
 */
public final class PlanReader {

    /** A plan document is about six levels deep; this stops a hostile one long before it can exhaust the stack. */
    static final int MAX_NESTING_DEPTH = 100;
    /** No id, name or reason comes near this; a longer string is the wrong file, not a plan. */
    static final int MAX_STRING_LENGTH = 100_000;

    /**
     * Parses into a tree only. Duplicate keys and anything after the document are errors, not silently dropped:
     * Jackson would otherwise keep the last of two {@code "id"}s without a word.
     */
    private static final ObjectMapper TREE_READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PlanReader() {
    }

    public static PlanDocument read(String json) {
        JsonNode root;
        try {
            root = TREE_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
        return validateAndBind(root);
    }

    public static PlanDocument read(byte[] json) {
        try {
            return read(new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** Reads the stream to its end and closes it; the encoding (UTF-8, -16 or -32) is detected. */
    public static PlanDocument read(InputStream in) throws IOException {
        return validateAndBind(tree(in));
    }

    /** Parses any JSON document under the same limits, reporting unreadable input as a validation error at {@code $}. */
    static JsonNode tree(InputStream in) throws IOException {
        try {
            return TREE_READER.readTree(in);
        } catch (JsonProcessingException | CharConversionException e) {
            throw unreadable(e);
        }
    }

    public static PlanDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static PlanDocument validateAndBind(JsonNode root) {
        List<ValidationError> errors = InputValidator.validate(root);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return bind(root);
    }

    /**
     * Binds a validated tree. A failure here means the validator let something through; it is still the input's
     * fault, so it is reported at the path Jackson names rather than as a stack trace.
     */
    static PlanDocument bind(JsonNode root) {
        try {
            return Json.mapper().treeToValue(root, PlanDocument.class);
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "$";
            throw new InvalidInputException(List.of(new ValidationError(path,
                    "could not be read: " + ParserDetail.plain(e.getOriginalMessage()),
                    "kunne ikke læses: værdien har en forkert type eller form")));
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static InvalidInputException unreadable(IOException e) {
        String detail = e instanceof JsonProcessingException json ? ParserDetail.plain(json.getOriginalMessage())
                : ParserDetail.of(e);
        String said = detail.isEmpty() ? "" : ": " + detail;
        JsonLocation location = e instanceof JsonProcessingException json ? json.getLocation() : null;
        boolean located = location != null && location.getLineNr() > 0;
        String where = located ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
        String whereDa = located ? " i linje " + location.getLineNr() + ", kolonne " + location.getColumnNr() : "";
        ValidationError error = e instanceof StreamConstraintsException
                ? new ValidationError("$", "the document is nested too deeply or holds too long a value" + where
                        + said, "dokumentet er for dybt indlejret eller har en for lang værdi" + whereDa + ".")
                : new ValidationError("$", "the document is not valid JSON" + where + said,
                        "dokumentet er ikke gyldig JSON" + whereDa + ": det slutter for tidligt, eller noget står forkert "
                                + "der. Er det den rigtige fil?");
        return new InvalidInputException(List.of(error));
    }
}
