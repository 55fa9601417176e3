package dk.ressourceplan.io.export;

import java.util.List;

/**
 * One table of a spreadsheet export: a sheet of the xlsx file, a section of the CSV file. A cell is a
 * {@link String} or a {@link Number}, so that the spreadsheet can sum minutes and percentages.
 */
record ExportTable(String title, List<String> headers, List<List<Object>> rows) {

    ExportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
