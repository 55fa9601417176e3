package dk.ressourceplan.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The fortnight template as a spreadsheet, one sheet per table ("Aftaler", "Udækket", "Nøgletal"), each
 * with a bold, frozen header row and a filter on it, so a school leader can sort and filter by day or person, and
 * set up to print; then the same fortnight as a timetable, a sheet per week ("Skema uge A", "Skema uge B").
 */
final class XlsxExport {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int GRID_TIME_WIDTH = 13;
    private static final int GRID_DAY_WIDTH = 34;

    private XlsxExport() {
    }

    static void write(List<ExportTable> tables, List<TimetableGrid> grids, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Ressourceplan", "1.0");
        for (ExportTable table : tables) {
            writeSheet(workbook.newWorksheet(table.title()), table);
        }
        for (TimetableGrid grid : grids) {
            writeGrid(workbook.newWorksheet(grid.title()), grid);
        }
        workbook.finish();
    }

    /** The week as a timetable to print: days across, times down, each cell's sessions one a line. */
    private static void writeGrid(Worksheet sheet, TimetableGrid grid) {
        for (int c = 0; c < grid.columns().size(); c++) {
            sheet.value(0, c, grid.columns().get(c));
            sheet.width(c, c == 0 ? GRID_TIME_WIDTH : GRID_DAY_WIDTH);
        }
        sheet.range(0, 0, 0, grid.columns().size() - 1).style().bold().set();
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                sheet.value(r + 1, c, row.get(c));
            }
        }
        if (!grid.rows().isEmpty()) {
            sheet.range(1, 0, grid.rows().size(), grid.columns().size() - 1).style().wrapText(true)
                    .verticalAlignment("top").set();
        }
        sheet.freezePane(1, 1);
        printOnA4(sheet);
    }

    private static void writeSheet(Worksheet sheet, ExportTable table) {
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.width(c, width(table, c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else {
                    sheet.value(r + 1, c, String.valueOf(cell));
                }
            }
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, table.rows().size(), headers.size() - 1);
        printOnA4(sheet);
    }

    /** For the staff-room wall: landscape A4, every column on the page's width, the header on every page. */
    private static void printOnA4(Worksheet sheet) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
    }

    /** Wide enough for the longest entry and the header's filter button, but no column wider than a screen. */
    private static double width(ExportTable table, int column) {
        int longest = table.headers().get(column).length() + 3;
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            longest = Math.max(longest, (cell instanceof Number n ? DanishLabels.number(n) : String.valueOf(cell)).length());
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    }
}
