package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for the tests: the template with its example, edited cell by cell as a planner would, the cells found
 * by the id in their row and the header of their column.
 */
final class Workbooks {

    private static final byte[] TEMPLATE = written();

    private Workbooks() {
    }

    static byte[] template() {
        return TEMPLATE.clone();
    }

    /** The template after {@code edit}, saved as the planner's spreadsheet program would. */
    static byte[] edited(Consumer<XSSFWorkbook> edit) {
        return edited(TEMPLATE, edit);
    }

    /** As {@link #edited(Consumer)}, for another written workbook. */
    static byte[] edited(byte[] base, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell in the row whose first cell is {@code rowKey} and the column headed {@code header}; null blanks it. */
    static void set(XSSFWorkbook workbook, String sheet, String rowKey, String header, Object value) {
        Cell cell = cell(workbook.getSheet(sheet), rowNumber(workbook.getSheet(sheet), rowKey, 0), header);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /**
     * Writes {@code spelled} as the stored value of a number cell. POI itself writes NaN and infinities as error
     * cells, but a file saved by another program, or edited by hand, can hold "NaN" or 400 digits there.
     */
    static void setSpelledNumber(XSSFWorkbook workbook, String sheet, String rowKey, String header, String spelled) {
        XSSFCell cell = (XSSFCell) cell(workbook.getSheet(sheet), rowNumber(workbook.getSheet(sheet), rowKey, 0), header);
        cell.setCellValue(0);
        cell.getCTCell().setV(spelled);
    }

    /** As {@link #set}, for the {@code nth} row (from 0) whose first cell is {@code rowKey}. */
    static void set(XSSFWorkbook workbook, String sheet, String rowKey, int nth, String header, String value) {
        cell(workbook.getSheet(sheet), rowNumber(workbook.getSheet(sheet), rowKey, nth), header).setCellValue(value);
    }

    /** The row number a planner sees (from 1) of the {@code nth} row whose first cell is {@code rowKey}. */
    static int rowOf(String sheet, String rowKey, int nth) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TEMPLATE))) {
            return rowNumber(workbook.getSheet(sheet), rowKey, nth) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int rowOf(String sheet, String rowKey) {
        return rowOf(sheet, rowKey, 0);
    }

    static WorkbookException importFails(byte[] workbook) {
        return assertThrows(WorkbookException.class, () -> TermWorkbook.read(workbook));
    }

    /** The one error at the cell, failing with all the errors when there is not exactly one. */
    static WorkbookError errorAt(WorkbookException e, String sheet, int row, String column) {
        List<WorkbookError> at = e.workbookErrors().stream()
                .filter(error -> sheet.equals(error.sheet()) && Objects.equals(row, error.row())
                        && Objects.equals(column, error.column()))
                .toList();
        if (at.size() != 1) {
            throw new AssertionError("expected one error at " + sheet + " row " + row + " '" + column + "', got "
                    + at.size() + " among:\n" + describe(e));
        }
        return at.get(0);
    }

    static String describe(WorkbookException e) {
        return String.join("\n", e.workbookErrors().stream().map(WorkbookError::describedDa).toList());
    }

    private static int rowNumber(Sheet sheet, String rowKey, int nth) {
        DataFormatter formatter = new DataFormatter();
        int seen = 0;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && rowKey.equals(formatter.formatCellValue(first)) && seen++ == nth) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row " + rowKey + " (" + nth + ") on " + sheet.getSheetName());
    }

    private static Cell cell(Sheet sheet, int rowNumber, String header) {
        Row headers = sheet.getRow(0);
        for (Cell cell : headers) {
            if (header.equals(cell.getStringCellValue())) {
                Row row = sheet.getRow(rowNumber);
                Cell target = row.getCell(cell.getColumnIndex());
                return target == null ? row.createCell(cell.getColumnIndex()) : target;
            }
        }
        throw new IllegalArgumentException("no column " + header + " on " + sheet.getSheetName());
    }

    private static byte[] written() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TermWorkbook.writeTemplate(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
