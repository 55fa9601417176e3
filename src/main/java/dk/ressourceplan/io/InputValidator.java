package dk.ressourceplan.io;

import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.ValidationError;
import static dk.ressourceplan.domain.DemandType.COLLABORATION_MEETING;
import static dk.ressourceplan.domain.DemandType.COORDINATION_MEETING;
import static dk.ressourceplan.domain.DemandType.CO_TEACHING;
import static dk.ressourceplan.domain.DemandType.PRESENCE;
import static dk.ressourceplan.domain.DemandType.PROGRAMME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.io.Checks.At;
import dk.ressourceplan.io.Checks.Codes;
import dk.ressourceplan.io.Checks.Range;
import dk.ressourceplan.io.TimeChecks.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a plan document as it arrives, as a JSON tree, before Jackson binds it to {@link PlanDocument}. It walks
 * the tree rather than the bound records so that the planner learns every problem at once, each at the path of
 * the field ({@code staff[3].hoursPerWeek}) with a message in English and in Danish, where Jackson would stop at
 * the first. A document without errors binds.
 *
 * <p>Where a value cannot be read, the checks that depend on it are skipped rather than guessed at, so one
 * mistake gives one error and not a cascade. {@link Checks} does the typed reads, {@link TimeChecks} the term and
 * the school week; this class holds the ids and the rules between schools, classes, staff and demands.
 */
public final class InputValidator {

    private static final Codes<Role> ROLES = Codes.of(Role::code, Role.values());
    private static final Codes<Competence> COMPETENCES = Codes.of(Competence::code, Competence.values());
    private static final Codes<NeedLevel> NEED_LEVELS = Codes.of(NeedLevel::code, NeedLevel.values());
    private static final Codes<DemandType> DEMAND_TYPES = Codes.of(DemandType::code, DemandType.values());

    private static final Range LATITUDE = Range.between(-90, 90);
    private static final Range LONGITUDE = Range.between(-180, 180);
    private static final Range PUPILS = Range.between(0, 5000);
    private static final Range GRADE = Range.between(0, 10);
    private static final Range HOURS_PER_WEEK = Range.between(0, 48);
    private static final Range HOURS_PER_DAY = Range.between(0, 24);
    private static final Range MAX_SCHOOLS = Range.between(1, 1000);
    private static final Range LESSONS_PER_WEEK = Range.between(1, 40);
    private static final Range MEETING_MINUTES = Range.between(15, 480);
    private static final Range BLOCK_MINUTES = Range.between(15, 480);
    private static final Range PRESENCE_HOURS_PER_WEEK = Range.above(0, 40);
    private static final Range PRESENCE_HOURS_PER_FORTNIGHT = Range.above(0, 80);
    /** Coordination meetings every 4-8 weeks by the school's size; given, at least weekly and at least once a term. */
    private static final Range INTERVAL_WEEKS = Range.between(1, 12);
    /** Programmes at one school in one term: one running continuously per 500 pupils gives a handful. */
    private static final Range PROGRAMME_COUNT = Range.between(1, 50);
    private static final Range PROGRAMME_WEEKS = Range.between(1, 20);
    private static final Range MAX_PROGRAMMES = Range.between(0, 10);
    /** The fields each dated type has besides id, type, name, schoolId and priority; the older types have all others. */
    private static final Map<DemandType, Set<String>> DATED_FIELDS = Map.of(
            COORDINATION_MEETING, Set.of("intervalWeeks", "minutes", "seats"),
            PROGRAMME, Set.of("count", "weeks", "minutes", "roles", "competence"));
    /** The fields of the dated types only. */
    private static final Map<String, DemandType> ONLY_FOR = Map.of(
            "intervalWeeks", COORDINATION_MEETING, "count", PROGRAMME, "weeks", PROGRAMME);

    private static final Range TRAVEL_MINUTES = Range.between(0, 600);
    /** Beyond these the travel estimate is meaningless and its arithmetic overflows. */
    private static final Range SPEED_KMH = Range.above(0, 200);
    private static final Range DETOUR_FACTOR = Range.between(1, 5);
    private static final Range MINUTES_PER_TRIP = Range.between(0, 120);
    private static final Range PERCENT = Range.between(0, 100);
    private static final Range IDLE_GAP_MINUTES = Range.between(0, 600);
    /** Large enough for any tuning, small enough that weight times penalty stays inside a long score. */
    private static final Range WEIGHT = Range.between(0, 1_000_000_000);
    private static final Range SEAT = Range.between(0, 100);
    /** The figures of a solved plan: written by the solver, read back from a plan file. */
    private static final Range FIGURE = Range.between(0, 1000);
    private static final Range COUNT = Range.between(0, Integer.MAX_VALUE);

