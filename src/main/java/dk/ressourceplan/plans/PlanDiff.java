package dk.ressourceplan.plans;

import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Week;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two revisions of a plan, session by session and from which date, in words a school
 * leader can forward to the staff concerned: "Fra 1. marts: 3.B's co-teaching i læsning går fra Anne Holm til
 * Jens Berg, tirsdage kl. 10:00."
 */
public final class PlanDiff {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter DATE_DA = DateTimeFormatter.ofPattern("d. MMMM", DANISH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /** One session that differs, from a date; before or after is null when the session is new or gone. */
    public record Entry(LocalDate from, String kind, String sessionId, String demandId, String schoolId,
            String classId, String staffBefore, String staffAfter, PlanSession before, PlanSession after,
            String message, String messageEn) {
    }

    /** The entries in date order, and the same entries per school and per staff member (before or after). */
    public record Result(List<Entry> entries, Map<String, List<Entry>> bySchool, Map<String, List<Entry>> byStaff) {
    }

    private final Map<String, Staff> staff;
    private final Map<String, School> schools;
    private final Map<String, SchoolClass> classes;
    private final Map<String, Demand> demands;

    private PlanDiff(PlanDocument document) {
        this.staff = byId(document.staff(), Staff::id);
        this.schools = byId(document.schools(), School::id);
        this.classes = byId(document.classes(), SchoolClass::id);
        this.demands = byId(document.demands(), Demand::id);
    }

    public static Result between(PlanDocument before, PlanDocument after) {
        return new PlanDiff(after).compare(before, after);
    }

    private Result compare(PlanDocument before, PlanDocument after) {
        List<PlanSession> old = before.sessions() == null ? List.of() : before.sessions();
        List<PlanSession> next = after.sessions() == null ? List.of() : after.sessions();
        Set<LocalDate> dates = new TreeSet<>();
        next.stream().map(PlanSession::from).filter(Objects::nonNull).forEach(dates::add);
        if (dates.isEmpty()) {
            dates.add(after.term().firstDate());
        }
        Set<Entry> entries = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (LocalDate date : dates) {
            Map<String, PlanSession> was = holdingOn(old, date);
            Map<String, PlanSession> is = holdingOn(next, date);
            Set<String> ids = new TreeSet<>(was.keySet());
            ids.addAll(is.keySet());
            for (String id : ids) {
                PlanSession a = was.get(id);
                PlanSession b = is.get(id);
                boolean same = a != null && b != null && a.sameAs(b);
                // The same change seen again on a later date is not news.
                if (!same && seen.add(id + "|" + describe(a) + "|" + describe(b))) {
                    entries.add(entry(date, a, b));
                }
            }
        }
        List<Entry> ordered = entries.stream()
                .sorted(Comparator.comparing(Entry::from).thenComparing(Entry::schoolId).thenComparing(Entry::sessionId))
                .toList();
        Map<String, List<Entry>> bySchool = new LinkedHashMap<>();
        Map<String, List<Entry>> byStaff = new LinkedHashMap<>();
        for (Entry entry : ordered) {
            bySchool.computeIfAbsent(entry.schoolId(), k -> new ArrayList<>()).add(entry);
            for (String person : new LinkedHashSet<>(java.util.Arrays.asList(entry.staffBefore(), entry.staffAfter()))) {
                if (person != null) {
                    byStaff.computeIfAbsent(person, k -> new ArrayList<>()).add(entry);
                }
            }
        }
        return new Result(ordered, bySchool, byStaff);
    }

    private static Map<String, PlanSession> holdingOn(List<PlanSession> sessions, LocalDate date) {
        Map<String, PlanSession> holding = new LinkedHashMap<>();
        sessions.stream().filter(s -> s.holdsOn(date)).forEach(s -> holding.put(s.id(), s));
        return holding;
    }

    private static String describe(PlanSession session) {
        return session == null ? "-" : session.staffId() + " " + session.week() + " " + session.day() + " " + session.start();
    }

    private Entry entry(LocalDate date, PlanSession before, PlanSession after) {
        PlanSession any = after != null ? after : before;
        String staffBefore = before == null ? null : before.staffId();
        String staffAfter = after == null ? null : after.staffId();
        String kind;
        String da;
        String en;
        String subject = subjectDa(any);
        String subjectEn = subjectEn(any);
        if (before == null) {
            kind = "added";
            da = "nyt: " + subject + " med " + nameOr(staffAfter, "ingen") + ", " + whenDa(after);
            en = "new: " + subjectEn + " with " + nameOr(staffAfter, "nobody") + ", " + whenEn(after);
        } else if (after == null) {
            kind = "removed";
            da = subject + " (" + nameOr(staffBefore, "udækket") + ", " + whenDa(before) + ") ophører";
            en = subjectEn + " (" + nameOr(staffBefore, "uncovered") + ", " + whenEn(before) + ") ends";
        } else if (staffBefore != null && staffAfter == null) {
            kind = "newlyUncovered";
            da = subject + " (" + whenDa(before) + ") er ikke længere dækket; det havde " + name(staffBefore);
            en = subjectEn + " (" + whenEn(before) + ") is no longer covered; it was " + name(staffBefore) + "'s";
        } else if (staffBefore == null && staffAfter != null) {
            kind = "newlyCovered";
            da = subject + " dækkes nu af " + name(staffAfter) + ", " + whenDa(after);
            en = subjectEn + " is now covered by " + name(staffAfter) + ", " + whenEn(after);
        } else if (Objects.equals(staffBefore, staffAfter)) {
            kind = "time";
            da = subject + " (" + nameOr(staffAfter, "udækket") + ") flyttes fra " + whenDa(before) + " til " + whenDa(after);
            en = subjectEn + " (" + nameOr(staffAfter, "uncovered") + ") moves from " + whenEn(before) + " to " + whenEn(after);
        } else if (before.week() == after.week() && before.day() == after.day() && before.start().equals(after.start())) {
            kind = "person";
            da = subject + " går fra " + name(staffBefore) + " til " + name(staffAfter) + ", " + whenDa(after);
            en = subjectEn + " moves from " + name(staffBefore) + " to " + name(staffAfter) + ", " + whenEn(after);
        } else {
            kind = "personAndTime";
            da = subject + " går fra " + name(staffBefore) + ", " + whenDa(before) + ", til " + name(staffAfter) + ", "
                    + whenDa(after);
            en = subjectEn + " moves from " + name(staffBefore) + ", " + whenEn(before) + ", to " + name(staffAfter) + ", "
                    + whenEn(after);
        }
        return new Entry(date, kind, any.id(), any.demandId(), any.schoolId(), any.classId(), staffBefore, staffAfter,
                before, after, "Fra " + date.format(DATE_DA) + ": " + da + ".", "From " + date.format(DATE_EN) + ": " + en + ".");
    }

    private String subjectDa(PlanSession session) {
        School school = schools.get(session.schoolId());
        String schoolName = school == null ? session.schoolId() : school.name();
        return switch (session.type()) {
            case CO_TEACHING -> className(session) + "'s co-teaching" + competence(session, Competence::danish, " i ")
                    + " på " + schoolName;
            case COLLABORATION_MEETING -> "samarbejds- og indsatsmødet på " + schoolName;
            case PRESENCE -> "PPR-tilstedeværelsen på " + schoolName;
            case COORDINATION_MEETING -> "koordinerings- og prioriteringsmødet på " + schoolName;
            case PROGRAMME -> "forløbet på " + schoolName;
        };
    }

    private String subjectEn(PlanSession session) {
        School school = schools.get(session.schoolId());
        String schoolName = school == null ? session.schoolId() : school.name();
        return switch (session.type()) {
            case CO_TEACHING -> className(session) + "'s " + competence(session, Competence::code, "") + " co-teaching at "
                    + schoolName;
            case COLLABORATION_MEETING -> "the collaboration meeting at " + schoolName;
            case PRESENCE -> "PPR presence at " + schoolName;
            case COORDINATION_MEETING -> "the coordination meeting at " + schoolName;
            case PROGRAMME -> "the programme at " + schoolName;
        };
    }

    private String className(PlanSession session) {
        SchoolClass schoolClass = session.classId() == null ? null : classes.get(session.classId());
        return schoolClass == null ? String.valueOf(session.classId()) : schoolClass.name();
    }

    private String competence(PlanSession session, Function<Competence, String> word, String before) {
        Demand demand = demands.get(session.demandId());
        return demand == null || demand.competence() == null ? "" : before + word.apply(demand.competence());
    }

    private static String whenDa(PlanSession session) {
        String day = session.day().getDisplayName(TextStyle.FULL, DANISH) + "e";
        return day + (session.week() == Week.AB ? "" : " i uge " + session.week()) + " kl. " + session.start();
    }

    private static String whenEn(PlanSession session) {
        String day = session.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
        return day + (session.week() == Week.AB ? "" : " in week " + session.week()) + " at " + session.start();
    }

    private String name(String staffId) {
        Staff person = staff.get(staffId);
        return person == null ? staffId : person.name();
    }

    private String nameOr(String staffId, String none) {
        return staffId == null ? none : name(staffId);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
