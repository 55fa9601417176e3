package dk.ressourceplan.io.timetable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a delimited text export: fields split at the separator, text in double quotes ("" inside quotes is a
 * quote). Read a line at a time rather than with a CSV library's record reader, so that a malformed line costs only
 * itself and every problem in a file can be told with its line number at once; timetable exports never continue a
 * field over a line break.
 */
final class DelimitedLine {

    private DelimitedLine() {
    }

    /** A line's number as an editor counts it (from 1), and its fields. */
    record Fields(int line, List<String> fields) {
    }

    /**
     * The file's lines that hold anything, from {@code first} (0-based) on, split at the file's separator; a line
     * with a quote left open is reported and left out.
     */
    static List<Fields> read(TextFile file, int first, List<TimetableError> errors) {
        char separator = separatorOf(file.lines());
        List<Fields> read = new ArrayList<>();
        for (int i = first; i < file.lines().size(); i++) {
            String text = file.lines().get(i);
            if (text.isBlank()) {
                continue;
            }
            Optional<List<String>> fields = split(text, separator);
            if (fields.isEmpty()) {
                errors.add(TimetableError.at(file.name(), i + 1, null, "a quote is not closed",
                        "et anførselstegn lukkes ikke"));
            } else {
                read.add(new Fields(i + 1, fields.get()));
            }
        }
        return read;
    }

    /** The fields of the line, trimmed; empty when a quote is left open. */
    static Optional<List<String>> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString().trim());
        return Optional.of(fields);
    }

    /**
     * The separator the file uses: Untis writes commas, Danish spreadsheets semicolons, some programs tabs. The one
     * that occurs most often outside quotes in the first line that has any.
     */
    static char separatorOf(List<String> lines) {
        for (String line : lines) {
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == '\t') {
                    tabs++;
                }
            }
            if (commas + semicolons + tabs > 0) {
                return semicolons >= commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
            }
        }
        return ',';
    }
}
