package dk.ressourceplan.io.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell's value as the import read it through POI's model of the whole workbook, before the reader streamed
 * (issue 17): what {@link SheetReader} must go on giving.
 */
final class PoiCells {

    private PoiCells() {
    }

    /** Null for a blank cell: an empty or all-space text counts as blank, as it does to a planner. */
    static CellValue valueOf(Cell cell) {
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
            // BadNumber below
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
