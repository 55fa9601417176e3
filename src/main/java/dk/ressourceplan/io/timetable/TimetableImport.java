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
import java.time.format.TextStyle;
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
 * the school's lesson grid. One file may hold the classes of several schools (departments sharing a timetable);
 * a class name must then fit a class of just one of them. Each class named in the file gets exactly the lessons the file gives it; classes the
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
     * @param schoolIds the school or schools whose classes the file holds (one Untis file may serve a school of
     *                  several departments); a class name must then fit a class of just one of them
     * @param lessons GPU002 for Untis, or null; never with CSV
     * @param grid    the lesson grid ({@code period;start;end}) of the school(s), or null to keep the term's
     * @param columns for CSV: field ({@code class}, {@code day}, {@code period}, {@code start}, {@code end},
     *                {@code week}) to the header the file uses for it, where it is not one of the usual ones
     */
    public record Request(List<String> schoolIds, Format format, Upload timetable, Upload lessons, Upload grid,
            Map<String, String> columns) {

        public Request {
            schoolIds = List.copyOf(schoolIds);
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        /** One school's file, the usual case: each school keeps its own timetable. */
        public Request(String schoolId, Format format, Upload timetable, Upload lessons, Upload grid,
                Map<String, String> columns) {
            this(List.of(schoolId), format, timetable, lessons, grid, columns);
        }
    }

    /** A class whose lessons the file set: how many it now has, and how many the file gave in one week only. */
    public record ClassTimetable(String classId, String name, int lessons, int oneWeekOnly) {
    }

    /**
     * @param term           the term with the school's classes' lessons (and grid, if one was given) set
     * @param classes        the classes the file set, in the term's order
     * @param classesNotInFile the school's (or schools') classes the file does not name, whose lessons are kept
     * @param encodings      each file's name and the encoding it was read in
     * @param lessonGrid     the lesson grid the import set, with {@code gridSet}; else the first school's
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
        List<School> schools = new ArrayList<>();
        for (String schoolId : request.schoolIds()) {
            term.schools().stream().filter(s -> s.id().equals(schoolId)).findFirst().ifPresentOrElse(schools::add,
                    () -> errors.add(new TimetableError(null, null, null,
                            "the term has no school with id \"" + schoolId + "\"",
                            "terminen har ingen skole med id \"" + schoolId + "\"")));
        }
        if (schools.isEmpty() || !errors.isEmpty()) {
            throw new TimetableException(errors.isEmpty() ? List.of(new TimetableError(null, null, null,
                    "name the school whose timetables these are", "angiv skolen, hvis skemaer det er")) : errors);
        }
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
        List<LessonPeriod> setGrid = givenGrid;
        if (setGrid == null && !raw.isEmpty() && raw.stream().allMatch(lesson -> lesson.period() == null)
                && schools.stream().allMatch(school -> school.lessonGrid().isEmpty())) {
            setGrid = gridFromTimes(raw);
        }
        Map<String, List<LessonPeriod>> grids = new LinkedHashMap<>();
        for (School school : schools) {
            grids.put(school.id(), setGrid != null ? setGrid : school.lessonGrid());
            if (grids.get(school.id()).isEmpty() && !raw.isEmpty()) {
                errors.add(TimetableError.ofFile(timetable.name(), school.name() + " has no lesson grid to place the "
                                + "periods in; give one with the grid file (period;start;end)",
                        school.name() + " har ingen lektionsplan at lægge lektionerne i; angiv den med en "
                                + "lektionsplan-fil (lektion;start;slut)"));
            }
        }
        Map<SchoolClass, Map<Slot, Set<Week>>> byClass = match(schools, term, raw, grids, errors);
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
        PlanDocument changed = changed(term, setGrid == null ? Map.of() : grids, newLessons);
        List<ValidationError> invalid = InputValidator.validate(Json.mapper().valueToTree(changed.problem()));
        if (!invalid.isEmpty()) {
            throw new TimetableException(invalid.stream().map(e -> new TimetableError(null, null, null,
                    "with these timetables, the term's " + e.path() + ": " + e.message(),
                    "med disse skemaer er terminens " + e.path() + " forkert: " + e.messageDa())).toList());
        }
        List<String> notInFile = term.classes().stream()
                .filter(c -> grids.containsKey(c.schoolId()) && !newLessons.containsKey(c.id()))
                .map(SchoolClass::name).toList();
        return new Result(changed, set, notInFile, encodings,
                setGrid != null ? setGrid : grids.get(schools.get(0).id()), setGrid != null);
    }

    private record Slot(DayOfWeek day, int period) {
    }

    /** Each lesson's class, period and day checked; problems by line, an unknown class once with all its lines. */
    private static Map<SchoolClass, Map<Slot, Set<Week>>> match(List<School> schools, PlanDocument term,
            List<RawLesson> raw, Map<String, List<LessonPeriod>> grids, List<TimetableError> errors) {
        ClassNames names = new ClassNames(term.classes().stream().filter(c -> grids.containsKey(c.schoolId())).toList());
        Map<SchoolClass, Map<Slot, Set<Week>>> byClass = new LinkedHashMap<>();
        Map<String, List<RawLesson>> unknown = new LinkedHashMap<>();
        for (RawLesson lesson : raw) {
            Optional<SchoolClass> schoolClass = names.find(lesson.className());
            if (schoolClass.isEmpty()) {
                unknown.computeIfAbsent(ClassNames.key(lesson.className()), k -> new ArrayList<>()).add(lesson);
            }
            // The class tells the school; a class not found is checked against the school when there is only one.
            Optional<School> school = schoolClass.map(c -> schools.stream().filter(s -> s.id().equals(c.schoolId()))
                    .findFirst().orElseThrow()).or(() -> schools.size() == 1 ? Optional.of(schools.get(0))
                    : Optional.empty());
            if (school.isEmpty()) {
                continue;
            }
            Integer period = period(lesson, school.get(), grids.get(school.get().id()), errors);
            if (!isSchoolDay(lesson, school.get(), errors)) {
                continue;
            }
            if (schoolClass.isPresent() && period != null) {
                byClass.computeIfAbsent(schoolClass.get(), c -> new TreeMap<>(Comparator.comparing(Slot::day)
                                .thenComparing(Slot::period)))
                        .computeIfAbsent(new Slot(lesson.day(), period), s -> EnumSet.noneOf(Week.class))
                        .add(lesson.week());
            }
        }
        unknown.values().forEach(lessons -> errors.add(unknownClass(schools, names, lessons)));
        errors.sort(Comparator.comparing((TimetableError e) -> e.file() == null ? "" : e.file())
                .thenComparing(e -> e.line() == null ? 0 : e.line()));
        return byClass;
    }

    /** The lesson's period of the grid: by number, or by its times; null (reported) when the grid has none. */
    private static Integer period(RawLesson lesson, School school, List<LessonPeriod> grid,
            List<TimetableError> errors) {
        if (grid.isEmpty()) {
            return null;
        }
        if (lesson.period() != null) {
            if (grid.stream().anyMatch(p -> p.period() == lesson.period())) {
                return lesson.period();
            }
            String periods = grid.stream().map(p -> String.valueOf(p.period())).collect(Collectors.joining(", "));
            errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.periodField(), "period "
                            + lesson.period() + " is not in " + school.name() + "'s lesson grid (periods " + periods + ")",
                    lesson.period() + ". lektion findes ikke i " + school.name() + "s lektionsplan (lektion "
                            + periods + ")"));
            return null;
        }
        Optional<Integer> period = grid.stream()
                .filter(p -> p.start().equals(lesson.start()) && p.end().equals(lesson.end()))
                .map(LessonPeriod::period).findFirst();
        if (period.isEmpty()) {
            errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.periodField(), "no period of "
                            + school.name() + "'s lesson grid runs " + lesson.start() + "-" + lesson.end(),
                    "ingen lektion i " + school.name() + "s lektionsplan går fra " + lesson.start() + " til "
                            + lesson.end()));
        }
        return period.orElse(null);
    }

    private static boolean isSchoolDay(RawLesson lesson, School school, List<TimetableError> errors) {
        boolean schoolDay = school.schoolDay().isEmpty() ? lesson.day().getValue() <= 5
                : school.dayOn(lesson.day()).isPresent();
        if (!schoolDay) {
            errors.add(TimetableError.at(lesson.file(), lesson.line(), lesson.dayField(), school.name()
                            + " has no school day on " + lesson.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    school.name() + " har ikke skoledag om " + FieldValues.danish(lesson.day()) + "en"));
        }
        return schoolDay;
    }

    private static TimetableError unknownClass(List<School> schools, ClassNames names, List<RawLesson> lessons) {
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
        String where = schools.stream().map(School::name).collect(Collectors.joining(" or "));
        String whereDa = schools.stream().map(School::name).collect(Collectors.joining(" eller "));
        return TimetableError.at(first.file(), first.line(), first.classField(), "the class \"" + first.className()
                        + "\" is not one of " + where + "'s classes in the term"
                        + (others.isEmpty() ? "" : "; also lines " + others),
                "klassen \"" + first.className() + "\" findes ikke på " + whereDa + " i terminen"
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

    /** The term with the classes' new lessons, and the grid set for the schools in {@code grids}. */
    private static PlanDocument changed(PlanDocument term, Map<String, List<LessonPeriod>> grids,
            Map<String, List<ClassLesson>> lessons) {
        List<School> schools = term.schools().stream()
                .map(s -> !grids.containsKey(s.id()) ? s : new School(s.id(), s.name(), s.address(), s.lat(), s.lon(),
                        s.pupils(), s.schoolDay(), s.meetingWindows(), grids.get(s.id())))
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
