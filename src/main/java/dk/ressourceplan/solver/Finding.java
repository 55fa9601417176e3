package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PprFunction;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

/**
 * Why a rule is broken: one record per rule of {@link PlanConstraints}, holding the facts its sentence needs (names,
 * minutes, days and times) and the sessions, staff and schools the page points at in the grid. The sentences
 * themselves are written once per language, in {@link DanishSentences} and {@link EnglishSentences}; a finding reads
 * itself in either through {@link #in(Sentences)}.
 */
public sealed interface Finding extends ConstraintJustification {

    /** The finding in the given language's words. */
    String in(Sentences sentences);

    /** The finding in Danish, as the page shows it. */
    default String text() {
        return in(DanishSentences.INSTANCE);
    }

    /** The finding in English, for the English page. */
    default String textEn() {
        return in(EnglishSentences.INSTANCE);
    }

    default List<String> sessionIds() {
        return List.of();
    }

    default List<String> staffIds() {
        return List.of();
    }

    default List<String> schoolIds() {
        return List.of();
    }

    // ---------------------------------------------------------------- the facts findings share

    /** A staff member or a school: what the page points at, and what the sentence calls it. */
    record Named(String id, String name) {

        static Named of(Staff staff) {
            return new Named(staff.id(), staff.name());
        }

        static Named of(School school) {
            return new Named(school.id(), school.name());
        }
    }

    /** A day and a start time, in week A, B or both. */
    record When(Week week, DayOfWeek day, int start) {

        static When of(TimeSlot slot) {
            return new When(slot.week(), slot.day(), slot.start());
        }
    }

    /**
     * What is to be done, as a sentence names it: co-teaching in a class, a school's collaboration meeting, PPR
     * presence, or the one PPR contact for a school (a demand whose seats one person holds together).
     */
    record Task(DemandType type, String className, Named school, boolean pprContact) {

        static Task of(Session session) {
            return new Task(session.getType(), className(session.getType(), session.getSchoolClass()),
                    Named.of(session.getSchool()), false);
        }

        static Task of(Assignment assignment) {
            DemandType type = assignment.getDemand().type();
            return new Task(type, className(type, assignment.getSchoolClass()), Named.of(assignment.getSchool()),
                    assignment.getSeats().size() > 1);
        }

        private static String className(DemandType type, SchoolClass schoolClass) {
            return type == DemandType.CO_TEACHING ? schoolClass.name() : null;
        }
    }

    // ---------------------------------------------------------------- hard

