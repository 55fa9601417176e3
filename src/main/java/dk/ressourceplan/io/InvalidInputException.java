package dk.ressourceplan.io;

import java.util.List;

/** Temporary stand-in until the validate branch lands: a plan document that cannot be used. */
public class InvalidInputException extends RuntimeException {

    private final List<ValidationError> errors;

    public InvalidInputException(List<ValidationError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