    /**
     * The largest term the service takes: several times Denmark's largest municipality (Copenhagen has about 90
     * public schools), and still a problem the solver and the page can hold.
     */
    static final int MAX_SCHOOLS_PER_TERM = 500;
    /** The workbook writes a class's lessons one row a weekday, and a sheet holds 50,000 rows: 5 × 9,000 fit. */
    static final int MAX_CLASSES = 9_000;
    static final int MAX_STAFF = 2_000;
    static final int MAX_DEMANDS = 20_000;
    /** Every list of the document is bounded, so that no part of a term is a way to send a million of anything. */
    static final int MAX_HOLIDAYS = 400;
    static final int MAX_MEETING_WINDOWS = 20;
    /** The periods of a grid are distinct, numbered 0 to 20. */
    static final int MAX_PERIODS = (int) TimeChecks.PERIOD.max() + 1;
    static final int MAX_CLASS_LESSONS = DayOfWeek.FRIDAY.getValue() * MAX_PERIODS;
    /** The workbook writes each unavailable time as a row of one sheet: 2,000 staff × 20 fit in its 50,000 rows. */
    static final int MAX_UNAVAILABLE = 20;
    static final int MAX_ABSENCES = 100;
    static final int MAX_HOURS_FROM = 50;
    static final int MAX_TEAM_CLASSES = 100;
    static final int MAX_TRAVEL_MINUTES = 20_000;
    /**
     * A solved plan's parts follow from its demands, and the service reads back every plan the solver wrote: the
     * largest term gives at most 6.4 million (20,000 demands of 320 fortnightly presence blocks), and a rerun splits
     * some of them into parts of the term.
     */
    static final int MAX_SESSIONS = 10_000_000;
    static final int MAX_UNCOVERED = 10_000_000;

    private final Checks checks = new Checks();
    private final TimeChecks time = new TimeChecks(checks);
    /** Schools and staff share one set of ids: both are places in the travel matrix. */
    private final Map<String, String> places = new HashMap<>();
    private final Map<String, SchoolFacts> schools = new HashMap<>();
    private final Map<String, String> classPaths = new HashMap<>();
    private final Map<String, ClassFacts> classes = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();
    private final Map<String, String> demands = new HashMap<>();
    private final Map<String, String> sessions = new HashMap<>();
    /** Null while the term's dates are unknown: nothing is checked against them then. */
    private Dates term;

    private InputValidator() {
    }

    /** Every problem in the document, section by section; empty when the document can be bound and planned. */
    public static List<ValidationError> validate(JsonNode root) {
        InputValidator validator = new InputValidator();
        validator.document(At.document(root));
        return validator.checks.errors();
    }

    /**
     * The problems with a plan's name asked for apart from its term ({@code POST /api/plans?name=}), as the term's
     * own name would have them; a blank name is none asked for.
     */
    public static List<ValidationError> planName(String name) {
        Checks checks = new Checks();
        checks.optionalName(new At("name", TextNode.valueOf(name), false));
        return checks.errors();
    }

    private void document(At root) {
        if (root.absent()) {
            checks.report(root, "the document is empty", "dokumentet er tomt");
            return;
        }
        if (!root.node().isObject()) {
            checks.report(root, "must be a JSON object with term, schools, classes, staff and demands",
                    "skal være et JSON-objekt med term, schools, classes, staff og demands");
            return;
        }
        term = time.term(root.required("term"));
        checks.atMost(root.optional("schools"), MAX_SCHOOLS_PER_TERM, "schools in one term", "skoler i én termin");
        checks.atMost(root.optional("classes"), MAX_CLASSES, "classes in one term", "klasser i én termin");
        checks.atMost(root.optional("staff"), MAX_STAFF, "staff members in one term", "medarbejdere i én termin");
        checks.atMost(root.optional("demands"), MAX_DEMANDS, "demands in one term", "behov i én termin");
        checks.atMost(root.optional("uncovered"), MAX_UNCOVERED, "uncovered seats in one plan",
                "udækkede pladser i én plan");
        checks.atMost(root.optional("sessions"), MAX_SESSIONS, "sessions in one plan", "aftaler i én plan");
        checks.objects(root.optional("schools")).forEach(this::school);
        checks.objects(root.optional("classes")).forEach(this::schoolClass);
        checks.objects(root.optional("staff")).forEach(this::staffMember);
        checks.objects(root.optional("demands")).forEach(this::demand);
        travel(root.optional("travel"));
        weights(root.optional("weights"));
        rules(root.optional("rules"));
        checks.text(root.optional("score"));
        kpis(root.optional("kpis"));
        checks.objects(root.optional("uncovered")).forEach(this::uncovered);
        checks.objects(root.optional("sessions")).forEach(this::session);
    }

