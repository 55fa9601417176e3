package dk.ressourceplan.io.workbook;

import dk.ressourceplan.io.InvalidInputException;
import java.util.List;

/**
 * A term workbook that cannot be used, with every problem found in it. It is an {@link InvalidInputException}, so
 * whatever already answers wrong JSON input (the command line's exit code 2, the service's 400) answers a wrong
 * workbook too; {@link #workbookErrors()} adds the sheet, row and column of each.
 */
public class WorkbookException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<WorkbookError> workbookErrors;

    public WorkbookException(List<WorkbookError> errors) {
        super(errors.stream().map(WorkbookError::toValidationError).toList());
        this.workbookErrors = List.copyOf(errors);
    }

    WorkbookException(WorkbookError error) {
        this(List.of(error));
    }

    public List<WorkbookError> workbookErrors() {
        return workbookErrors;
    }
}
