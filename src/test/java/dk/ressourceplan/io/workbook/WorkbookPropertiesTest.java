package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.InvalidInputException;
import dk.ressourceplan.io.ValidationError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.DateTimes;
import net.jqwik.time.api.Dates;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Whatever a planner's spreadsheet program (or a stranger) puts in the cells of the template, the import gives a
 * term or errors at their sheet; any other exception would reach the service as a 5xx.
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

    @Property(tries = 200)
    void randomCellsGiveATermOrLocatedErrors(@ForAll("edits") List<Edit> edits, @ForAll boolean date1904) {
        byte[] file = edited(edits, date1904);
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

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> rows = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(13, 3000)));
        return Combinators.combine(Arbitraries.integers().between(0, 15), rows,
                Arbitraries.integers().between(0, 14), content()).as(Edit::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<Content> content() {
        return Arbitraries.oneOf(plainContent(),
                Combinators.combine(formulas(), Arbitraries.oneOf(plainContent().injectNull(0.3)))
                        .as(Formula::new),
                Arbitraries.of(FormulaError.class).map(Error::new));
    }

    private static Arbitrary<Content> plainContent() {
        return Arbitraries.oneOf(
                numbers().map(Number::new),
                rawNumbers().map(RawNumber::new),
                texts().map(Text::new),
                texts().map(InlineText::new),
                Arbitraries.of(true, false).map(Bool::new),
                dates().map(Date::new),
                Arbitraries.of(true, false).map(Empty::new));
    }

    private static Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-2, 100),
                Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 0.0, -0.0,
                        1e-300, 1e300, 1e19, 9.3e18, 0.34, 0.99999, 7.5, 48.0, 60.0, 46391.0, 2958465.0, 2958466.0, 1.2,
                        (double) Long.MAX_VALUE));
    }

    private static Arbitrary<String> rawNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(400);
        return Arbitraries.oneOf(
                digits,
                digits.map(d -> "-" + d),
                Combinators.combine(digits, digits).as((a, b) -> a + "." + b),
                Arbitraries.strings().numeric().ofLength(400),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e999", "-1E+400", "1e-400", "4.9E-324", "0x10",
                        "", " 7", "7,5", "abc", "1.7976931348623157E308"));
    }

    private static Arbitrary<String> texts() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> marks = Arbitraries.strings()
                .withChars('\u200f', '\u200e', '\u202e', '\u202a', '\u2066', '\u0000', '\u0001', '\t', '\n', '\r',
                        '\u001f', '\u007f', '\u00a0', '\ufeff', '\uffff', 'æ', 'ø', 'å', '7', ',', '-', ' ')
                .ofMaxLength(20);
        Arbitrary<String> words = Arbitraries.of("mandag", "Fredag", "psykolog", "AKT-vejleder", "s01", "s02",
                "ppr-01", "s01-6a", "uge 7", "uge 99", "2027-W07", "8:15", "kl. 8", "24:00", "1-5", "1,2,3", "999-1",
                "4-1-2027", "2027-01-04", "31-02-2027", "7,5", "1e999", "NaN", "true", "=1/0", "#REF!", "");
        Arbitrary<String> digits = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(400),
                Arbitraries.of("", "-", "+")).as((d, sign) -> sign + d);
        Arbitrary<String> long_ = Arbitraries.strings().all().ofMinLength(1990).ofMaxLength(2100);
        return Arbitraries.frequencyOf(
                Tuple.of(4, anything),
                Tuple.of(3, marks),
                Tuple.of(3, words),
                Tuple.of(2, Combinators.combine(words, marks).as((w, m) -> m + w + m)),
                Tuple.of(2, digits),
                Tuple.of(2, digits.map(d -> d + ",5")),
                Tuple.of(1, long_));
    }

    private static Arbitrary<String> formulas() {
        return Arbitraries.of("1/0", "NA()", "A1", "SUM(A1:A3)", "\"tekst\"", "TRUE", "2^2000", "SQRT(-1)",
                "Skoler!B2", "TODAY()", "B2&C2");
    }

    private static Arbitrary<LocalDateTime> dates() {
        return Arbitraries.oneOf(
                DateTimes.dateTimes().between(LocalDateTime.of(1800, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59)),
                Dates.dates().between(LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 30)).map(LocalDate::atStartOfDay));
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