    // --- schools ----------------------------------------------------------------------------------------------

    private void school(At school) {
        At idAt = school.required("id");
        String id = checks.id(idAt);
        checks.name(school.required("name"));
        checks.text(school.optional("address"));
        checks.number(school.required("lat"), LATITUDE);
        checks.number(school.required("lon"), LONGITUDE);
        checks.whole(school.optional("pupils"), PUPILS);
        checks.atMost(school.optional("schoolDay"), 2 * DayOfWeek.FRIDAY.getValue(), "school days, Monday to Friday in "
                + "week A and week B", "skoledage, mandag til fredag i uge A og uge B");
        TimeChecks.SchoolDays days = time.schoolDay(school.required("schoolDay"));
        At meetingWindows = school.optional("meetingWindows");
        checks.atMost(meetingWindows, MAX_MEETING_WINDOWS, "meeting windows at one school", "mødetider på én skole");
        checks.atMost(school.optional("lessonGrid"), MAX_PERIODS, "periods in one lesson grid",
                "lektioner i én lektionsplan");
        Integer longestMeeting = time.meetingWindows(meetingWindows, days);
        Set<Integer> periods = time.lessonGrid(school.optional("lessonGrid"));
        boolean hasMeetingWindows = !meetingWindows.absent() && !(meetingWindows.isList() && meetingWindows.node().isEmpty());
        if (id != null && isNewPlace(id, idAt, school)) {
            schools.put(id, new SchoolFacts(days, periods, hasMeetingWindows, longestMeeting));
        }
    }

    // --- classes ----------------------------------------------------------------------------------------------

    private void schoolClass(At item) {
        At idAt = item.required("id");
        String id = checks.id(idAt);
        String schoolId = reference(item.required("schoolId"), schools, "school", "ingen skole");
        checks.name(item.required("name"));
        checks.whole(item.optional("grade"), GRADE);
        checks.whole(item.optional("pupils"), PUPILS);
        checks.code(item.optional("needLevel"), NEED_LEVELS);
        checks.atMost(item.optional("lessons"), MAX_CLASS_LESSONS, "lessons a week in one class",
                "lektioner om ugen i én klasse");
        Integer lessons = classLessons(item.optional("lessons"), schoolId == null ? null : schools.get(schoolId));
        if (id != null && isNew(classPaths, id, idAt, item)) {
            classes.put(id, new ClassFacts(schoolId, lessons));
        }
    }

    /** How many lessons the class's timetable has; null when the list could not be read. */
    private Integer classLessons(At list, SchoolFacts school) {
        Set<String> seen = new HashSet<>();
        for (At lesson : checks.objects(list)) {
            At dayAt = lesson.required("day");
            At periodAt = lesson.required("period");
            DayOfWeek day = checks.code(dayAt, TimeChecks.DAYS);
            Long period = checks.whole(periodAt, TimeChecks.PERIOD);
            if (school != null && day != null && school.days() != null && !school.days().has(day)) {
                checks.report(dayAt, "the school has no school day on " + day,
                        "skolen har ikke skoledag om " + TimeChecks.danish(day) + "en");
            }
            if (school != null && period != null && school.periods() != null
                    && !school.periods().contains(period.intValue())) {
                checks.report(periodAt, "the school's lessonGrid has no period " + period,
                        "skolens lessonGrid har ingen " + period + ". lektion");
            }
            if (day != null && period != null && !seen.add(day + " " + period)) {
                checks.report(lesson, "this lesson is given more than once", "lektionen er angivet mere end én gang");
            }
        }
        if (list.absent()) {
            return 0;
        }
        return list.isList() ? list.node().size() : null;
    }

    // --- staff ------------------------------------------------------------------------------------------------

