package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A term as a workbook (regneark) that district planners fill in: the template to download, with an example or
 * with last term's data, and its import into the same {@link PlanDocument} as the JSON, through the same
 * validation. The sheets and columns are in {@link Layout}; the instructions sheet in {@link Guide}.
 *
 * <p>Import reports every problem at once as a {@link WorkbookException}: an {@code InvalidInputException} whose
 * errors say the sheet, row and column header of each ("Medarbejdere, række 7, 'Timer pr. uge': skal være et tal
 * mellem 0 og 48"), in Danish with the English alongside. A bad cell costs only its own value.
 *
 * <p>How an upload is read, and why not by POI's model of a workbook: that model holds every cell of every sheet
 * as XML objects, so a 13 MB file of 3.6 million cells (94 MB unpacked, inside every file limit) took 2 to 3 GB of
 * heap and 13 s to refuse (issue 17). {@link WorkbookFile} checks the file (size, kind, zip bomb) and
 * {@link WorkbookReader} streams only the sheets the import reads through a SAX parser with POI's secure settings,
 * keeping their cells in the first 40 columns and only the shared texts those use, up to
 * {@value WorkbookFile#MAX_CELLS} filled cells; see {@code docs/benchmarks.md} for what that costs. fastexcel-reader
 * 0.20.2 was not taken for this: it has no zip-bomb limits, and it resolves a shared-string index by reading up to
 * it, so a 1 KB sheet with one out-of-range index runs a 256 MB heap out of memory (tried). POI writes the
 * template, with the data validation lists, cell notes and text formats it needs, and the tests edit a written
 * workbook cell by cell with it as a planner would.
 */
public final class TermWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TEMPLATE_FILE_NAME = "ressourceplan-skabelon.xlsx";
    /** A larger upload is refused; a service should let a body of this size through to {@link #read(byte[])}. */
    public static final int MAX_FILE_BYTES = WorkbookFile.MAX_FILE_BYTES;

    private static final String EXAMPLE = "example-term.json";

    private TermWorkbook() {
    }

    /**
     * The term of a plan document as a filled-in template; a solved plan's sessions and KPIs are left out. Dated work
     * is kept: absences and hours from a date on their own sheets, coordination meetings and programmes as demands.
     */
    public static void write(PlanDocument document, OutputStream out) throws IOException {
        TemplateWriter.write(document.problem(), out);
    }

    /** The template with the small example term filled in: what a new planner downloads. */
    public static void writeTemplate(OutputStream out) throws IOException {
        write(example(), out);
    }

    /** The template with headers, instructions and drop-down lists only. */
    public static void writeEmpty(OutputStream out) throws IOException {
        TemplateWriter.write(new PlanDocument(null, null, null, null, null, null, null, null, null, null, null, null), out);
    }

    /** The example term of the template: two schools, five classes, five staff members, eight demands. */
    public static PlanDocument example() {
        try (InputStream in = TermWorkbook.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is missing from the build");
            }
            return PlanReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled-in workbook into a plan document, validated as a JSON document is. Reads the stream to its end
     * (at most {@link #MAX_FILE_BYTES}) and closes it.
     *
     * @throws WorkbookException when the file is no usable workbook or anything in it is wrong, with every problem
     * @throws IOException only when the stream itself fails
     */
    public static PlanDocument read(InputStream in) throws IOException {
        byte[] bytes;
        try (in) {
            bytes = WorkbookFile.readLimited(in);
        }
        return read(bytes);
    }

    /** As {@link #read(InputStream)}, for an upload already in memory. */
    public static PlanDocument read(byte[] bytes) {
        WorkbookFile.check(bytes);
        return WorkbookImport.read(WorkbookReader.read(bytes, Layout.SHEETS, WorkbookImport::normalise));
    }

    public static PlanDocument read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw WorkbookFile.refused("the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                    "filen er større end " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        return read(Files.newInputStream(file));
    }

    /**
     * Whether an upload starts like an .xlsx file (a zip archive) rather than JSON, for a service that accepts both
     * on one route whatever the request's content type says.
     */
    public static boolean looksLikeWorkbook(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }
}
