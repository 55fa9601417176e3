package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.InvalidInputException;
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

    /** A workbook's error as a client reads it: the JSON path where there is one, and sheet, row and column. */
    public record CellError(String path, String message, String messageDa, String sheet, Integer row, String column) {
    }

    @Override
    public List<CellError> details() {
        return workbookErrors.stream()
                .map(w -> new CellError(w.jsonPath() == null ? w.location() : w.jsonPath(),
                        w.locationEn() + ": " + w.message(), w.describedDa(), w.sheet(), w.row(), w.column()))
                .toList();
    }
}
