package dk.ressourceplan.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fortnight template as a CSV file for Excel: one row per session, then a blank line and the uncovered
 * demand, then a blank line and the key figures.
 * <p>
 * Written for Danish Excel, which opens a CSV file by double-click: it splits on semicolons (the decimal comma
 * takes the comma, so numbers are written with a comma too) and reads the file as UTF-8 only when it starts with
 * a byte order mark; without one, æ, ø and å come out garbled.
 */
final class CsvExport {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");

    private CsvExport() {
    }

    static void write(List<ExportTable> tables, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        try (SequenceWriter csv = MAPPER.writer(SCHEMA).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer)) {
            for (int i = 0; i < tables.size(); i++) {
                ExportTable table = tables.get(i);
                if (i > 0) {
                    csv.write(List.of(""));
                    csv.write(List.of(table.title()));
                }
                csv.write(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.write(row.stream().map(CsvExport::text).toList());
                }
            }
        }
        writer.flush();
    }

    /**
     * Numbers with a decimal comma; text that Excel would take for a formula (a name starting with "=", "+", "-"
     * or "@") gets a leading apostrophe, because these files come from planner input and are opened at schools.
     */
    private static String text(Object cell) {
        if (cell instanceof Number number) {
            return DanishLabels.number(number);
        }
        String text = String.valueOf(cell);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
