package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.io.Places;
import java.io.Serializable;
import java.util.Objects;

/**
 * One problem in a term workbook, where a planner finds it: the sheet, the row number as the spreadsheet shows it
 * and the column header ("Medarbejdere", 7, "Timer pr. uge"), each null where the problem is not that precise (a
 * whole sheet, or the file itself). {@code jsonPath} is the field of the JSON document the cell fills
 * ({@code staff[5].hoursPerWeek}), null when the cell fills none. The messages say what is wrong without the place;
 * {@link #describedDa()} puts the two together.
 */
public record WorkbookError(String sheet, Integer row, String column, String jsonPath, String message,
        String messageDa) implements Serializable {

    public WorkbookError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageDa, "messageDa");
    }

    static WorkbookError ofFile(String message, String messageDa) {
        return new WorkbookError(null, null, null, null, message, messageDa);
    }

    /** "Medarbejdere, række 7, 'Timer pr. uge'", or "Projektmappen" for the file as a whole. */
    public String location() {
        return place("række", "Projektmappen");
    }

    /** "Medarbejdere, row 7, 'Timer pr. uge'", or "The workbook". */
    public String locationEn() {
        return place("row", "The workbook");
    }

    /** "Medarbejdere, række 7, 'Timer pr. uge': skal være et tal mellem 0 og 48". */
    public String describedDa() {
        return location() + ": " + messageDa;
    }

    public String described() {
        return locationEn() + ": " + message;
    }

    /**
     * The error as the JSON input reports its own: the place in the path, the messages as they are. So whatever
     * prints {@code path: message} for a JSON document prints "Medarbejdere, række 7, 'Timer pr. uge': …" here.
     */
    public ValidationError toValidationError() {
        return new ValidationError(location(), message, messageDa);
    }

    private String place(String rowWord, String whole) {
        return Places.of(sheet, row, rowWord, column, whole);
    }
}
