package dk.ressourceplan.io.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A cell's text as it arrives in pieces: decoded and stripped as POI's model gave it, and never kept past the limit. */
class CellTextTest {

    /** The text handed over in pieces of {@code piece} characters, as a parser may split it anywhere. */
    private static String read(String xml, int piece) {
        CellText text = new CellText();
        char[] characters = xml.toCharArray();
        for (int start = 0; start < characters.length; start += piece) {
            text.append(characters, start, Math.min(piece, characters.length - start));
        }
        return text.value();
    }

    @Test
    void escapesAreDecodedWhereverThePiecesBreak() {
        for (int piece = 1; piece <= 8; piece++) {
            assertEquals("a\rb_x00", read("a_x000D_b_x00", piece));
            assertEquals("_x0041_", read("_x005F_x0041_", piece), "an escaped underscore, as Excel writes '_x0041_'");
            assertEquals("_A", read("__x0041_", piece));
            assertEquals("_xZZZZ_", read("_xZZZZ_", piece));
        }
    }

    @Test
    void blanksAtBothEndsAreDroppedAndABlankTextIsNone() {
        assertEquals("Engskolen  nord", read(" \t Engskolen  nord\n ", 3));
        assertEquals("x", read("_x0020_x_x0009_", 2));
        assertNull(read("   ", 1));
        assertNull(read("", 1));
        assertEquals("\u0000", read("\u0000", 1), "a control character is no blank, as String.strip says");
    }

    @Test
    void aTextOverTheLimitStaysOverItWithoutBeingKept() {
        int limit = WorkbookFile.LONGEST_TEXT;
        String longest = "x".repeat(limit);
        assertEquals(longest, read(" ".repeat(5_000) + longest + " ".repeat(5_000), 1000));
        assertEquals(limit + 1, read(longest + "y", 7).length());
        assertEquals(limit + 1, read("x".repeat(1_000_000), 8192).length());
        String blanksInside = read("x" + " ".repeat(5_000) + "y", 100);
        assertEquals(limit + 1, blanksInside.length());
        assertTrue(blanksInside.startsWith("x "), blanksInside);
    }
}
