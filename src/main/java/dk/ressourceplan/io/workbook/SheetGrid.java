package dk.ressourceplan.io.workbook;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The non-empty cells of one sheet, by row and column (both from 0), copied out of POI's model so that the rest of
 * the import reads plain values. Only the first {@link #MAX_COLUMNS} columns are kept: no table of the workbook is
 * wider, and the planner's own notes further right are not ours to read.
 */
final class SheetGrid {

    static final int MAX_COLUMNS = 40;

    private final String name;
    private final NavigableMap<Integer, Map<Integer, CellValue>> rows;

    private SheetGrid(String name, NavigableMap<Integer, Map<Integer, CellValue>> rows) {
        this.name = name;
        this.rows = rows;
    }

    static SheetGrid empty(String name) {
        return new SheetGrid(name, new TreeMap<>());
    }

    static SheetGrid of(Sheet sheet) {
        NavigableMap<Integer, Map<Integer, CellValue>> rows = new TreeMap<>();
        for (Row row : sheet) {
            Map<Integer, CellValue> cells = new TreeMap<>();
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= MAX_COLUMNS) {
                    continue;
                }
                CellValue value = valueOf(cell);
                if (value != null) {
                    cells.put(cell.getColumnIndex(), value);
                }
            }
            if (!cells.isEmpty()) {
                rows.put(row.getRowNum(), cells);
            }
        }
        return new SheetGrid(sheet.getSheetName(), rows);
    }

    String name() {
        return name;
    }

    CellValue cell(int row, int column) {
        return rows.getOrDefault(row, Map.of()).get(column);
    }

    /** The numbers of the rows below the header row that have something in them. */
    Iterable<Integer> rowsBelowHeader() {
        return Collections.unmodifiableSet(rows.tailMap(0, false).keySet());
    }

    /** Null for a blank cell: an empty or all-space text counts as blank, as it does to a planner. */
    private static CellValue valueOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                yield text == null || text.isBlank() ? null : new CellValue.Text(text.strip());
            }
            case NUMERIC -> number(cell);
            case BOOLEAN -> new CellValue.Text(String.valueOf(cell.getBooleanCellValue()));
            case ERROR -> new CellValue.Failed(errorCode(cell.getErrorCellValue()));
            default -> null;
        };
    }

    private static CellValue number(Cell cell) {
        String spelled = cell instanceof XSSFCell xssf ? xssf.getRawValue() : null;
        try {
            double value = cell.getNumericCellValue();
            if (Double.isFinite(value)) {
                return new CellValue.Number(value);
            }
        } catch (IllegalStateException | NumberFormatException e) {
            // POI cannot parse the stored spelling; BadNumber below names the cell with it.
        }
        return new CellValue.BadNumber(spelled == null ? "?" : spelled);
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
