package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fortnight as the page shows it, for the spreadsheet: a sheet per week (A and B), the weekdays across and the
 * times down, each cell the sessions that start at that time on that day ("Co-teaching 3.B (læsning) – Anne Holm",
 * a meeting once with everyone in it). A weekly session stands in both weeks; after a rerun a session that changes
 * stands with the dates it holds between.
 *
 * @param title   the sheet's name, "Skema uge A"
 * @param columns "Tid" and the weekdays
 * @param rows    per time band, its times and each day's sessions, one a line
 */
record TimetableGrid(String title, List<String> columns, List<List<String>> rows) {

    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.");

    /** Week A and week B, Monday to Friday, with a school's, a person's or the whole plan's sessions. */
    static List<TimetableGrid> weeks(PlanView view, ExportFilter filter) {
        List<PlanSession> sessions = filter.sessionsOf(view.plan());
        List<TimetableGrid> grids = new ArrayList<>();
        for (Week week : List.of(Week.A, Week.B)) {
            grids.add(week(view, week, sessions.stream().filter(s -> s.week().intersects(week)).toList()));
        }
        return grids;
    }

    private record Band(LocalTime start, LocalTime end) {
    }

    /** A session of the template with its seats: a meeting's seats are one entry. */
    private record Entry(String session, LocalDate from, LocalDate to) {
    }

    private static TimetableGrid week(PlanView view, Week week, List<PlanSession> sessions) {
        Map<Band, Map<DayOfWeek, Map<Entry, List<PlanSession>>>> cells = new TreeMap<>(
                Comparator.comparing(Band::start).thenComparing(Band::end));
        for (PlanSession s : sessions) {
            cells.computeIfAbsent(new Band(s.start(), s.end()), b -> new LinkedHashMap<>())
                    .computeIfAbsent(s.day(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(new Entry(CalendarSeries.templateId(s), s.from(), s.to()), e -> new ArrayList<>())
                    .add(s);
        }
        List<String> columns = new ArrayList<>(List.of("Tid"));
        DAYS.forEach(day -> columns.add(DanishLabels.weekday(day)));
        List<List<String>> rows = new ArrayList<>();
        cells.forEach((band, byDay) -> {
            List<String> row = new ArrayList<>(List.of(band.start() + "-" + band.end()));
            for (DayOfWeek day : DAYS) {
                row.add(byDay.getOrDefault(day, Map.of()).entrySet().stream()
                        .map(entry -> text(view, entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining("\n")));
            }
            rows.add(row);
        });
        return new TimetableGrid("Skema uge " + week.name(), columns, rows);
    }

    /** "Samarbejds- og indsatsmøde – Peter Søndergaard, udækket (fra 1.3.)". */
    private static String text(PlanView view, Entry entry, List<PlanSession> seats) {
        String people = seats.stream().sorted(Comparator.comparing(s -> s.seat() == null ? 0 : s.seat()))
                .map(s -> view.staffName(s.staffId())).collect(Collectors.joining(", "));
        String school = view.schoolName(seats.get(0).schoolId());
        String dates = entry.from() == null && entry.to() == null ? ""
                : " (" + (entry.from() == null ? "" : "fra " + DATE.format(entry.from()))
                        + (entry.from() != null && entry.to() != null ? " " : "")
                        + (entry.to() == null ? "" : "til " + DATE.format(entry.to())) + ")";
        return view.title(seats.get(0)) + " – " + people + (Objects.equals(school, "") ? "" : ", " + school) + dates;
    }
}
