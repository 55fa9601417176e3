package dk.ressourceplan.io.workbook;

import org.apache.poi.ss.usermodel.FormulaError;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams past and keeps what {@link SheetGrid} holds, and nothing else: no model of
 * the sheet, its styles or its formulas. Each cell is read as POI's model read it (a formula by its last calculated
 * value, a number cell whose number cannot be read as {@link CellValue.BadNumber}, a cell with an error value as
 * {@link CellValue.Failed}, texts decoded and stripped by {@link CellText}).
 *
 * <p>The work a sheet may cause is bounded as it is read: more than {@link WorkbookFile#MAX_ROWS} rows, or more filled
 * cells than the {@link CellBudget} left for the workbook, and reading stops with the refusal naming the sheet.
 */
final class SheetReader extends DefaultHandler {

    /** Excel's own limits: a row number and a column beyond them is no sheet of Excel's. */
    private static final int EXCEL_ROWS = 1_048_576;
    private static final int EXCEL_COLUMNS = 16_384;
    /**
     * A number, a shared-text index or an error code longer than this is no number Excel writes, and is kept only
     * this far (a number of 400 digits can still be a finite double, and is read as one).
     */
    private static final int LONGEST_VALUE = 4096;

    /** The remaining filled cells a workbook may have, shared by its sheets. */
    static final class CellBudget {
        private long left;

        CellBudget(long cells) {
            this.left = cells;
        }
    }

    private final SheetGrid.Builder grid;
    private final CellBudget budget;
    private int rowCount;
    private int row = -1;
    private int column = -1;
    private boolean inCell;
    private String type;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private int phonetic;
    private final StringBuilder value = new StringBuilder();
    private CellText text;

    SheetReader(SheetGrid.Builder grid, CellBudget budget) {
        this.grid = grid;
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> row(attributes.getValue("r"));
            case "c" -> cell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> formula = inCell;
            case "v" -> {
                inValue = inCell;
                hasValue |= inCell;
            }
            case "is" -> inInline = inCell;
            case "rPh" -> phonetic++;
            case "t" -> inText = inInline && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] characters, int start, int length) {
        if (inValue) {
            if (isText()) {
                text.append(characters, start, length);
            } else {
                value.append(characters, start, Math.min(length, Math.max(0, LONGEST_VALUE + 1 - value.length())));
            }
        } else if (inText) {
            text.append(characters, start, length);
        }
    }

    private void row(String reference) throws SAXException {
        if (++rowCount > WorkbookFile.MAX_ROWS) {
            throw new WorkbookException(new WorkbookError(grid.name(), null, null, null,
                    "the sheet has more than " + WorkbookFile.MAX_ROWS + " rows; no term needs that many",
                    "arket har flere end " + WorkbookFile.MAX_ROWS + " rækker; ingen planperiode har brug for så mange"));
        }
        row = reference == null ? row + 1 : number(reference, "row") - 1;
        if (row < 0 || row >= EXCEL_ROWS) {
            throw new SAXException("a row has the number " + shortened(reference) + ", which no sheet has");
        }
        column = -1;
    }

    private void cell(String reference, String cellType) throws SAXException {
        inCell = true;
        column = reference == null ? column + 1 : column(reference);
        type = cellType == null ? "n" : cellType;
        if (!isText() && !type.equals("n") && !type.equals("s") && !type.equals("b") && !type.equals("e")) {
            throw new SAXException("a cell has the unknown type '" + shortened(type) + "'");
        }
        formula = false;
        hasValue = false;
        value.setLength(0);
        text = isText() ? new CellText() : null;
    }

    private boolean isText() {
        return type.equals("str") || type.equals("inlineStr") || type.equals("d");
    }

    private void endCell() throws SAXException {
        inCell = false;
        inValue = false;
        inInline = false;
        inText = false;
        if (type.equals("s")) {
            if (!hasValue) {
                return;
            }
            int index = sharedIndex();
            spend();
            if (column < SheetGrid.MAX_COLUMNS) {
                grid.shared(row, column, index);
            }
            return;
        }
        CellValue cell = switch (type) {
            case "n" -> number();
            case "b" -> new CellValue.Text(String.valueOf("1".equals(value.toString())));
            case "e" -> new CellValue.Failed(errorCode(value.toString()));
            default -> {
                String shown = text.value();
                yield shown == null ? null : new CellValue.Text(shown);
            }
        };
        text = null;
        if (cell == null || type.equals("e") && !hasValue) {
            return;
        }
        spend();
        if (column < SheetGrid.MAX_COLUMNS) {
            grid.put(row, column, cell);
        }
    }

    /** A number cell without a value is blank, unless it holds a formula, whose missing result counts as 0. */
    private CellValue number() {
        if (!hasValue) {
            return formula ? new CellValue.Number(0) : null;
        }
        String spelled = value.toString();
        if (spelled.isEmpty()) {
            return new CellValue.Number(0);
        }
        if (spelled.length() <= LONGEST_VALUE) {
            try {
                double number = Double.parseDouble(spelled);
                if (Double.isFinite(number)) {
                    return new CellValue.Number(number);
                }
            } catch (NumberFormatException e) {
                // named below with its spelling
            }
        }
        return new CellValue.BadNumber(spelled);
    }

    private int sharedIndex() throws SAXException {
        String spelled = value.toString().strip();
        try {
            int index = Integer.parseInt(spelled);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SAXException("a cell refers to the shared text '" + shortened(spelled) + "', which is no number of one");
    }

    private void spend() {
        if (--budget.left < 0) {
            throw new WorkbookException(new WorkbookError(grid.name(), null, null, null,
                    "the sheets the import reads have more than " + WorkbookFile.MAX_CELLS
                            + " filled cells in all; no term needs that many",
                    "arkene, der indlæses, har tilsammen flere end " + WorkbookFile.MAX_CELLS
                            + " udfyldte celler; ingen planperiode har brug for så mange"));
        }
    }

    private static String errorCode(String spelled) {
        try {
            return FormulaError.forString(spelled.strip()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** The column of a reference such as "AB12", from 0. */
    private static int column(String reference) throws SAXException {
        int column = 0;
        int letters = 0;
        for (; letters < reference.length() && Character.isLetter(reference.charAt(letters)); letters++) {
            char letter = Character.toUpperCase(reference.charAt(letters));
            if (letter < 'A' || letter > 'Z' || column > EXCEL_COLUMNS) {
                throw new SAXException("a cell has the reference '" + shortened(reference) + "', which no cell has");
            }
            column = column * 26 + letter - 'A' + 1;
        }
        if (letters == 0 || column > EXCEL_COLUMNS) {
            throw new SAXException("a cell has the reference '" + shortened(reference) + "', which no cell has");
        }
        return column - 1;
    }

    private static int number(String spelled, String what) throws SAXException {
        try {
            return Integer.parseInt(spelled.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("a " + what + " has the number '" + shortened(spelled) + "', which is no number");
        }
    }

    static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** The element's name without its namespace prefix, whether or not the parser is namespace-aware. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
