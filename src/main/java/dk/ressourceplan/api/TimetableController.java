package dk.ressourceplan.api;

import dk.ressourceplan.plans.TimetableImports;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/plans/{id}/timetable}: a school's class timetables from its timetabling system into the plan's
 * term, as {@code import-timetable} does. A multipart form with the files {@code input} (GPU001.TXT or the CSV),
 * optionally {@code lessons} (GPU002.TXT) and {@code grid} (period;start;end), and the fields (or query parameters)
 * {@code school}, {@code format} ({@code untis} or {@code csv}) and, for a CSV with other headers, {@code columns}
 * ({@code class=Hold,day=Dag}). The answer is the term with the timetables set and what was set, to look at and
 * submit; nothing is stored. Problems are a 400 with every one of them by file, line and field.
 */
final class TimetableController {

    /** As the other 400s, with where in which file. */
    record LineError(String path, String message, String messageDa, String file, Integer line, String field) {
    }

    private final TimetableImports imports;

    TimetableController(TimetableImports imports) {
        this.imports = imports;
    }

    void upload(Context ctx) throws IOException {
        TimetableImports.Outcome outcome = imports.importInto(ctx.pathParam("id"), param(ctx, "school"),
                param(ctx, "format"), columns(param(ctx, "columns")), file(ctx, "input"), file(ctx, "lessons"),
                file(ctx, "grid"));
        if (!outcome.ok()) {
            ctx.status(400).json(new ApiErrors.Body(outcome.problems().stream()
                    .map(p -> new LineError(p.path(), p.message(), p.messageDa(), p.file(), p.line(), p.field()))
                    .toList()));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("term", outcome.term());
        body.put("classes", outcome.classes());
        body.put("classesNotInFile", outcome.classesNotInFile());
        body.put("encodings", outcome.encodings());
        body.put("gridSet", outcome.gridSet());
        ctx.json(body);
    }

    private static String param(Context ctx, String name) {
        String query = ctx.queryParam(name);
        return query != null ? query : ctx.isMultipartFormData() ? ctx.formParam(name) : null;
    }

    private static TimetableImports.Upload file(Context ctx, String name) throws IOException {
        if (!ctx.isMultipartFormData()) {
            return null;
        }
        UploadedFile file = ctx.uploadedFile(name);
        if (file == null) {
            return null;
        }
        try (InputStream content = file.content()) {
            return new TimetableImports.Upload(file.filename(), content.readAllBytes());
        }
    }

    /** "class=Hold,day=Dag" as a map; a part without "=" is passed on as a field without a header, to be refused. */
    private static Map<String, String> columns(String text) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return columns;
        }
        for (String part : List.of(text.split(","))) {
            int equals = part.indexOf('=');
            columns.put((equals < 0 ? part : part.substring(0, equals)).trim(),
                    equals < 0 ? "" : part.substring(equals + 1).trim());
        }
        return columns;
    }
}
