package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.InvalidInputException;
import java.util.List;

/**
 * An imported timetable that cannot be used, with every problem found in it by file, line and field. It is an
 * {@link InvalidInputException}, so the command line and the service report it as they report a term's problems.
 */
public final class TimetableException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<TimetableError> timetableErrors;

    public TimetableException(List<TimetableError> errors) {
        super(errors.stream().map(TimetableError::toValidationError).toList());
        this.timetableErrors = List.copyOf(errors);
    }

    public List<TimetableError> timetableErrors() {
        return timetableErrors;
    }
}
