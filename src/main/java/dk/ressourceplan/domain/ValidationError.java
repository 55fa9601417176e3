package dk.ressourceplan.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem in a plan document: where it is ({@code staff[3].hoursPerWeek}, {@code demands[0].classId},
 * or {@code $} for the document as a whole) and what is wrong, in English and in Danish for the planner.
 */
public record ValidationError(String path, String message, String messageDa) implements Serializable {

    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageDa, "messageDa");
    }
}
