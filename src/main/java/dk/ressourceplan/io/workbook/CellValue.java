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

    /** An error value such as #REF! or #DIV/0!. */
    record Failed(String code) implements CellValue {
        @Override
        public String shown() {
            return code;
        }
    }
}
