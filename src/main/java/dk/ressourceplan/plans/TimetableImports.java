package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.timetable.TimetableError;
import dk.ressourceplan.io.timetable.TimetableException;
import dk.ressourceplan.io.timetable.TimetableImport;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionKind;
import java.util.List;
import java.util.Map;

/**
 * Class timetables from a school's timetabling system brought into a plan's term (the page's and the API's way to
 * what {@code import-timetable} does on the command line): the plan's latest term and the uploaded files in, the
 * term with the school's timetables out, or every problem in the files, by file, line and field. Nothing is
 * stored: the planner looks at the result and submits it as a term.
 */
public final class TimetableImports {

    /** An uploaded file as the planner named it. */
    public record Upload(String name, byte[] bytes) {
    }

    /** A problem where the planner finds it; {@code file}, {@code line} and {@code field} null where not that precise. */
    public record Problem(String path, String message, String messageDa, String file, Integer line, String field) {
    }

    /** A class whose timetable was set: its lessons a week, and how many the file had in week A or B only. */
    public record ClassTimetable(String classId, String name, int lessons, int oneWeekOnly) {
    }

    /**
     * The outcome: either {@code term} with what was set, or {@code problems} (and then no term).
     *
     * @param encodings each file and the encoding it was read in (UTF-8 or windows-1252)
     */
    public record Outcome(PlanDocument term, List<ClassTimetable> classes, List<String> classesNotInFile,
            Map<String, String> encodings, boolean gridSet, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final PlanStore store;

    TimetableImports(PlanStore store) {
        this.store = store;
    }

    /**
     * The plan's latest term with one school's timetables from the files.
     *
     * @param schoolId the school's id; several separated by commas when one file holds more than one school's classes
     * @param format  "untis" or "csv"
     * @param lessons Untis's GPU002.TXT, or null
     * @param grid    the school's lesson grid (period;start;end), or null
     * @param columns for a CSV whose headers are not the usual ones: field to header
     * @throws Refused when there is no such plan
     */
    public Outcome importInto(String planId, String schoolId, String format, Map<String, String> columns,
            Upload timetable, Upload lessons, Upload grid) {
        PlanDocument term = PlanReader.read(store.latest(planId, RevisionKind.PROBLEM)
                .orElseThrow(() -> Refused.unknownPlan(planId)).documentJson());
        return apply(term.problem(), schoolId, format, columns, timetable, lessons, grid);
    }

    /** As {@link #importInto}, on a term at hand. */
    public static Outcome apply(PlanDocument term, String schoolId, String format, Map<String, String> columns,
            Upload timetable, Upload lessons, Upload grid) {
        TimetableImport.Format kind;
        try {
            kind = TimetableImport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            return failed(List.of(new Problem("format", e.getMessage(),
                    "formatet er untis eller csv, ikke \"" + format + "\"", null, null, "format")));
        }
        if (timetable == null) {
            return failed(List.of(new Problem("input", "the timetable file is missing", "skemafilen mangler", null,
                    null, "input")));
        }
        try {
            List<String> schools = schoolId == null ? List.of() : List.of(schoolId.split(",")).stream()
                    .map(String::trim).filter(id -> !id.isEmpty()).toList();
            TimetableImport.Result result = TimetableImport.apply(term, new TimetableImport.Request(schools, kind,
                    io(timetable), io(lessons), io(grid), columns));
            return new Outcome(result.term(), result.classes().stream().map(c -> new ClassTimetable(c.classId(),
                    c.name(), c.lessons(), c.oneWeekOnly())).toList(), result.classesNotInFile(), result.encodings(),
                    result.gridSet(), List.of());
        } catch (TimetableException e) {
            return failed(e.timetableErrors().stream().map(TimetableImports::problem).toList());
        }
    }

    private static Problem problem(TimetableError error) {
        return new Problem(error.location(), error.described(), error.describedDa(), error.file(), error.line(),
                error.field());
    }

    private static Outcome failed(List<Problem> problems) {
        return new Outcome(null, List.of(), List.of(), Map.of(), false, problems);
    }

    private static TimetableImport.Upload io(Upload upload) {
        return upload == null ? null : new TimetableImport.Upload(upload.name(), upload.bytes());
    }
}
