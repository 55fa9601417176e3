package dk.ressourceplan.io.workbook;

import java.math.BigDecimal;

/** What a non-empty cell holds, as the spreadsheet stored it; formulas count by their last calculated value. */
sealed interface CellValue {

    /** The value as a planner would quote it in a message. */
    String shown();

    record Text(String text) implements CellValue {
        @Override
        public String shown() {
            return text;
        }
    }

    record Number(double value) implements CellValue {
        /** Without a trailing ".0", and without the rounding noise of binary fractions. */
        @Override
        public String shown() {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * A number cell whose value is no finite number: "NaN", 400 digits, or text no program writes there. Excel never
     * saves one, but another program or a hand-edited file can, and a planner needs the cell named, not a failure.
     */
    record BadNumber(String spelled) implements CellValue {
        private static final int SHOWN_LENGTH = 20;

        @Override
        public String shown() {
            return spelled.length() <= SHOWN_LENGTH ? spelled : spelled.substring(0, SHOWN_LENGTH) + "…";
        }
    }

    /** An error value such as #REF! or #DIV/0!. */
    record Failed(String code) implements CellValue {
        @Override
        public String shown() {
            return code;
        }
    }
}
