package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.LessonPeriod;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A school's lesson grid as a file, since the GPU files hold period numbers only: one line per period,
 * {@code period;start;end} ("1;08:00;08:45"), as Untis lists its period times (Zeitraster) and as any spreadsheet
 * writes them. A first line that does not begin with a number is a header.
 */
final class LessonGridFile {

    static final String PERIOD = "Lektion (felt 1)";
    static final String START = "Start (felt 2)";
    static final String END = "Slut (felt 3)";

    private LessonGridFile() {
    }

    static List<LessonPeriod> read(TextFile file, List<TimetableError> errors) {
        char separator = DelimitedLine.separatorOf(file.lines());
        List<LessonPeriod> grid = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        boolean first = true;
        for (int i = 0; i < file.lines().size(); i++) {
            int line = i + 1;
            String text = file.lines().get(i);
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = DelimitedLine.split(text, separator).orElse(List.of(text));
            boolean header = first && (fields.isEmpty() || FieldValues.whole(fields.get(0)).isEmpty());
            first = false;
            if (header) {
                continue;
            }
            if (fields.size() < 3) {
                errors.add(TimetableError.at(file.name(), line, null, "a period needs three fields: period;start;end",
                        "en lektion skal have tre felter: lektion;start;slut"));
                continue;
            }
            Optional<Integer> period = FieldValues.whole(fields.get(0));
            Optional<LocalTime> start = FieldValues.time(fields.get(1));
            Optional<LocalTime> end = FieldValues.time(fields.get(2));
            if (period.isEmpty()) {
                errors.add(TimetableError.at(file.name(), line, PERIOD, "\"" + fields.get(0)
                        + "\" is not a period number", "\"" + fields.get(0) + "\" er ikke et lektionsnummer"));
            }
            if (start.isEmpty()) {
                errors.add(TimetableError.at(file.name(), line, START, "\"" + fields.get(1) + "\" is not a time (HH:MM)",
                        "\"" + fields.get(1) + "\" er ikke et klokkeslæt (TT:MM)"));
            }
            if (end.isEmpty()) {
                errors.add(TimetableError.at(file.name(), line, END, "\"" + fields.get(2) + "\" is not a time (HH:MM)",
                        "\"" + fields.get(2) + "\" er ikke et klokkeslæt (TT:MM)"));
            }
            if (period.isEmpty() || start.isEmpty() || end.isEmpty()) {
                continue;
            }
            if (!end.get().isAfter(start.get())) {
                errors.add(TimetableError.at(file.name(), line, END, "the period ends before it starts",
                        "lektionen slutter, før den begynder"));
            } else if (!seen.add(period.get())) {
                errors.add(TimetableError.at(file.name(), line, PERIOD, "period " + period.get() + " is given twice",
                        period.get() + ". lektion er angivet to gange"));
            } else {
                grid.add(new LessonPeriod(period.get(), start.get(), end.get()));
            }
        }
        return grid;
    }
}