    private void staffMember(At item) {
        At idAt = item.required("id");
        String id = checks.id(idAt);
        checks.name(item.required("name"));
        checks.code(item.required("role"), ROLES);
        checks.atMost(item.optional("competences"), Competence.values().length, "competences of one staff member",
                "kompetencer hos én medarbejder");
        checks.codes(item.optional("competences"), COMPETENCES);
        Double contracted = checks.number(item.optional("contractedHours"), HOURS_PER_WEEK);
        At hoursAt = item.required("hoursPerWeek");
        Double hours = checks.number(hoursAt, HOURS_PER_WEEK);
        if (contracted != null && hours != null && hours > contracted) {
            checks.report(hoursAt, "must not be more than contractedHours (" + number(contracted) + ")",
                    "må ikke være mere end contractedHours (" + number(contracted) + ")");
        }
        checks.number(item.optional("maxHoursPerDay"), HOURS_PER_DAY);
        base(item.optional("base"));
        checks.atMost(item.optional("unavailable"), MAX_UNAVAILABLE, "unavailable times of one staff member",
                "utilgængelige tider hos én medarbejder");
        checks.items(item.optional("unavailable")).forEach(window -> time.window(window, false));
        checks.atMost(item.optional("absences"), MAX_ABSENCES, "absences of one staff member",
                "fraværsperioder hos én medarbejder");
        checks.objects(item.optional("absences")).forEach(this::absence);
        checks.atMost(item.optional("hoursFrom"), MAX_HOURS_FROM, "changes of hours of one staff member",
                "ændringer af timetal hos én medarbejder");
        hoursFrom(item.optional("hoursFrom"), contracted);
        checks.whole(item.optional("maxProgrammes"), MAX_PROGRAMMES);
        checks.atMost(item.optional("preferredSchools"), MAX_SCHOOLS_PER_TERM, "preferred schools of one staff member",
                "foretrukne skoler hos én medarbejder");
        checks.items(item.optional("preferredSchools")).forEach(school -> reference(school, schools, "school", "ingen skole"));
        checks.atMost(item.optional("preferredDays"), DayOfWeek.FRIDAY.getValue(), "preferred days, Monday to Friday",
                "foretrukne dage, mandag til fredag");
        checks.codes(item.optional("preferredDays"), TimeChecks.DAYS);
        checks.whole(item.optional("maxSchools"), MAX_SCHOOLS);
        if (id != null && isNewPlace(id, idAt, item)) {
            staff.put(id, item.path());
        }
    }

    /** A leave with an end date, as a rerun writes it: both dates, in order, inside the term. */
    private void absence(At absence) {
        LocalDate from = checks.date(absence.required("from"));
        At toAt = absence.required("to");
        LocalDate to = checks.date(toAt);
        if (from == null || to == null) {
            return;
        }
        if (to.isBefore(from)) {
            checks.report(toAt, "must not be before the from date (" + from + ")",
                    "må ikke ligge før fra-datoen (" + from + ")");
        } else if (term != null && (from.isBefore(term.first()) || to.isAfter(term.last()))) {
            checks.report(absence, "must lie within the term (" + term.first() + " to " + term.last() + ")",
                    "skal ligge i planperioden (" + term.first() + " til " + term.last() + ")");
        }
    }

    /**
     * Hours a week from a date on: each date inside the term and given once, the hours as {@code hoursPerWeek}'s and
     * no more than the contracted hours.
     */
    private void hoursFrom(At list, Double contracted) {
        Map<LocalDate, String> seen = new HashMap<>();
        for (At change : checks.objects(list)) {
            At fromAt = change.required("from");
            LocalDate from = checks.date(fromAt);
            At hoursAt = change.required("hoursPerWeek");
            Double hours = checks.number(hoursAt, HOURS_PER_WEEK);
            if (contracted != null && hours != null && hours > contracted) {
                checks.report(hoursAt, "must not be more than contractedHours (" + number(contracted) + ")",
                        "må ikke være mere end contractedHours (" + number(contracted) + ")");
            }
            if (from == null) {
                continue;
            }
            if (term != null && (from.isBefore(term.first()) || from.isAfter(term.last()))) {
                checks.report(fromAt, "must lie within the term (" + term.first() + " to " + term.last() + ")",
                        "skal ligge i planperioden (" + term.first() + " til " + term.last() + ")");
            }
            String first = seen.putIfAbsent(from, change.path());
            if (first != null) {
                checks.report(fromAt, "the hours from " + from + " are already given by " + first,
                        "timerne fra " + from + " er allerede angivet i " + first);
            }
        }
    }

    private void base(At base) {
        if (!checks.object(base)) {
            return;
        }
        checks.optionalName(base.optional("name"));
        checks.number(base.required("lat"), LATITUDE);
        checks.number(base.required("lon"), LONGITUDE);
    }

    // --- demands ----------------------------------------------------------------------------------------------

