package dk.ressourceplan.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.plans.Planning;
import dk.ressourceplan.domain.ValidationError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A small JSON request body, such as a solve's options. What the client sent wrong is a 400 naming the field, or
 * the document ({@code $}) and where the parser stopped; JSON the service itself stored is not read here, so that a
 * fault in it is the server's 500.
 */
final class RequestBody {

    private RequestBody() {
    }

    /** The body as {@code type}, or null if there is none. */
    static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            return null;
        }
        try {
            return Planning.json().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(error(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static ValidationError error(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ValidationError(path(mapping), "wrong type of value", "værdien har en forkert type");
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String whereDa = at == null ? "" : " i linje " + at.getLineNr() + ", kolonne " + at.getColumnNr();
        return new ValidationError("$", "the body is not valid JSON" + where, "forespørgslen er ikke gyldig JSON" + whereDa);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
