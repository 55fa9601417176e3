package dk.ressourceplan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.ressourceplan.domain.PlanDocument;
import java.io.IOException;
import java.util.List;

/** Temporary stand-in until the validate branch lands: parses only, with no validation. */
public final class PlanReader {

    private PlanReader() {
    }

    public static PlanDocument read(byte[] json) {
        try {
            return Json.mapper().readValue(json, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new ValidationError("$",
                    "Malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
                    "Ugyldig JSON i linje " + e.getLocation().getLineNr() + ", kolonne " + e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