    /**
     * A demand has one shape for five types. Every field is type-checked whatever the type, because Jackson binds
     * them all; which fields are required and what they must fit depends on the type. The dated types, and the fields
     * only they have, are new: a field that does not apply to them is refused rather than silently ignored.
     */
    private void demand(At item) {
        At idAt = item.required("id");
        String id = checks.id(idAt);
        DemandType type = checks.code(item.required("type"), DEMAND_TYPES);
        checks.optionalName(item.optional("name"));
        checks.code(item.optional("priority"), NEED_LEVELS);
        checks.code(applying(item, type, "competence", type == CO_TEACHING), COMPETENCES);
        roles(applying(item, type, "roles", false));
        At lessonsAt = applying(item, type, "lessonsPerWeek", type == CO_TEACHING);
        Long lessonsPerWeek = checks.whole(lessonsAt, LESSONS_PER_WEEK);
        At minutesAt = applying(item, type, "minutes", false);
        Long minutes = checks.whole(minutesAt, MEETING_MINUTES);
        seats(applying(item, type, "seats", false));
        checks.number(applying(item, type, "hoursPerWeek", false), PRESENCE_HOURS_PER_WEEK);
        checks.number(applying(item, type, "hoursPerFortnight", false), PRESENCE_HOURS_PER_FORTNIGHT);
        checks.whole(applying(item, type, "blockMinutes", false), BLOCK_MINUTES);
        checks.whole(applying(item, type, "intervalWeeks", false), INTERVAL_WEEKS);
        checks.whole(applying(item, type, "count", false), PROGRAMME_COUNT);
        checks.whole(applying(item, type, "weeks", false), PROGRAMME_WEEKS);
        At classAt = applying(item, type, "classId", type == CO_TEACHING);
        String classId = reference(classAt, classes, "class", "ingen klasse");
        At schoolAt = item.field("schoolId", type == COLLABORATION_MEETING || type == PRESENCE
                || (type != null && type.isDated()));
        String schoolId = reference(schoolAt, schools, "school", "ingen skole");
        At classIdsAt = applying(item, type, "classIds", false);
        checks.atMost(classIdsAt, MAX_TEAM_CLASSES, "classes in one team meeting", "klasser i ét teammøde");
        teamClasses(classIdsAt, schoolId);
        if (type == CO_TEACHING && classId != null) {
            coTeachingFitsClass(classAt, lessonsAt, lessonsPerWeek, classes.get(classId));
        } else if (type == COLLABORATION_MEETING && schoolId != null) {
            meetingFitsSchool(schoolAt, minutesAt, minutes, schools.get(schoolId), Demand.DEFAULT_MEETING_MINUTES,
                    "the school has no meeting windows to place the meeting in", "Skolen har ingen mødetider at lægge mødet i");
        } else if (type == PRESENCE) {
            presenceHours(item);
        } else if (type == COORDINATION_MEETING && schoolId != null) {
            meetingFitsSchool(schoolAt, minutesAt, minutes, schools.get(schoolId), Demand.DEFAULT_COORDINATION_MINUTES,
                    "the school has no meeting windows, so its coordination meetings cannot be placed: give the times the "
                            + "school can meet (meetingWindows)",
                    "Skolen har ingen mødetider, så koordinerings- og prioriteringsmøderne kan ikke lægges: angiv, hvornår "
                            + "skolen kan holde møder (meetingWindows)");
        } else if (type == PROGRAMME && schoolId != null) {
            programmeFitsSchool(schoolAt, minutesAt, minutes, schools.get(schoolId));
        }
        if (id != null) {
            isNew(demands, id, idAt, item);
        }
    }

    /**
     * The field, or (reported, and then read as absent) a field given that does not apply to the demand's type: any
     * but its own on a dated demand, and a dated type's own field on any other. An unknown type refuses nothing.
     */
    private At applying(At item, DemandType type, String field, boolean required) {
        At at = item.field(field, required);
        if (type == null || at.absent()) {
            return at;
        }
        DemandType onlyFor = ONLY_FOR.get(field);
        boolean applies = type.isDated() ? DATED_FIELDS.get(type).contains(field) : onlyFor == null;
        if (applies) {
            return at;
        }
        if (onlyFor != null) {
            checks.report(at, "applies only to a " + onlyFor.code() + " demand, not to a " + type.code() + " demand",
                    "gælder kun for et behov af typen " + danish(onlyFor) + ", ikke for " + danish(type));
        } else {
            checks.report(at, "does not apply to a " + type.code() + " demand; remove it",
                    "gælder ikke for et behov af typen " + danish(type) + "; fjern det");
        }
        return new At(at.path(), null, false);
    }

