package dk.ressourceplan.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A plan document that cannot be used, with every problem found in it. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ValidationError> errors;

    public InvalidInputException(List<ValidationError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }

    /**
     * The errors as a client is told them: by default {@link #errors()}; a kind of input that can say more about
     * where each problem is (a workbook: sheet, row and column) answers with that.
     */
    public List<?> details() {
        return errors;
    }

    private static String describe(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one error");
        }
        String count = errors.size() == 1 ? "1 problem" : errors.size() + " problems";
        return errors.stream()
                .map(error -> error.path() + ": " + error.message())
                .collect(Collectors.joining("\n", "Invalid plan document (" + count + "):\n", ""));
    }
}
