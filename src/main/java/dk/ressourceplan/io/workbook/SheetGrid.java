package dk.ressourceplan.io.workbook;

import java.util.Arrays;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The non-empty cells of one sheet, by row and column (both from 0), as plain values. Only the first
 * {@link #MAX_COLUMNS} columns are kept: no table of the workbook is wider, and the planner's own notes further right
 * are not ours to read. A sheet is built as its XML streams past ({@link SheetReader}); a cell that refers to the
 * workbook's shared texts gets its text once they have been read ({@link Builder#resolve}).
 */
final class SheetGrid {

    static final int MAX_COLUMNS = 40;

    private final String name;
    private final NavigableMap<Integer, CellValue[]> rows;

    private SheetGrid(String name, NavigableMap<Integer, CellValue[]> rows) {
        this.name = name;
        this.rows = rows;
    }

    static SheetGrid empty(String name) {
        return new SheetGrid(name, Collections.emptyNavigableMap());
    }

    String name() {
        return name;
    }

    CellValue cell(int row, int column) {
        CellValue[] cells = rows.get(row);
        return cells == null || column < 0 || column >= cells.length ? null : cells[column];
    }

    /** The numbers of the rows below the header row that have something in them. */
    Iterable<Integer> rowsBelowHeader() {
        return Collections.unmodifiableSet(rows.tailMap(0, false).keySet());
    }

    /** A sheet as it is read: cells with their values, and cells that wait for a shared text. */
    static final class Builder {

        private final String name;
        private final NavigableMap<Integer, CellValue[]> rows = new TreeMap<>();
        /** Row, column and shared-text index of each cell waiting for its text, three ints a cell. */
        private int[] shared = new int[48];
        private int sharedLength;

        Builder(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        void put(int row, int column, CellValue value) {
            CellValue[] cells = rows.get(row);
            if (cells == null) {
                cells = new CellValue[column + 1];
                rows.put(row, cells);
            } else if (cells.length <= column) {
                cells = Arrays.copyOf(cells, column + 1);
                rows.put(row, cells);
            }
            cells[column] = value;
        }

        void shared(int row, int column, int index) {
            if (sharedLength + 3 > shared.length) {
                shared = Arrays.copyOf(shared, shared.length * 2);
            }
            shared[sharedLength++] = row;
            shared[sharedLength++] = column;
            shared[sharedLength++] = index;
        }

        /** Every shared-text index a cell of this sheet refers to, in no order and with repeats. */
        int[] sharedIndices() {
            int[] indices = new int[sharedLength / 3];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = shared[3 * i + 2];
            }
            return indices;
        }

        /** Gives the waiting cells their texts; {@code text} answers null for a blank text. */
        void resolve(IntFunction<String> text) {
            for (int i = 0; i < sharedLength; i += 3) {
                String value = text.apply(shared[i + 2]);
                if (value != null) {
                    put(shared[i], shared[i + 1], new CellValue.Text(value));
                }
            }
            shared = new int[0];
            sharedLength = 0;
        }

        SheetGrid build() {
            rows.values().removeIf(cells -> Arrays.stream(cells).allMatch(cell -> cell == null));
            return new SheetGrid(name, rows);
        }
    }
}
