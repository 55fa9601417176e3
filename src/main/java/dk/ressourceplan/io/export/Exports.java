package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.PlanDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Downloads of a solved plan: the whole plan, a school's or a staff member's part of it, as an iCalendar file of
 * the term's dated events, or as the fortnight template in a CSV file or a spreadsheet. The media type to send
 * with a download is {@link ExportFormat#mediaType()}.
 */
public final class Exports {

    private Exports() {
    }

    /**
     * Writes the export to {@code out} and leaves the stream open. Everything the caller can get wrong (an
     * unsolved plan, a school or staff id not in it) is checked before the first byte, so a web handler can still
     * answer with an error.
     *
     * @throws IllegalArgumentException when the plan has no solution or the filter names an unknown school or
     *                                  staff member
     */
    public static void write(PlanDocument plan, ExportFormat format, ExportFilter filter, OutputStream out)
            throws IOException {
        write(plan, format, filter, List.of(), out);
    }

    /**
     * As {@link #write(PlanDocument, ExportFormat, ExportFilter, OutputStream)}, for a published plan whose calendar
     * programs have seen earlier publications: each calendar event's SEQUENCE counts the publications that changed
     * it, so a subscribed calendar takes a rerun's changes (same UID, higher SEQUENCE).
     *
     * @param publishedBefore the plan documents of the plan's publications before {@code plan}, oldest first
     *                        (empty for a plan never published before, or a draft); only the calendar uses them
     */
    public static void write(PlanDocument plan, ExportFormat format, ExportFilter filter,
            List<PlanDocument> publishedBefore, OutputStream out) throws IOException {
        check(plan, filter);
        PlanView view = new PlanView(plan);
        switch (format) {
            case ICS -> IcsExport.write(view, filter, Clock.systemUTC().instant(), publishedBefore, out);
            case CSV -> CsvExport.write(tables(view, filter), out);
            case XLSX -> XlsxExport.write(tables(view, filter), TimetableGrid.weeks(view, filter), out);
        }
    }

    /**
     * A file name to offer for the download, in plain ASCII so it survives every browser and mail program:
     * "ressourceplan-foraar-2027-bakkeskolen.ics".
     */
    public static String fileName(PlanDocument plan, ExportFormat format, ExportFilter filter) {
        check(plan, filter);
        String termName = plan.term() == null ? null : plan.term().name();
        String name = Stream.of("ressourceplan", termName, filter.name(plan))
                .filter(part -> part != null && !part.isBlank())
                .map(Exports::slug)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("-"));
        return name + "." + format.extension();
    }

    private static void check(PlanDocument plan, ExportFilter filter) {
        if (plan.sessions() == null) {
            throw new IllegalArgumentException("the plan has no sessions yet: solve it before exporting");
        }
        if (plan.term() == null) {
            throw new IllegalArgumentException("the plan has no term");
        }
        filter.checkKnownIn(plan);
    }

    private static List<ExportTable> tables(PlanView view, ExportFilter filter) {
        return List.of(ExportTables.sessions(view, filter), ExportTables.uncovered(view, filter),
                ExportTables.keyFigures(view));
    }

    /** Danish letters spelled out the Danish way (æ = ae, ø = oe, å = aa), other accents dropped. */
    private static String slug(String text) {
        String spelled = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
