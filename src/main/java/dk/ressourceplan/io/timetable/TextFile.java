package dk.ressourceplan.io.timetable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An uploaded text file decoded: Untis writes Windows-1252 unless told otherwise, spreadsheets and newer systems
 * UTF-8, and Untis's "Unicode" choice UTF-16 with a byte-order mark. A file that decodes as strict UTF-8 is UTF-8
 * (Windows-1252 text with an æ, ø or å almost never does); otherwise it is Windows-1252, which decodes any byte.
 *
 * @param name    the file's name as the planner knows it, for error messages
 * @param charset the encoding found
 * @param lines   the lines without their line breaks; line n of an editor is {@code lines.get(n - 1)}
 */
public record TextFile(String name, Charset charset, List<String> lines) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextFile decode(String name, byte[] bytes) {
        Charset charset;
        String text;
        if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            text = new String(bytes, 2, bytes.length - 2, charset);
        } else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            text = new String(bytes, 2, bytes.length - 2, charset);
        } else if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, charset);
        } else {
            String utf8 = strictUtf8(bytes);
            charset = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
            text = utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
        }
        return new TextFile(name, charset, List.of(text.split("\r\n|\r|\n", -1)));
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
