package dk.ressourceplan.io.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFileTest {

    @Test
    void windows1252AndUtf8AreToldApartByTheBytes() {
        String text = "1,\"4ø\",\"SØR\",\"HÅN\",\"Lokale Æ\",1,1\r\n2,\"5æ\",\"ÅSE\",\"MUS\",\"\",2,3\r\n";

        TextFile ansi = TextFile.decode("GPU001.TXT", text.getBytes(UntisExports.WINDOWS_1252));
        TextFile utf8 = TextFile.decode("GPU001.TXT", text.getBytes(StandardCharsets.UTF_8));

        assertEquals("windows-1252", ansi.charset().name());
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(ansi.lines(), utf8.lines());
        assertEquals("1,\"4ø\",\"SØR\",\"HÅN\",\"Lokale Æ\",1,1", ansi.lines().get(0));
    }

    @Test
    void aByteOrderMarkIsReadAndDropped() {
        byte[] utf16 = "\uFEFF3.B;mandag;1\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf8 = "\uFEFF3.B;mandag;1\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("3.B;mandag;1", ""), TextFile.decode("a.csv", utf16).lines());
        assertEquals(List.of("3.B;mandag;1", ""), TextFile.decode("a.csv", utf8).lines());
    }

    @Test
    void classNamesAreMatchedAsSchoolsWriteThemAndNeverGuessed() {
        assertEquals(ClassNames.key("3.B"), ClassNames.key("3b"));
        assertEquals(ClassNames.key("3.B"), ClassNames.key("3 B"));
        assertEquals(ClassNames.key("4.Ø"), ClassNames.key("4ø"));
        assertEquals(false, ClassNames.key("3.B").equals(ClassNames.key("3.C")));
        assertEquals(false, ClassNames.key("3B").equals(ClassNames.key("03B")));
    }
}
