package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A timetable as a CSV file with a header row, one lesson a line: {@code class;day;period}, or
 * {@code class;day;start;end} where the system writes times instead of period numbers, and optionally
 * {@code week} (A, B, empty for every week). The columns are found by their headers: the usual Danish and English
 * words are known (Klasse, Ugedag, Lektion, Start, Slut, Uge), and {@code columns} maps others
 * ({@code class=Hold,day=Dag}). Commas, semicolons and tabs all work as separators.
 */
final class CsvTimetable {

    /** The fields a row can have, with the headers known without a mapping. */
    static final Map<String, List<String>> KNOWN_HEADERS = knownHeaders();

    private CsvTimetable() {
    }

    private static Map<String, List<String>> knownHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("class", List.of("class", "klasse", "klassenavn", "klasse-id"));
        headers.put("day", List.of("day", "weekday", "dag", "ugedag"));
        headers.put("period", List.of("period", "lektion", "lektionsnummer", "time", "modul", "periode"));
        headers.put("start", List.of("start", "starttid", "fra", "from", "begin"));
        headers.put("end", List.of("end", "slut", "sluttid", "til", "to"));
        headers.put("week", List.of("week", "uge", "ugetype", "weektype"));
        return headers;
    }

    static List<RawLesson> read(TextFile file, Map<String, String> columns, List<TimetableError> errors) {
        int headerLine = firstNonBlank(file.lines());
        if (headerLine < 0) {
            errors.add(TimetableError.ofFile(file.name(), "the file is empty", "filen er tom"));
            return List.of();
        }
        char separator = DelimitedLine.separatorOf(file.lines());
        List<String> header = DelimitedLine.split(file.lines().get(headerLine), separator).orElse(List.of());
        Map<String, Integer> index = columnIndex(file, headerLine + 1, header, columns, errors);
        if (index == null) {
            return List.of();
        }
        List<RawLesson> lessons = new ArrayList<>();
        for (DelimitedLine.Fields fields : DelimitedLine.read(file, headerLine + 1, errors)) {
            int line = fields.line();
            List<String> values = fields.fields();
            Row row = new Row(file, line, header, values, index, errors);
            if (values.size() < index.values().stream().mapToInt(n -> n + 1).max().orElse(0)) {
                errors.add(TimetableError.at(file.name(), line, null, "has " + values.size()
                        + " field(s), the header " + header.size(), "har " + values.size()
                        + " felt(er), overskriften " + header.size()));
                continue;
            }
            String className = row.text("class");
            if (className.isEmpty()) {
                row.report("class", "the class is missing", "klassen mangler");
                continue;
            }
            Optional<DayOfWeek> day = FieldValues.day(row.text("day"));
            if (day.isEmpty()) {
                row.report("day", "\"" + row.text("day") + "\" is not a weekday (1-7, mandag, Monday, …)",
                        "\"" + row.text("day") + "\" er ikke en ugedag (1-7, mandag, man, …)");
            }
            Integer period = null;
            LocalTime start = null;
            LocalTime end = null;
            boolean good = day.isPresent();
            if (index.containsKey("period")) {
                Optional<Integer> number = FieldValues.whole(row.text("period"));
                if (number.isEmpty()) {
                    row.report("period", "\"" + row.text("period") + "\" is not a period number",
                            "\"" + row.text("period") + "\" er ikke et lektionsnummer");
                    good = false;
                }
                period = number.orElse(null);
            } else {
                start = row.time("start");
                end = row.time("end");
                if (start == null || end == null) {
                    good = false;
                } else if (!end.isAfter(start)) {
                    row.report("end", "the lesson ends (" + end + ") before it starts (" + start + ")",
                            "lektionen slutter (" + end + ") før den begynder (" + start + ")");
                    good = false;
                }
            }
            Week week = Week.AB;
            if (index.containsKey("week")) {
                Optional<Week> given = FieldValues.week(row.text("week"));
                if (given.isEmpty()) {
                    row.report("week", "\"" + row.text("week") + "\" is neither A, B nor empty (every week)",
                            "\"" + row.text("week") + "\" er hverken A, B eller tom (hver uge)");
                    good = false;
                }
                week = given.orElse(Week.AB);
            }
            if (good) {
                lessons.add(new RawLesson(file.name(), line, row.header("class"), className, row.header("day"),
                        day.get(), row.header(index.containsKey("period") ? "period" : "start"), period, start, end,
                        week));
            }
        }
        return lessons;
    }

    /** Where each field is; null (reported) when the header lacks what a lesson needs. */
    private static Map<String, Integer> columnIndex(TextFile file, int line, List<String> header,
            Map<String, String> columns, List<TimetableError> errors) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String field : KNOWN_HEADERS.keySet()) {
            List<String> names = columns.containsKey(field) ? List.of(columns.get(field)) : KNOWN_HEADERS.get(field);
            for (int i = 0; i < header.size(); i++) {
                if (names.stream().anyMatch(header.get(i).trim()::equalsIgnoreCase)) {
                    index.put(field, i);
                    break;
                }
            }
            if (columns.containsKey(field) && !index.containsKey(field)) {
                errors.add(TimetableError.at(file.name(), line, columns.get(field), "the header has no column \""
                                + columns.get(field) + "\" (given for " + field + ")",
                        "overskriften har ingen kolonne \"" + columns.get(field) + "\" (angivet for " + field + ")"));
                return null;
            }
        }
        for (String unknown : columns.keySet()) {
            if (!KNOWN_HEADERS.containsKey(unknown)) {
                errors.add(TimetableError.ofFile(file.name(), "--columns: \"" + unknown + "\" is none of "
                        + KNOWN_HEADERS.keySet(), "--columns: \"" + unknown + "\" er ikke en af "
                        + KNOWN_HEADERS.keySet()));
                return null;
            }
        }
        boolean times = index.containsKey("start") && index.containsKey("end");
        if (!index.containsKey("class") || !index.containsKey("day") || !(index.containsKey("period") || times)) {
            errors.add(TimetableError.at(file.name(), line, null, "the header row must name the columns class, day "
                            + "and period (or start and end); found: " + String.join(", ", header)
                            + ". Name other headers with --columns, e.g. class=Hold,day=Dag,period=Modul",
                    "overskriftsrækken skal have kolonnerne klasse, ugedag og lektion (eller start og slut); fundet: "
                            + String.join(", ", header)
                            + ". Andre overskrifter angives med --columns, fx class=Hold,day=Dag,period=Modul"));
            return null;
        }
        return index;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** One line's fields by what they are, reporting by the file's own header. */
    private record Row(TextFile file, int line, List<String> header, List<String> fields, Map<String, Integer> index,
            List<TimetableError> errors) {

        String text(String field) {
            Integer at = index.get(field);
            return at == null || at >= fields.size() ? "" : fields.get(at);
        }

        String header(String field) {
            return header.get(index.get(field)).trim();
        }

        LocalTime time(String field) {
            Optional<LocalTime> time = FieldValues.time(text(field));
            if (time.isEmpty()) {
                report(field, "\"" + text(field) + "\" is not a time (HH:MM)",
                        "\"" + text(field) + "\" er ikke et klokkeslæt (TT:MM)");
            }
            return time.orElse(null);
        }

        void report(String field, String message, String messageDa) {
            errors.add(TimetableError.at(file.name(), line, header(field), message, messageDa));
        }
    }
}
