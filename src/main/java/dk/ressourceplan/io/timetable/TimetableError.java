package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.io.Places;
import java.io.Serializable;
import java.util.Objects;

/**
 * One problem in an imported timetable, where the planner finds it: the file ("GPU001.TXT"), the line as an editor
 * counts it (from 1) and the field ("Klasse"), each null where the problem is not that precise (the file as a whole,
 * or the term). The messages say what is wrong without the place; {@link #describedDa()} puts the two together.
 */
public record TimetableError(String file, Integer line, String field, String message, String messageDa)
        implements Serializable {

    public TimetableError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageDa, "messageDa");
    }

    static TimetableError ofFile(String file, String message, String messageDa) {
        return new TimetableError(file, null, null, message, messageDa);
    }

    static TimetableError at(String file, int line, String field, String message, String messageDa) {
        return new TimetableError(file, line, field, message, messageDa);
    }

    /** "GPU001.TXT, linje 12, 'Klasse'", or "Skemaet" when the problem is the term's rather than a file's. */
    public String location() {
        return place("linje", "Skemaet");
    }

    public String locationEn() {
        return place("line", "The timetable");
    }

    /** "GPU001.TXT, linje 12, 'Klasse': klassen '9X' findes ikke på Søndre Skole". */
    public String describedDa() {
        return location() + ": " + messageDa;
    }

    public String described() {
        return locationEn() + ": " + message;
    }

    /** As the JSON input reports its own problems, so that whatever prints those prints these. */
    public ValidationError toValidationError() {
        return new ValidationError(location(), message, messageDa);
    }

    private String place(String lineWord, String whole) {
        return Places.of(file, line, lineWord, field, whole);
    }
}
