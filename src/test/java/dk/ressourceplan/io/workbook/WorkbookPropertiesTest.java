package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.ValidationError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Whatever a planner's spreadsheet program (or a stranger) puts in the cells of the template, the import gives a
 * term or errors at their sheet; any other exception would reach the service as a 5xx. And the streaming reader
 * reads each of those cells as POI's model of the workbook does.
 */
class WorkbookPropertiesTest {

    /** A change to one cell of the template. */
    record Edit(int sheet, int row, int column, Content content) {
    }

    sealed interface Content {
        void writeTo(XSSFCell cell);
    }

    record Number(double value) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellValue(value);
        }
    }

    /**
     * A number cell as the file spells it: POI writes NaN and infinities as error cells, but a file made elsewhere
     * can hold "NaN" or 400 digits in a number cell.
     */
    record RawNumber(String spelled) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellValue(0);
            cell.getCTCell().setV(spelled);
        }
    }

    record Text(String text) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellValue(text);
        }
    }

    /** A string kept in the cell itself, as some programs write them, rather than in the shared strings. */
    record InlineText(String text) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setBlank();
            cell.getCTCell().setT(STCellType.INLINE_STR);
            cell.getCTCell().addNewIs().setT(text);
        }
    }

    record Bool(boolean value) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellValue(value);
        }
    }

    /** A formula with the result its program last calculated, or none. */
    record Formula(String formula, Content cached) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellFormula(formula);
            if (cached != null) {
                cached.writeTo(cell);
            }
        }
    }

    record Error(FormulaError error) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellErrorValue(error);
        }
    }

    record Date(LocalDateTime value) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            cell.setCellValue(value);
        }
    }

    record Empty(boolean removed) implements Content {
        @Override
        public void writeTo(XSSFCell cell) {
            if (removed) {
                cell.getRow().removeCell(cell);
            } else {
                cell.setBlank();
            }
        }
    }

    /** 200 workbooks, each with its own seed so that a failure names the one to repeat. */
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCellsGiveATermOrLocatedErrors(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] file = edited(edits(random), random.nextBoolean());
        streamedAsPoisModelSawIt(file);
        try {
            PlanDocument document = TermWorkbook.read(file);
            assertNotNull(document.problem());
        } catch (WorkbookException e) {
            assertFalse(e.workbookErrors().isEmpty());
            for (WorkbookError error : e.workbookErrors()) {
                assertNotNull(error.sheet(), error.describedDa());
                assertFalse(error.message().isBlank(), error.described());
                assertFalse(error.messageDa().isBlank(), error.describedDa());
            }
        } catch (InvalidInputException e) {
            assertFalse(e.errors().isEmpty());
            for (ValidationError error : e.errors()) {
                assertFalse(error.path() == null || error.path().isBlank(), error.messageDa());
            }
        }
    }

    /**
     * The streaming reader sees every cell of the sheets the import reads as POI's model of the whole workbook saw
     * it, which is how the import read workbooks before (issue 17). A text over the length limit only needs to stay
     * over it.
     */
    private static void streamedAsPoisModelSawIt(byte[] file) throws IOException {
        WorkbookReader.Content streamed = WorkbookReader.read(file, Layout.SHEETS, WorkbookImport::normalise);
        try (XSSFWorkbook model = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(model.isDate1904(), streamed.date1904());
            for (String name : Layout.SHEETS) {
                Sheet sheet = model.getSheet(name);
                SheetGrid grid = streamed.sheets().get(name);
                assertEquals(sheet == null, grid == null, name);
                if (sheet == null) {
                    continue;
                }
                for (Row row : sheet) {
                    for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
                        Cell cell = row.getCell(c);
                        CellValue expected = cell == null ? null : PoiCells.valueOf(cell);
                        CellValue actual = grid.cell(row.getRowNum(), c);
                        String where = name + "!" + new CellReference(row.getRowNum(), c).formatAsString();
                        if (expected instanceof CellValue.Text text && text.text().length() > WorkbookFile.LONGEST_TEXT) {
                            assertTrue(actual.shown().length() > WorkbookFile.LONGEST_TEXT, where);
                        } else if (expected instanceof CellValue.BadNumber) {
                            assertEquals(expected.shown(), actual.shown(), where);
                        } else {
                            assertEquals(expected, actual, where);
                        }
                    }
                }
            }
        }
    }

    /** One to eight cells, mostly in the rows a planner fills in, now and then the header or far below. */
    private static List<Edit> edits(Random random) {
        List<Edit> edits = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(10);
            int row = pick < 8 ? 1 + random.nextInt(12) : pick == 8 ? 0 : 13 + random.nextInt(2988);
            edits.add(new Edit(random.nextInt(16), row, random.nextInt(15), content(random)));
        }
        return edits;
    }

    private static Content content(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> plainContent(random);
            case 1 -> new Formula(oneOf(random, FORMULAS), random.nextInt(10) < 3 ? null : plainContent(random));
            default -> new Error(oneOf(random, List.of(FormulaError.values())));
        };
    }

    private static Content plainContent(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new Number(number(random));
            case 1 -> new RawNumber(rawNumber(random));
            case 2 -> new Text(text(random));
            case 3 -> new InlineText(text(random));
            case 4 -> new Bool(random.nextBoolean());
            case 5 -> new Date(date(random));
            default -> new Empty(random.nextBoolean());
        };
    }

    private static final List<Double> NUMBERS = List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
            -Double.MIN_VALUE, 0.0, -0.0, 1e-300, 1e300, 1e19, 9.3e18, 0.34, 0.99999, 7.5, 48.0, 60.0, 46391.0,
            2958465.0, 2958466.0, 1.2, (double) Long.MAX_VALUE);
    private static final List<String> RAW_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e999", "-1E+400",
            "1e-400", "4.9E-324", "0x10", "", " 7", "7,5", "abc", "1.7976931348623157E308");
    private static final String MARKS = "\u200f\u200e\u202e\u202a\u2066\u0000\u0001\t\n\r\u001f\u007f\u00a0\ufeff\uffffæøå7,- ";
    private static final List<String> WORDS = List.of("mandag", "Fredag", "psykolog", "AKT-vejleder", "s01", "s02",
            "ppr-01", "s01-6a", "uge 7", "uge 99", "2027-W07", "8:15", "kl. 8", "24:00", "1-5", "1,2,3", "999-1",
            "4-1-2027", "2027-01-04", "31-02-2027", "7,5", "1e999", "NaN", "true", "=1/0", "#REF!", "");
    private static final List<String> FORMULAS = List.of("1/0", "NA()", "A1", "SUM(A1:A3)", "\"tekst\"", "TRUE",
            "2^2000", "SQRT(-1)", "Skoler!B2", "TODAY()", "B2&C2");

    private static double number(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> -2 + 102 * random.nextDouble();
            default -> oneOf(random, NUMBERS);
        };
    }

    private static String rawNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> digits(random, 1, 400);
            case 1 -> "-" + digits(random, 1, 400);
            case 2 -> digits(random, 1, 400) + "." + digits(random, 1, 400);
            case 3 -> digits(random, 400, 400);
            default -> oneOf(random, RAW_NUMBERS);
        };
    }

    /** Any characters, the marks and controls that break naive readers, the words of the vocabulary, long digits. */
    private static String text(Random random) {
        int pick = random.nextInt(17);
        if (pick < 4) {
            return anything(random, 0, 30);
        } else if (pick < 7) {
            return marks(random);
        } else if (pick < 10) {
            return oneOf(random, WORDS);
        } else if (pick < 12) {
            String marks = marks(random);
            return marks + oneOf(random, WORDS) + marks;
        } else if (pick < 14) {
            return oneOf(random, List.of("", "-", "+")) + digits(random, 15, 400);
        } else if (pick < 16) {
            return digits(random, 15, 400) + ",5";
        }
        return anything(random, 1990, 2100);
    }

    private static String marks(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(21);
        for (int i = 0; i < length; i++) {
            text.append(MARKS.charAt(random.nextInt(MARKS.length())));
        }
        return text.toString();
    }

    /** Any UTF-16 code units, surrogates on their own included. */
    private static String anything(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static String digits(Random random, int min, int max) {
        StringBuilder digits = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static LocalDateTime date(Random random) {
        if (random.nextBoolean()) {
            long from = LocalDateTime.of(1800, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
            long to = LocalDateTime.of(9999, 12, 31, 23, 59).toEpochSecond(ZoneOffset.UTC);
            return LocalDateTime.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), 0, ZoneOffset.UTC);
        }
        return LocalDate.of(2026, 6, 1).plusDays(random.nextInt(760)).atStartOfDay();
    }

    private static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] edited(List<Edit> edits, boolean date1904) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.template()))) {
            if (date1904) {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            for (Edit edit : edits) {
                Sheet sheet = workbook.getSheetAt(edit.sheet() % workbook.getNumberOfSheets());
                Row row = sheet.getRow(edit.row()) == null ? sheet.createRow(edit.row()) : sheet.getRow(edit.row());
                Cell cell = row.getCell(edit.column()) == null ? row.createCell(edit.column()) : row.getCell(edit.column());
                edit.content().writeTo((XSSFCell) cell);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