    private static String danish(DemandType type) {
        return switch (type) {
            case CO_TEACHING -> "co-teaching";
            case COLLABORATION_MEETING -> "samarbejds- og indsatsmøde";
            case PRESENCE -> "tilstedeværelse";
            case COORDINATION_MEETING -> "koordinerings- og prioriteringsmøde";
            case PROGRAMME -> "forløb";
        };
    }

    /**
     * A programme meets weekly at the same time: it needs a weekday the school has in both week A and week B, with
     * room in it for the weekly session.
     */
    private void programmeFitsSchool(At schoolAt, At minutesAt, Long minutes, SchoolFacts school) {
        if (school.days() == null || (minutes == null && !minutesAt.absent())) {
            return;
        }
        long length = minutes == null ? Demand.DEFAULT_PROGRAMME_MINUTES : minutes;
        int longest = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            TimeChecks.Span a = school.days().on(Week.A, day);
            TimeChecks.Span b = school.days().on(Week.B, day);
            if (a != null && b != null && a.known() && b.known()) {
                LocalTime start = a.start().isAfter(b.start()) ? a.start() : b.start();
                LocalTime end = a.end().isBefore(b.end()) ? a.end() : b.end();
                longest = Math.max(longest, Math.max(0, Times.minutes(end)
                        - Times.minutes(start)));
            }
        }
        if (longest == 0) {
            checks.report(schoolAt, "the school has no weekday in both week A and week B, so a programme cannot meet "
                            + "weekly there: give its school day (schoolDay) for both weeks",
                    "Skolen har ingen ugedag i både uge A og uge B, så et forløb kan ikke mødes hver uge: angiv "
                            + "skoledagen (schoolDay) for begge uger");
        } else if (length > longest) {
            checks.report(minutesAt, "the weekly session lasts " + length + " minutes, longer than the school's longest "
                            + "day in both weeks (" + longest + " minutes)",
                    "den ugentlige aftale varer " + length + " minutter, længere end skolens længste skoledag i "
                            + "begge uger (" + longest + " minutter)");
        }
    }

    /** Co-teaching happens in the class's own lessons, one session per lesson a week. */
    private void coTeachingFitsClass(At classAt, At lessonsAt, Long lessonsPerWeek, ClassFacts schoolClass) {
        Integer lessons = schoolClass.lessons();
        if (lessons == null) {
            return;
        }
        if (lessons == 0) {
            checks.report(classAt, "the class has no lessons to place co-teaching in",
                    "Klassen har ingen lektioner at lægge co-teaching i");
        } else if (lessonsPerWeek != null && lessonsPerWeek > lessons) {
            checks.report(lessonsAt, "asks for " + lessonsPerWeek + " lessons a week, but the class has only " + lessons
                            + (lessons == 1 ? " lesson" : " lessons"),
                    "kræver " + lessonsPerWeek + " lektioner om ugen, men klassen har kun " + lessons
                            + (lessons == 1 ? " lektion" : " lektioner"));
        }
    }

    /**
     * A meeting (fortnightly, or a coordination meeting) is held in one of the school's meeting windows, and must fit
     * in the longest; {@code defaultMinutes} is its kind's length when none is given.
     */
    private void meetingFitsSchool(At schoolAt, At minutesAt, Long minutes, SchoolFacts school, int defaultMinutes,
            String noWindows, String noWindowsDa) {
        if (!school.hasMeetingWindows()) {
            checks.report(schoolAt, noWindows, noWindowsDa);
            return;
        }
        if (school.longestMeetingMinutes() == null || (minutes == null && !minutesAt.absent())) {
            return;
        }
        long length = minutes == null ? defaultMinutes : minutes;
        if (length > school.longestMeetingMinutes()) {
            checks.report(minutesAt, "the meeting lasts " + length + " minutes, longer than the school's longest meeting "
                            + "window (" + school.longestMeetingMinutes() + " minutes)",
                    "mødet varer " + length + " minutter, længere end skolens længste mødetid ("
                            + school.longestMeetingMinutes() + " minutter)");
        }
    }

    /** A team's classes must be classes of the meeting's school. */
    private void teamClasses(At list, String schoolId) {
        for (At item : checks.items(list)) {
            String classId = reference(item, classes, "class", "ingen klasse");
            String classSchool = classId == null ? null : classes.get(classId).schoolId();
            if (schoolId != null && classSchool != null && !classSchool.equals(schoolId)) {
                checks.report(item, "the class belongs to school " + classSchool + ", not to " + schoolId,
                        "klassen hører til skolen " + classSchool + ", ikke til " + schoolId);
            }
        }
    }

    /** Presence is given per week or per fortnight: exactly one of the two. */
    private void presenceHours(At item) {
        At perWeek = item.optional("hoursPerWeek");
        At perFortnight = item.optional("hoursPerFortnight");
        if (perWeek.absent() && perFortnight.absent()) {
            checks.report(item.required("hoursPerWeek"), "presence needs hoursPerWeek or hoursPerFortnight",
                    "tilstedeværelse kræver hoursPerWeek eller hoursPerFortnight");
        } else if (!perWeek.absent() && !perFortnight.absent()) {
            checks.report(perFortnight, "give hoursPerWeek or hoursPerFortnight, not both",
                    "angiv enten hoursPerWeek eller hoursPerFortnight, ikke begge");
        }
    }

    /** Each seat of a meeting is a person who must attend, given as the roles that may fill it. */
    private void seats(At list) {
        List<At> seats = checks.items(list);
        if (seats.isEmpty() && list.isList()) {
            checks.report(list, "a meeting needs at least one seat", "et møde skal have mindst én plads");
        }
        if (seats.size() > Demand.MAX_SEATS) {
            checks.report(list, "a meeting can have at most " + Demand.MAX_SEATS + " seats",
                    "et møde kan højst have " + Demand.MAX_SEATS + " pladser");
        }
        for (At seat : seats) {
            if (roles(seat).isEmpty() && seat.isList() && seat.node().isEmpty()) {
                checks.report(seat, "a seat needs at least one role", "en plads skal have mindst én rolle");
            }
        }
    }

    /** The roles that may fill a demand or a seat: no more of them than there are roles. */
    private List<Role> roles(At list) {
        checks.atMost(list, Role.values().length, "roles", "roller");
        return checks.codes(list, ROLES);
    }

    // --- travel, weights, rules -------------------------------------------------------------------------------

    private void travel(At travel) {
        if (!checks.object(travel)) {
            return;
        }
        checks.number(travel.optional("speedKmh"), SPEED_KMH);
        checks.number(travel.optional("detourFactor"), DETOUR_FACTOR);
        checks.whole(travel.optional("minutesPerTrip"), MINUTES_PER_TRIP);
        checks.atMost(travel.optional("minutes"), MAX_TRAVEL_MINUTES, "known travel times in one term",
                "kendte tider for kørsel i én termin");
        for (At entry : checks.objects(travel.optional("minutes"))) {
            reference(entry.required("from"), places, "school or staff member", "ingen skole eller medarbejder");
            reference(entry.required("to"), places, "school or staff member", "ingen skole eller medarbejder");
            checks.whole(entry.required("minutes"), TRAVEL_MINUTES);
        }
    }

    /**
     * Only the preferences may be weighed, by their exact names: a misspelt name would otherwise fail the solve
     * later, and a hard rule given a weight here would stop being a rule.
     */
    private void weights(At weights) {
        if (checks.object(weights)) {
            weights.node().fieldNames().forEachRemaining(name -> {
                At weight = weights.required(name);
                if (ConstraintNames.ADJUSTABLE.contains(name)) {
                    checks.whole(weight, WEIGHT);
                } else {
                    checks.report(weight, "is not a preference that can be weighed; these can: "
                                    + String.join(", ", ConstraintNames.ADJUSTABLE),
                            "er ikke et ønske, der kan vægtes; disse kan: " + String.join(", ", ConstraintNames.ADJUSTABLE));
                }
            });
        }
    }

    private void rules(At rules) {
        if (checks.object(rules)) {
            checks.whole(rules.optional("meetingSharePercentMax"), PERCENT);
            checks.whole(rules.optional("idleGapMinutes"), IDLE_GAP_MINUTES);
        }
    }

    // --- a solved plan: kpis, uncovered, sessions -------------------------------------------------------------

    private void kpis(At kpis) {
        if (!checks.object(kpis)) {
            return;
        }
        checks.bool(kpis.optional("feasible"));
        for (String figure : List.of("coveragePercent", "coTeachingContinuityPercent", "pprContinuityPercent",
                "utilisationMinPercent", "utilisationMaxPercent", "meetingSharePercentMax")) {
            checks.number(kpis.optional(figure), FIGURE);
        }
        for (String count : List.of("travelMinutesPerFortnight", "changedSessions", "changedSchools")) {
            checks.whole(kpis.optional(count), COUNT);
        }
        At byPriority = kpis.optional("uncoveredByPriority");
        if (checks.object(byPriority)) {
            byPriority.node().fieldNames().forEachRemaining(level -> uncoveredCount(byPriority.required(level), level));
        }
    }

    private void uncoveredCount(At count, String level) {
        if (NEED_LEVELS.find(level) == null) {
            checks.report(count, "is not a need level; use one of: " + NEED_LEVELS.allowed(),
                    "er ikke et behovsniveau; brug én af: " + NEED_LEVELS.allowed());
        }
        checks.whole(count, COUNT);
    }

    private void uncovered(At item) {
        reference(item.required("demandId"), demands, "demand", "intet behov");
        checks.whole(item.optional("seat"), SEAT);
        reference(item.optional("schoolId"), schools, "school", "ingen skole");
        reference(item.optional("classId"), classes, "class", "ingen klasse");
        checks.code(item.optional("priority"), NEED_LEVELS);
        checks.whole(item.optional("minutesPerFortnight"), COUNT);
        checks.text(item.optional("reason"));
        checks.text(item.optional("reasonEn"));
        partOfTerm(item);
    }

    /** A part of the term, as a rerun bounds a session or an uncovered seat: either date may be open. Gives from. */
    private LocalDate partOfTerm(At item) {
        LocalDate from = checks.date(item.optional("from"));
        LocalDate to = checks.date(item.optional("to"));
        if (from != null && to != null && to.isBefore(from)) {
            checks.report(item.optional("to"), "must not be before from", "må ikke ligge før from");
        }
        return from;
    }

    /**
     * A session of the solved fortnight. The seats of one meeting are sessions at the same time that may share the
     * id, so a session is identified by its id and seat; {@code staffId} is null where the seat is uncovered.
     */
    private void session(At item) {
        At idAt = item.required("id");
        String id = checks.id(idAt);
        reference(item.required("demandId"), demands, "demand", "intet behov");
        checks.code(item.optional("type"), DEMAND_TYPES);
        reference(item.optional("schoolId"), schools, "school", "ingen skole");
        reference(item.optional("classId"), classes, "class", "ingen klasse");
        reference(item.optional("staffId"), staff, "staff member", "ingen medarbejder");
        At seatAt = item.optional("seat");
        Long seat = checks.whole(seatAt, SEAT);
        checks.code(item.required("week"), TimeChecks.WEEKS);
        checks.code(item.required("day"), TimeChecks.DAYS);
        time.span(item, true);
        // After a rerun one session id holds in several parts of the term, each bounded by from and to.
        LocalDate from = partOfTerm(item);
        if (id != null && (seat != null || seatAt.absent())) {
            String key = (seat == null ? id : id + " (seat " + seat + ")") + (from == null ? "" : " from " + from);
            isNew(sessions, key, idAt, item);
        }
    }

    // --- shared pieces ----------------------------------------------------------------------------------------

    /** Reads a reference and reports it when nothing has that id; gives the id only when it is known. */
    private String reference(At at, Map<String, ?> known, String what, String noneDa) {
        String id = checks.id(at);
        if (id == null || known.containsKey(id)) {
            return id;
        }
        String shown = Checks.shown(at.node());
        checks.report(at, "no " + what + " has the id " + shown, "der findes " + noneDa + " med id'et " + shown);
        return null;
    }

    /** Whether the id is new in its collection; a repeat is reported at the id, naming the first holder. */
    private boolean isNew(Map<String, String> seen, String id, At idAt, At item) {
        String first = seen.putIfAbsent(id, item.path());
        if (first != null) {
            String shown = Checks.shown(idAt.node());
            checks.report(idAt, "the id " + shown + " is already used by " + first,
                    "id'et " + shown + " bruges allerede af " + first);
        }
        return first == null;
    }

    /** Like {@link #isNew}, for schools and staff, whose ids must differ from each other's too. */
    private boolean isNewPlace(String id, At idAt, At item) {
        String first = places.get(id);
        if (first == null || collection(first).equals(collection(item.path()))) {
            return isNew(places, id, idAt, item);
        }
        String shown = Checks.shown(idAt.node());
        checks.report(idAt, "the id " + shown + " is already used by " + first
                        + "; schools and staff share the travel matrix, so their ids must differ",
                "id'et " + shown + " bruges allerede af " + first
                        + "; skoler og medarbejdere deler rejsetidstabellen, så deres id'er skal være forskellige");
        return false;
    }

    private static String collection(String itemPath) {
        return itemPath.substring(0, itemPath.indexOf('['));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** What a later check needs to know of a school; a null part could not be read and is not checked against. */
    private record SchoolFacts(TimeChecks.SchoolDays days, Set<Integer> periods, boolean hasMeetingWindows,
            Integer longestMeetingMinutes) {
    }

    /** {@code lessons} is null when the class's lessons could not be read. */
    private record ClassFacts(String schoolId, Integer lessons) {
    }
}