    /** {@value dk.ressourceplan.domain.ConstraintNames#DOUBLE_BOOKED}. */
    record DoubleBooked(Named staff, When when, Task first, String firstSessionId, Task second,
            String secondSessionId) implements Finding {

        static DoubleBooked of(DayRoute.Clash clash) {
            Visit a = clash.first();
            Visit b = clash.second();
            return new DoubleBooked(Named.of(a.staff()), new When(a.week(), a.day(), b.start()),
                    Task.of(a.session()), a.session().getId(), Task.of(b.session()), b.session().getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.doubleBooked(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(firstSessionId, secondSessionId);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(first.school().id(), second.school().id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#TRAVEL_DOES_NOT_FIT}: from {@code leaves} to {@code arrives}. */
    record DriveDoesNotFit(Named staff, Week week, DayOfWeek day, Named from, String fromSessionId, int leaves,
            Named to, String toSessionId, int arrives, int driveMinutes, int gapMinutes) implements Finding {

        static DriveDoesNotFit of(DayRoute.TightDrive tight) {
            Visit a = tight.from();
            Visit b = tight.to();
            return new DriveDoesNotFit(Named.of(a.staff()), a.week(), a.day(), Named.of(a.school()),
                    a.session().getId(), a.end(), Named.of(b.school()), b.session().getId(), b.start(), tight.drive(),
                    tight.gap());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.driveDoesNotFit(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(fromSessionId, toSessionId);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(from.id(), to.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#STAFF_UNAVAILABLE}. */
    record Unavailable(Named staff, When when, Task task, String sessionId) implements Finding {

        static Unavailable of(Visit visit) {
            return new Unavailable(Named.of(visit.staff()), new When(visit.week(), visit.day(), visit.start()),
                    Task.of(visit.session()), visit.session().getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.unavailable(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(sessionId);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }

    /** A finding about one session at its time: the three rules on when a session may lie. */
    sealed interface Misplaced extends Finding {

        Task task();

        When when();

        String sessionId();

        @Override
        default List<String> sessionIds() {
            return List.of(sessionId());
        }

        @Override
        default List<String> schoolIds() {
            return List.of(task().school().id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#OUTSIDE_SCHOOL_DAY}. */
    record OutsideSchoolDay(Task task, When when, String sessionId) implements Misplaced {

        static OutsideSchoolDay of(Session session) {
            return new OutsideSchoolDay(Task.of(session), When.of(session.getSlot()), session.getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.outsideSchoolDay(this);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#OUTSIDE_CLASS_LESSONS}. */
    record OutsideClassLessons(Task task, When when, String sessionId) implements Misplaced {

        static OutsideClassLessons of(Session session) {
            return new OutsideClassLessons(Task.of(session), When.of(session.getSlot()), session.getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.outsideClassLessons(this);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#OUTSIDE_MEETING_WINDOWS}. */
    record OutsideMeetingWindows(Task task, When when, String sessionId) implements Misplaced {

        static OutsideMeetingWindows of(Session session) {
            return new OutsideMeetingWindows(Task.of(session), When.of(session.getSlot()), session.getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.outsideMeetingWindows(this);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#LACKS_ROLE_OR_COMPETENCE}. */
    record NotQualified(Named staff, Role role, Task task) implements Finding {

        static NotQualified of(Assignment assignment) {
            return new NotQualified(Named.of(assignment.getStaff()), assignment.getStaff().role(), Task.of(assignment));
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.notQualified(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#DEMAND_SESSIONS_CLASH}. */
    record SessionsClash(Task task, When when, String firstSessionId, String secondSessionId) implements Finding {

        static SessionsClash of(Session a, Session b) {
            return new SessionsClash(Task.of(a), When.of(a.getSlot()), a.getId(), b.getId());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.sessionsClash(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(firstSessionId, secondSessionId);
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#WEEKLY_HOURS_EXCEEDED}. */
    record WeekTooLong(Named staff, Week week, int workMinutes, int availableMinutes) implements Finding {

        static WeekTooLong of(Staff staff, Week week, int workMinutes) {
            return new WeekTooLong(Named.of(staff), week, workMinutes, staff.minutesPerWeek());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.weekTooLong(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#DAILY_MAXIMUM_EXCEEDED}. */
    record DayTooLong(Named staff, Week week, DayOfWeek day, int workMinutes, int maximumMinutes,
            List<String> sessionIds) implements Finding {

        static DayTooLong of(PersonDay day, DayRoute route) {
            return new DayTooLong(Named.of(day.staff()), day.week(), day.day(), route.workMinutes(),
                    day.staff().maxMinutesPerDay(), route.sessionIds());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.dayTooLong(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#TOO_MANY_SCHOOLS}. */
    record TooManyProgrammes(Named staff, int programmes, int cap) implements Finding {

        static TooManyProgrammes of(Staff staff, int programmes) {
            return new TooManyProgrammes(Named.of(staff), programmes, staff.programmeCap());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.tooManyProgrammes(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    record CoordinationWithoutContact(Named staff, Named school) implements Finding {

        static CoordinationWithoutContact of(Assignment assignment) {
            return new CoordinationWithoutContact(Named.of(assignment.getStaff()), Named.of(assignment.getSchool()));
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.coordinationWithoutContact(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(school.id());
        }
    }

    record TooManySchools(Named staff, int schools, int cap) implements Finding {

        static TooManySchools of(Staff staff, int schools) {
            return new TooManySchools(Named.of(staff), schools, staff.schoolCap());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.tooManySchools(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#ASSIGNED_HOURS_EXCEEDED}, per fortnight. */
    record MoreWorkThanHours(Named staff, int sessionMinutes, int availableMinutes) implements Finding {

        static MoreWorkThanHours of(Staff staff, int sessionMinutes) {
            return new MoreWorkThanHours(Named.of(staff), sessionMinutes, 2 * staff.minutesPerWeek());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.moreWorkThanHours(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    // ---------------------------------------------------------------- medium

    /** {@value dk.ressourceplan.domain.ConstraintNames#DEMAND_NOT_COVERED}. */
    record Uncovered(Task task, int minutesPerFortnight, NeedLevel priority) implements Finding {

        static Uncovered of(Assignment assignment) {
            return new Uncovered(Task.of(assignment), assignment.getMinutesPerFortnight(), assignment.getPriority());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.uncovered(this);
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }

    // ---------------------------------------------------------------- soft

    /** {@value dk.ressourceplan.domain.ConstraintNames#SEVERAL_CO_TEACHERS}. */
    record SeveralCoTeachers(String className, String schoolId, Competence competence, int people)
            implements Finding {

        @Override
        public String in(Sentences sentences) {
            return sentences.severalCoTeachers(this);
        }

        @Override
        public List<String> schoolIds() {
            return List.of(schoolId);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#SEVERAL_PPR_CONTACTS}. */
    record SeveralPprContacts(Named school, PprFunction function, int people) implements Finding {

        @Override
        public String in(Sentences sentences) {
            return sentences.severalPprContacts(this);
        }

        @Override
        public List<String> schoolIds() {
            return List.of(school.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#TRAVEL_TIME}. */
    record Drives(Named staff, Week week, DayOfWeek day, int minutes, List<String> sessionIds) implements Finding {

        static Drives of(PersonDay day, DayRoute route) {
            return new Drives(Named.of(day.staff()), day.week(), day.day(), route.travelMinutes(), route.sessionIds());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.drives(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#SEVERAL_SCHOOLS_A_DAY}. */
    record SeveralSchoolsADay(Named staff, Week week, DayOfWeek day, int schools) implements Finding {

        static SeveralSchoolsADay of(PersonDay day, DayRoute route) {
            return new SeveralSchoolsADay(Named.of(day.staff()), day.week(), day.day(), route.schools());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.severalSchoolsADay(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#IDLE_TIME}: the longest wait of the day, over the threshold. */
    record Waits(Named staff, Week week, DayOfWeek day, int longestMinutes, int thresholdMinutes,
            List<String> sessionIds) implements Finding {

        static Waits of(PersonDay day, DayRoute route, int thresholdMinutes) {
            return new Waits(Named.of(day.staff()), day.week(), day.day(), route.longestIdle(), thresholdMinutes,
                    route.sessionIds());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.waits(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#UNEVEN_UTILISATION}, within one role. */
    record UnevenUtilisation(Role role, long unfairness) implements Finding {

        @Override
        public String in(Sentences sentences) {
            return sentences.unevenUtilisation(this);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#UNEVEN_COVERAGE}. */
    record UnevenCoverage(BigDecimal unfairness) implements Finding {

        @Override
        public String in(Sentences sentences) {
            return sentences.unevenCoverage(this);
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#MEETING_LOAD}, per fortnight. */
    record TooManyMeetings(Named staff, int meetingMinutes, int sharePercentMax) implements Finding {

        @Override
        public String in(Sentences sentences) {
            return sentences.tooManyMeetings(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#NON_PREFERRED_SCHOOL}. */
    record NonPreferredSchool(Named staff, Named school) implements Finding {

        static NonPreferredSchool of(Assignment assignment) {
            return new NonPreferredSchool(Named.of(assignment.getStaff()), Named.of(assignment.getSchool()));
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.nonPreferredSchool(this);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(school.id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#NON_PREFERRED_DAY}. */
    record NonPreferredDay(Named staff, Week week, DayOfWeek day, String sessionId, String schoolId)
            implements Finding {

        static NonPreferredDay of(Visit visit) {
            return new NonPreferredDay(Named.of(visit.staff()), visit.week(), visit.day(), visit.session().getId(),
                    visit.school().id());
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.nonPreferredDay(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(sessionId);
        }

        @Override
        public List<String> staffIds() {
            return List.of(staff.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(schoolId);
        }
    }

    // ---------------------------------------------------------------- reruns

    /**
     * {@value dk.ressourceplan.domain.ConstraintNames#MOVED_TO_ANOTHER_PERSON}: from the published plan's staff
     * member to another, or to nobody when {@code to} is null.
     */
    record MovedToAnotherPerson(Task task, Named from, Named to) implements Finding {

        static MovedToAnotherPerson of(Assignment assignment) {
            return new MovedToAnotherPerson(Task.of(assignment), Named.of(assignment.getPublishedStaff()),
                    assignment.getStaff() == null ? null : Named.of(assignment.getStaff()));
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.movedToAnotherPerson(this);
        }

        @Override
        public List<String> staffIds() {
            return to == null ? List.of(from.id()) : List.of(from.id(), to.id());
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }

    /** {@value dk.ressourceplan.domain.ConstraintNames#MOVED_TO_ANOTHER_TIME}. */
    record MovedToAnotherTime(Task task, String sessionId, When from, When to) implements Finding {

        static MovedToAnotherTime of(Session session) {
            return new MovedToAnotherTime(Task.of(session), session.getId(), When.of(session.getPublishedSlot()),
                    When.of(session.getSlot()));
        }

        @Override
        public String in(Sentences sentences) {
            return sentences.movedToAnotherTime(this);
        }

        @Override
        public List<String> sessionIds() {
            return List.of(sessionId);
        }

        @Override
        public List<String> schoolIds() {
            return List.of(task.school().id());
        }
    }
}
