package dk.ressourceplan.io.workbook;

import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook's shared texts (the part {@code sharedStrings.xml}, where a spreadsheet program keeps each text
 * once for all the cells that show it) as they stream past, keeping only those that a cell the import reads refers
 * to. So a table of a million texts costs only the texts in use, each at most {@link WorkbookFile#LONGEST_TEXT}
 * characters ({@link CellText}). A text's phonetic reading (Japanese {@code rPh}) is not part of it, as in Excel.
 */
final class SharedTextsReader extends DefaultHandler {

    /** The indices wanted, ascending and without repeats. */
    private final int[] wanted;
    private final String[] texts;
    private int index = -1;
    private int next;
    private boolean inItem;
    private boolean inText;
    private int phonetic;
    private CellText text;

    SharedTextsReader(int[] indices) {
        this.wanted = Arrays.stream(indices).sorted().distinct().toArray();
        this.texts = new String[wanted.length];
    }

    /** How many shared texts the part holds. */
    int count() {
        return index + 1;
    }

    /** The text of {@code index}, null if it is blank or not one that was wanted. */
    String text(int at) {
        int found = Arrays.binarySearch(wanted, at);
        return found < 0 ? null : texts[found];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SheetReader.name(localName, qName)) {
            case "si" -> {
                index++;
                while (next < wanted.length && wanted[next] < index) {
                    next++;
                }
                inItem = next < wanted.length && wanted[next] == index;
                text = inItem ? new CellText() : null;
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SheetReader.name(localName, qName)) {
            case "si" -> {
                if (inItem) {
                    texts[next] = text.value();
                }
                inItem = false;
                text = null;
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] characters, int start, int length) {
        if (inText) {
            text.append(characters, start, length);
        }
    }
}
