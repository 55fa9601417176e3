package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.LessonPeriod;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.io.Json;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A school's class timetables brought into a term from the school's timetabling system: Untis's {@code GPU001.TXT}
 * (with {@code GPU002.TXT} for the week types of an A/B-week model) or a CSV of one lesson a line, and optionally
 * the school's lesson grid. Each class named in the file gets exactly the lessons the file gives it; classes the
 * file does not name keep theirs.
 * <p>
 * Every problem is found before anything is changed and reported at once, by file, line and field: a line that
 * cannot be read, a class the school does not have (never guessed: "3.B", "3b" and "3 B" are one class, "3.C" is
 * another), a period outside the lesson grid, a day the school has no school day. The term that results is then
 * checked as a submitted one is. With any problem the caller gets {@link TimetableException} and keeps its term.
 * <p>
 * The plan's co-teaching lessons come every week, so they can lie only where the class has a lesson in week A and
 * in week B: a period with a lesson in both weeks (whatever the subjects) is a lesson of the class; one taught in
 * week A or week B only is counted in the result ({@link ClassTimetable#oneWeekOnly()}) and left out.
 */
public final class TimetableImport {

    /** Where the lessons come from. */
    public enum Format {
        UNTIS, CSV;

        public static Format parse(String text) {
            return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
                case "untis", "gpu", "gpu001" -> UNTIS;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("the format is untis or csv, not \"" + text + "\"");
            };
        }
    }

    /** An uploaded file: the name the planner knows it by, and its bytes as they are. */
    public record Upload(String name, byte[] bytes) {
    }

    /**
     * What to import.
     *
     * @param lessons GPU002 for Untis, or null; never with CSV
     * @param grid    the school's lesson grid ({@code period;start;end}), or null to keep the term's
     * @param columns for CSV: field ({@code class}, {@code day}, {@code period}, {@code start}, {@code end},
     *                {@code week}) to the header the file uses for it, where it is not one of the usual ones
     */
    public record Request(String schoolId, Format format, Upload timetable, Upload lessons, Upload grid,
            Map<String, String> columns) {

        public Request {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /** A class whose lessons the file set: how many it now has, and how many the file gave in one week only. */
    public record ClassTimetable(String classId, String name, int lessons, int oneWeekOnly) {
    }

    /**
     * @param term           the term with the school's classes' lessons (and grid, if one was given) set
     * @param classes        the classes the file set, in the term's order
     * @param classesNotInFile the school's classes the file does not name, whose lessons are kept
     * @param encodings      each file's name and the encoding it was read in
     * @param lessonGrid     the school's lesson grid now, and whether the import set it
     */
    public record Result(PlanDocument term, List<ClassTimetable> classes, List<String> classesNotInFile,
            Map<String, String> encodings, List<LessonPeriod> lessonGrid, boolean gridSet) {
    }

    private TimetableImport() {
    }

    /**
     * The term with the school's timetables from the file(s).
     *
     * @throws TimetableException with every problem found; the term given is never changed
     */
    public static Result apply(PlanDocument term, Request request) {
        List<TimetableError> errors = new ArrayList<>();
        School school = term.schools().stream().filter(s -> s.id().equals(request.schoolId())).findFirst()
                .orElseThrow(() -> new TimetableException(List.of(new TimetableError(null, null, null,
                        "the term has no school with id \"" + request.schoolId() + "\"",
                        "terminen har ingen skole med id \"" + request.schoolId() + "\""))));
        Map<String, String> encodings = new LinkedHashMap<>();
        TextFile timetable = decode(request.timetable(), encodings);
        TextFile lessonsFile = decode(request.lessons(), encodings);
        TextFile gridFile = decode(request.grid(), encodings);
        if (lessonsFile != null && request.format() == Format.CSV) {
            throw new TimetableException(List.of(TimetableError.ofFile(lessonsFile.name(),
                    "a lesson file (GPU002) goes with an Untis timetable, not a CSV",
                    "en fil med undervisning (GPU002) hører til et skema fra Untis, ikke til en CSV-fil")));
        }
        List<LessonPeriod> givenGrid = gridFile == null ? null : LessonGridFile.read(gridFile, errors);
        List<RawLesson> raw = request.format() == Format.UNTIS
                ? UntisFiles.read(timetable, lessonsFile, term.term(), errors)
                : CsvTimetable.read(timetable, request.columns(), errors);
        List<LessonPeriod> grid = givenGrid != null ? givenGrid : school.lessonGrid();
        boolean gridSet = givenGrid != null;
        if (grid.isEmpty() && raw.stream().allMatch(lesson -> lesson.period() == null) && !raw.isEmpty()) {
            grid = gridFromTimes(raw);
            gridSet = true;
        }
        if (grid.isEmpty() && !raw.isEmpty()) {
            errors.add(TimetableError.ofFile(timetable.name(), "the school has no lesson grid to place the periods "
                            + "in; give one with the grid file (period;start;end)",
                    "skolen har ingen lektionsplan at lægge lektionerne i; angiv den med en lektionsplan-fil "
                            + "(lektion;start;slut)"));
        }
        Map<SchoolClass, Map<Slot, Set<Week>>> byClass = match(school, term, raw, grid, errors);
        if (!errors.isEmpty()) {
            throw new TimetableException(errors);
        }
        List<ClassTimetable> set = new ArrayList<>();
        Map<String, List<ClassLesson>> newLessons = new LinkedHashMap<>();
        for (SchoolClass schoolClass : term.classes()) {
            Map<Slot, Set<Week>> slots = byClass.get(schoolClass);
            if (slots == null) {
                continue;
            }
            List<ClassLesson> lessons = new ArrayList<>();
            int oneWeekOnly = 0;
            for (Map.Entry<Slot, Set<Week>> slot : slots.entrySet()) {
                Set<Week> weeks = slot.getValue();
                if (weeks.contains(Week.AB) || weeks.containsAll(List.of(Week.A, Week.B))) {
                    lessons.add(new ClassLesson(slot.getKey().day(), slot.getKey().period()));
                } else {
                    oneWeekOnly++;
                }
            }
            newLessons.put(schoolClass.id(), lessons);
            set.add(new ClassTimetable(schoolClass.id(), schoolClass.name(), lessons.size(), oneWeekOnly));
        }
        PlanDocument changed = changed(term, school, gridSet ? grid : null, newLessons);
        List<ValidationError> invalid = InputValidator.validate(Json.mapper().valueToTree(changed.problem()));
        if (!invalid.isEmpty()) {
            throw new TimetableException(invalid.stream().map(e -> new TimetableError(null, null, null,
                    "with these timetables, the term's " + e.path() + ": " + e.message(),
                    "med disse skemaer er terminens " + e.path() + " forkert: " + e.messageDa())).toList());
        }
        List<String> notInFile = term.classes().stream()
                .filter(c -> c.schoolId().equals(school.id()) && !newLessons.containsKey(c.id()))
                .map(SchoolClass::name).toList();
        return new Result(changed, set, notInFile, encodings, grid, gridSet);
    }

    private record Slot(DayOfWeek day, int period) {
    }

    /** Each lesson's class, period and day checked; problems by line, an unknown class once with all its lines. */
    private static Map<SchoolClass, Map<Slot, Set<Week>>> match(School school, PlanDocument term, List<RawLesson> raw,
            List<LessonPeriod> grid, List<TimetableError> errors) {
        ClassNames names = new ClassNames(term.classes().stream().filter(c -> c.schoolId().equals(school.id())).toList());
        Map<SchoolClass, Map<Slot, Set<Week>>> byClass = new LinkedHashMap<>();
        Map<String, List<RawLesson>> unknown = new LinkedHashMap<>();
        String periods = grid.stream().map(p -> String.valueOf(p.period())).collect(Collectors.joining(", "));
        for (RawLesson lesson : raw) {
            Optional<SchoolClass> schoolClass = names.find(lesson.className());
            if (schoolClass.isEmpty()) {
                unknown.computeIfAbsent(ClassNames.key(lesson.className()), k -> new ArrayList<>()).add(lesson);
            }
            Integer period = lesson.period();
            if (period != null && !grid.isEmpty() && grid.stream().noneMatch(p -> p.period() == lesson.period())) {
                errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.periodField(), "period " + period
                                + " is not in " + school.name() + "'s lesson grid (periods " + periods + ")",
                        period + ". lektion findes ikke i " + school.name() + "s lektionsplan (lektion " + periods + ")"));
                period = null;
            } else if (period == null && lesson.start() != null) {
                period = grid.stream().filter(p -> p.start().equals(lesson.start()) && p.end().equals(lesson.end()))
                        .map(LessonPeriod::period).findFirst().orElse(null);
                if (period == null && !grid.isEmpty()) {
                    errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.periodField(), "no period of "
                                    + school.name() + "'s lesson grid runs " + lesson.start() + "-" + lesson.end(),
                            "ingen lektion i " + school.name() + "s lektionsplan går fra " + lesson.start() + " til "
                                    + lesson.end()));
                }
            }
            boolean schoolDay = school.schoolDay().isEmpty() ? lesson.day().getValue() <= 5
                    : school.dayOn(lesson.day()).isPresent();
            if (!schoolDay) {
                errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.dayField(), school.name()
                                + " has no school day on " + lesson.day().getDisplayName(java.time.format.TextStyle.FULL,
                                Locale.ENGLISH),
                        school.name() + " har ikke skoledag om " + FieldValues.danish(lesson.day()) + "en"));
                continue;
            }
            if (schoolClass.isPresent() && period != null) {
                byClass.computeIfAbsent(schoolClass.get(), c -> new TreeMap<>(Comparator.comparing(Slot::day)
                                .thenComparing(Slot::period)))
                        .computeIfAbsent(new Slot(lesson.day(), period), s -> EnumSet.noneOf(Week.class))
                        .add(lesson.week());
            }
        }
        unknown.values().forEach(lessons -> errors.add(unknownClass(school, names, lessons)));
        errors.sort(Comparator.comparing((TimetableError e) -> e.file() == null ? "" : e.file())
                .thenComparing(e -> e.line() == null ? 0 : e.line()));
        return byClass;
    }

    private static TimetableError unknownClass(School school, ClassNames names, List<RawLesson> lessons) {
        RawLesson first = lessons.get(0);
        String others = lessons.size() == 1 ? "" : lessons.stream().skip(1).limit(10)
                .map(l -> String.valueOf(l.line())).collect(Collectors.joining(", "))
                + (lessons.size() > 11 ? ", …" : "");
        List<SchoolClass> ambiguous = names.ambiguous(first.className());
        if (!ambiguous.isEmpty()) {
            String ids = ambiguous.stream().map(SchoolClass::id).collect(Collectors.joining(", "));
            return TimetableError.at(first.file(), first.line(), first.classField(), "\"" + first.className()
                            + "\" could be any of the classes " + ids + (others.isEmpty() ? "" : "; also lines " + others),
                    "\"" + first.className() + "\" kan være flere klasser: " + ids
                            + (others.isEmpty() ? "" : "; også linje " + others));
        }
        return TimetableError.at(first.file(), first.line(), first.classField(), "the class \"" + first.className()
                        + "\" is not one of " + school.name() + "'s classes in the term"
                        + (others.isEmpty() ? "" : "; also lines " + others),
                "klassen \"" + first.className() + "\" findes ikke på " + school.name() + " i terminen"
                        + (others.isEmpty() ? "" : "; også linje " + others));
    }

    /** A grid made of the times a CSV gives, for a school that has none: periods numbered by start time. */
    private static List<LessonPeriod> gridFromTimes(List<RawLesson> raw) {
        record Times(LocalTime start, LocalTime end) {
        }
        List<Times> times = raw.stream().map(l -> new Times(l.start(), l.end())).distinct()
                .sorted(Comparator.comparing(Times::start).thenComparing(Times::end)).toList();
        List<LessonPeriod> grid = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            grid.add(new LessonPeriod(i + 1, times.get(i).start(), times.get(i).end()));
        }
        return grid;
    }

    private static PlanDocument changed(PlanDocument term, School school, List<LessonPeriod> grid,
            Map<String, List<ClassLesson>> lessons) {
        List<School> schools = term.schools().stream()
                .map(s -> grid == null || !s.id().equals(school.id()) ? s : new School(s.id(), s.name(), s.address(),
                        s.lat(), s.lon(), s.pupils(), s.schoolDay(), s.meetingWindows(), grid))
                .toList();
        List<SchoolClass> classes = term.classes().stream()
                .map(c -> !lessons.containsKey(c.id()) ? c : new SchoolClass(c.id(), c.schoolId(), c.name(), c.grade(),
                        c.pupils(), c.needLevel(), lessons.get(c.id())))
                .toList();
        return new PlanDocument(term.term(), schools, classes, term.staff(), term.demands(), term.travel(),
                term.weights(), term.rules(), term.score(), term.kpis(), term.uncovered(), term.sessions());
    }

    private static TextFile decode(Upload upload, Map<String, String> encodings) {
        if (upload == null) {
            return null;
        }
        TextFile file = TextFile.decode(upload.name(), upload.bytes());
        encodings.put(upload.name(), file.charset().name());
        return file;
    }
}
