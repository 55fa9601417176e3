package dk.ressourceplan.io.workbook;

/**
 * The text of one cell as the XML parser hands it over in pieces, turned into what a planner sees without ever
 * holding more than {@link WorkbookFile#LONGEST_TEXT} characters of it: the {@code _xHHHH_} escapes that Excel writes
 * for characters XML cannot hold are decoded (as POI's model does), the blanks at both ends are dropped (as
 * {@link SheetGrid} always did), and a text that comes out longer than the limit is kept as its beginning and a
 * mark, which the import reports as too long. So a stranger's 90 MB cell costs 2,000 characters.
 */
final class CellText {

    private static final int KEPT = WorkbookFile.LONGEST_TEXT;

    /** Up to seven characters that may still turn out to be an escape. */
    private final StringBuilder escape = new StringBuilder(7);
    private final StringBuilder kept = new StringBuilder();
    /** Blanks after the last other character: kept only once something follows them. */
    private int blanks;
    private final StringBuilder blankRun = new StringBuilder();
    private boolean tooLong;

    void append(char[] characters, int start, int length) {
        for (int i = start; i < start + length && !tooLong; i++) {
            escaped(characters[i]);
        }
    }

    /** The stripped text, or null if it is blank; a text over the limit ends in "…" past the limit. */
    String value() {
        flushEscape();
        if (tooLong) {
            return kept.substring(0, Math.min(kept.length(), KEPT)) + "…".repeat(KEPT + 1 - Math.min(kept.length(), KEPT));
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    private void escaped(char c) {
        escape.append(c);
        while (!escape.isEmpty() && !couldBeEscape()) {
            decoded(escape.charAt(0));
            escape.deleteCharAt(0);
        }
        if (escape.length() == 7) {
            decoded((char) Integer.parseInt(escape.substring(2, 6), 16));
            escape.setLength(0);
        }
    }

    /** Whether what is held so far begins {@code _xHHHH_}. */
    private boolean couldBeEscape() {
        for (int i = 0; i < escape.length(); i++) {
            char c = escape.charAt(i);
            boolean fits = switch (i) {
                case 0, 6 -> c == '_';
                case 1 -> c == 'x';
                default -> Character.digit(c, 16) >= 0 && c < 128;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private void flushEscape() {
        for (int i = 0; i < escape.length() && !tooLong; i++) {
            decoded(escape.charAt(i));
        }
        escape.setLength(0);
    }

    private void decoded(char c) {
        if (tooLong) {
            return;
        }
        if (Character.isWhitespace(c)) {
            if (!kept.isEmpty()) {
                blanks++;
                if (kept.length() + blankRun.length() < KEPT + 1) {
                    blankRun.append(c);
                }
            }
            return;
        }
        if (kept.length() + blanks + 1 > KEPT) {
            kept.append(blankRun);
            tooLong = true;
            return;
        }
        kept.append(blankRun).append(c);
        blankRun.setLength(0);
        blanks = 0;
    }
}
