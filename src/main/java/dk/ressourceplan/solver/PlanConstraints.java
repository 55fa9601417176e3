package dk.ressourceplan.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.collectAndThen;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Rule;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.Finding.CoordinationWithoutContact;
import dk.ressourceplan.solver.Finding.DayTooLong;
import dk.ressourceplan.solver.Finding.DoubleBooked;
import dk.ressourceplan.solver.Finding.DriveDoesNotFit;
import dk.ressourceplan.solver.Finding.Drives;
import dk.ressourceplan.solver.Finding.MoreWorkThanHours;
import dk.ressourceplan.solver.Finding.MovedToAnotherPerson;
import dk.ressourceplan.solver.Finding.MovedToAnotherTime;
import dk.ressourceplan.solver.Finding.Named;
import dk.ressourceplan.solver.Finding.NonPreferredDay;
import dk.ressourceplan.solver.Finding.NonPreferredSchool;
import dk.ressourceplan.solver.Finding.NotQualified;
import dk.ressourceplan.solver.Finding.OutsideClassLessons;
import dk.ressourceplan.solver.Finding.OutsideMeetingWindows;
import dk.ressourceplan.solver.Finding.OutsideSchoolDay;
import dk.ressourceplan.solver.Finding.SessionsClash;
import dk.ressourceplan.solver.Finding.SeveralCoTeachers;
import dk.ressourceplan.solver.Finding.SeveralPprContacts;
import dk.ressourceplan.solver.Finding.SeveralSchoolsADay;
import dk.ressourceplan.solver.Finding.TooManyMeetings;
import dk.ressourceplan.solver.Finding.TooManyProgrammes;
import dk.ressourceplan.solver.Finding.TooManySchools;
import dk.ressourceplan.solver.Finding.Unavailable;
import dk.ressourceplan.solver.Finding.Uncovered;
import dk.ressourceplan.solver.Finding.UnevenCoverage;
import dk.ressourceplan.solver.Finding.UnevenUtilisation;
import dk.ressourceplan.solver.Finding.Waits;
import dk.ressourceplan.solver.Finding.WeekTooLong;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Every rule a planner can state, one method each, named as the planner would say it. Hard: the plan cannot be
 * used. Medium: demand left uncovered. Soft: preferences, whose weights a municipality can override by the
 * constraint's name. Each rule's level and default weight are those of {@link ConstraintNames#RULES}, the table the
 * workbook's guide also states them from. Each rule justifies its matches with its own {@link Finding}, the facts
 * its sentence needs; the sentences are in {@link DanishSentences} and {@link EnglishSentences}.
 */
public class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                staffMemberInTwoPlacesAtOnce(factory),
                travelTimeDoesNotFitBetweenSessions(factory),
                sessionInStaffMembersUnavailableTime(factory),
                sessionOutsideSchoolDay(factory),
                coTeachingOutsideClassLessons(factory),
                meetingOutsideMeetingWindows(factory),
                staffMemberLacksRoleOrCompetence(factory),
                twoSessionsOfOneDemandAtOnce(factory),
                weeklyHoursIncludingTravelExceeded(factory),
                dailyMaximumExceeded(factory),
                tooManySchoolsForOneStaffMember(factory),
                assignedHoursExceedAvailableHours(factory),
                staffMemberRunsMoreProgrammesAtOnceThanAllowed(factory),
                demandNotCovered(factory),
                classHasMoreThanOneCoTeacherForACompetence(factory),
                schoolHasMoreThanOnePprContact(factory),
                coordinationMeetingWithoutTheSchoolsPprContact(factory),
                travelTime(factory),
                moreThanOneSchoolInADay(factory),
                idleTimeBetweenSessions(factory),
                unevenUtilisationAcrossStaff(factory),
                unevenCoverageAcrossSchools(factory),
                meetingHoursAboveTheirShare(factory),
                staffMemberAtNonPreferredSchool(factory),
                sessionOnNonPreferredDay(factory),
                sessionMovedToAnotherPerson(factory),
                sessionMovedToAnotherTime(factory),
        };
    }

    /**
     * Every staff member at every session they attend, once per single week. A session meets its seats in one join
     * on the demand, whose seats all its sessions share, and the session's own typed seats then say which seat.
     */
    static UniConstraintStream<Visit> visits(ConstraintFactory factory) {
        return seated(factory).filter(IN_WEEK_A).map(VISIT_IN_WEEK_A)
                .concat(seated(factory).filter(IN_WEEK_B).map(VISIT_IN_WEEK_B));
    }

    private static BiConstraintStream<Session, Assignment> seated(ConstraintFactory factory) {
        return sessions(factory)
                .join(seats(factory), Joiners.equal(DEMAND_OF_SESSION, DEMAND_OF_SEAT), Joiners.filtering(IS_SEATED));
    }

    /**
     * Every staff member's day in each single week, with its route worked out once: the rules about drives, hours,
     * schools and waits in a day all read the same route, so a move makes one route per day it changes.
     */
    static BiConstraintStream<PersonDay, DayRoute> days(ConstraintFactory factory) {
        return visits(factory).groupBy(PersonDay::of, DAY_ROUTE);
    }

    /**
     * Every session that has a time (a session the solver has not placed yet has none). Said with a filter of our own
     * rather than Timefold's {@code forEach}, which asks by reflection at every change whether the time is set.
     */
    private static UniConstraintStream<Session> sessions(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Session.class).filter(HAS_TIME);
    }

    private static final Predicate<Session> HAS_TIME = session -> session.getSlot() != null;

    /**
     * Every seat, covered or not. Each rule about covered seats says {@code getStaff() != null} itself, so all of them
     * read one node of seats instead of a second one that asks Timefold, by reflection at every change, whether the
     * seat has a person.
     */
    private static UniConstraintStream<Assignment> seats(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class);
    }

    /** Kept as constants so that every constraint shares the same nodes: the seats' join, the grouping into days. */
    private static final Function<Session, String> DEMAND_OF_SESSION = session -> session.getDemand().id();
    private static final Function<Assignment, String> DEMAND_OF_SEAT = assignment -> assignment.getDemand().id();
    private static final BiPredicate<Session, Assignment> IS_SEATED =
            (session, assignment) -> assignment.getStaff() != null && session.getSeats().contains(assignment);
    /** A weekly session is visited in both weeks: two visits from two filters, cheaper than flattening each pair. */
    private static final BiPredicate<Session, Assignment> IN_WEEK_A = (session, assignment) -> session.getSlot().week() != Week.B;
    private static final BiPredicate<Session, Assignment> IN_WEEK_B = (session, assignment) -> session.getSlot().week() != Week.A;
    private static final BiFunction<Session, Assignment, Visit> VISIT_IN_WEEK_A = (session, assignment) -> Visit.of(session, assignment, Week.A);
    private static final BiFunction<Session, Assignment, Visit> VISIT_IN_WEEK_B = (session, assignment) -> Visit.of(session, assignment, Week.B);
    private static final UniConstraintCollector<Visit, ?, DayRoute> DAY_ROUTE = DayRoute.collector();

    /**
     * People and schools are counted and balanced by id, which is unique in a plan: their records' own hashes go
     * through every field and list, on every change of a seat.
     */
    private static String staffId(Assignment assignment) {
        return assignment.getStaff().id();
    }

    private static String schoolId(Assignment assignment) {
        return assignment.getSchool().id();
    }

    /** Each staff member's fortnight: each week's work, the session and meeting minutes, from one grouping of days. */
    private static BiConstraintStream<Staff, PersonFortnight> fortnights(ConstraintFactory factory) {
        return days(factory).groupBy(ROUTE_STAFF, FORTNIGHT);
    }

    private static final BiFunction<PersonDay, DayRoute, Staff> ROUTE_STAFF = (day, route) -> day.staff();
    private static final BiConstraintCollector<PersonDay, DayRoute, ?, PersonFortnight> FORTNIGHT = PersonFortnight.collector();

    /** The rule's default weight on its level, from the one table of rules. */
    static HardMediumSoftLongScore weight(String name) {
        Rule rule = ConstraintNames.rule(name);
        return switch (rule.level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(rule.defaultWeight());
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(rule.defaultWeight());
            case SOFT -> HardMediumSoftLongScore.ofSoft(rule.defaultWeight());
        };
    }

    // ---------------------------------------------------------------- hard

    Constraint staffMemberInTwoPlacesAtOnce(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.hasClashes())
                .flattenLast(DayRoute::clashes)
                .penalize(weight(ConstraintNames.DOUBLE_BOOKED), (day, clash) -> clash.minutes())
                .justifyWith((day, clash, score) -> DoubleBooked.of(clash))
                .asConstraint(ConstraintNames.DOUBLE_BOOKED);
    }

    Constraint travelTimeDoesNotFitBetweenSessions(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.hasTightDrives())
                .flattenLast(DayRoute::tightDrives)
                .penalize(weight(ConstraintNames.TRAVEL_DOES_NOT_FIT), (day, tight) -> tight.shortfall())
                .justifyWith((day, tight, score) -> DriveDoesNotFit.of(tight))
                .asConstraint(ConstraintNames.TRAVEL_DOES_NOT_FIT);
    }

    Constraint sessionInStaffMembersUnavailableTime(ConstraintFactory factory) {
        return visits(factory)
                .filter(v -> v.staff().isUnavailable(v.week(), v.day(), v.start(), v.end()))
                .penalize(weight(ConstraintNames.STAFF_UNAVAILABLE), Visit::minutes)
                .justifyWith((visit, score) -> Unavailable.of(visit))
                .asConstraint(ConstraintNames.STAFF_UNAVAILABLE);
    }

    Constraint sessionOutsideSchoolDay(ConstraintFactory factory) {
        return sessions(factory)
                .filter(session -> !session.getSchool().dayContains(session.getSlot()))
                .penalize(weight(ConstraintNames.OUTSIDE_SCHOOL_DAY), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> OutsideSchoolDay.of(session))
                .asConstraint(ConstraintNames.OUTSIDE_SCHOOL_DAY);
    }

    Constraint coTeachingOutsideClassLessons(ConstraintFactory factory) {
        return sessions(factory)
                .filter(session -> session.getType() == DemandType.CO_TEACHING && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_CLASS_LESSONS), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> OutsideClassLessons.of(session))
                .asConstraint(ConstraintNames.OUTSIDE_CLASS_LESSONS);
    }

    Constraint meetingOutsideMeetingWindows(ConstraintFactory factory) {
        return sessions(factory)
                .filter(session -> session.getType().isMeeting() && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_MEETING_WINDOWS), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> OutsideMeetingWindows.of(session))
                .asConstraint(ConstraintNames.OUTSIDE_MEETING_WINDOWS);
    }

    Constraint staffMemberLacksRoleOrCompetence(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null && !assignment.staffQualifies())
                .penalize(weight(ConstraintNames.LACKS_ROLE_OR_COMPETENCE), Assignment::getMinutesPerFortnight)
                .justifyWith((assignment, score) -> NotQualified.of(assignment))
                .asConstraint(ConstraintNames.LACKS_ROLE_OR_COMPETENCE);
    }

    Constraint twoSessionsOfOneDemandAtOnce(ConstraintFactory factory) {
        // A demand has a handful of sessions: each pair is looked at once (by id) in a filter, without a sorted index.
        return sessions(factory).join(sessions(factory), Joiners.equal(DEMAND_OF_SESSION), Joiners.filtering(
                        (a, b) -> a.getId().compareTo(b.getId()) < 0 && a.getSlot().overlaps(b.getSlot())))
                .penalize(weight(ConstraintNames.DEMAND_SESSIONS_CLASH),
                        (a, b) -> Math.min(a.getSlot().end(), b.getSlot().end())
                        - Math.max(a.getSlot().start(), b.getSlot().start()))
                .justifyWith((a, b, score) -> SessionsClash.of(a, b))
                .asConstraint(ConstraintNames.DEMAND_SESSIONS_CLASH);
    }

    Constraint weeklyHoursIncludingTravelExceeded(ConstraintFactory factory) {
        return fortnights(factory)
                .filter((staff, fortnight) -> fortnight.longestWeek() > staff.minutesPerWeek())
                .flattenLast(PersonFortnight::weeks)
                .filter((staff, week) -> week.minutes() > staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.WEEKLY_HOURS_EXCEEDED),
                        (staff, week) -> week.minutes() - staff.minutesPerWeek())
                .justifyWith((staff, week, score) -> WeekTooLong.of(staff, week.week(), week.minutes()))
                .asConstraint(ConstraintNames.WEEKLY_HOURS_EXCEEDED);
    }

    Constraint dailyMaximumExceeded(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.workMinutes() > day.staff().maxMinutesPerDay())
                .penalize(weight(ConstraintNames.DAILY_MAXIMUM_EXCEEDED),
                        (day, route) -> route.workMinutes() - day.staff().maxMinutesPerDay())
                .justifyWith((day, route, score) -> DayTooLong.of(day, route))
                .asConstraint(ConstraintNames.DAILY_MAXIMUM_EXCEEDED);
    }

    Constraint tooManySchoolsForOneStaffMember(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, countDistinct(PlanConstraints::schoolId))
                .filter((staff, schools) -> schools > staff.schoolCap())
                .penalize(weight(ConstraintNames.TOO_MANY_SCHOOLS), (staff, schools) -> schools - staff.schoolCap())
                .justifyWith((staff, schools, score) -> TooManySchools.of(staff, schools))
                .asConstraint(ConstraintNames.TOO_MANY_SCHOOLS);
    }

    /**
     * The fortnight's session minutes alone must fit the fortnight's hours, each session counted at the length of
     * its own lesson, meeting or block. Weekly hours including travel imply this; stated on its own it tells a
     * planner who edited a plan by hand plainly that a person has more work than hours.
     */
    Constraint assignedHoursExceedAvailableHours(ConstraintFactory factory) {
        return fortnights(factory)
                .filter((staff, fortnight) -> fortnight.sessionMinutes() > 2 * staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.ASSIGNED_HOURS_EXCEEDED),
                        (staff, fortnight) -> fortnight.sessionMinutes() - 2 * staff.minutesPerWeek())
                .justifyWith((staff, fortnight, score) -> MoreWorkThanHours.of(staff, fortnight.sessionMinutes()))
                .asConstraint(ConstraintNames.ASSIGNED_HOURS_EXCEEDED);
    }

    /**
     * "i alt 3 forløb i gang på samme tid": every programme of a stretch of the term runs at once, so a person's
     * programme seats in the plan are the programmes they run at once.
     */
    Constraint staffMemberRunsMoreProgrammesAtOnceThanAllowed(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null && assignment.isProgramme())
                .groupBy(Assignment::getStaff, count())
                .filter((staff, programmes) -> programmes > staff.programmeCap())
                .penalize(weight(ConstraintNames.TOO_MANY_PROGRAMMES), (staff, programmes) -> programmes - staff.programmeCap())
                .justifyWith((staff, programmes, score) -> TooManyProgrammes.of(staff, programmes))
                .asConstraint(ConstraintNames.TOO_MANY_PROGRAMMES);
    }

    // ---------------------------------------------------------------- medium

    Constraint demandNotCovered(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() == null)
                .penalizeLong(weight(ConstraintNames.DEMAND_NOT_COVERED), Assignment::uncoveredPenalty)
                .justifyWith((assignment, score) -> Uncovered.of(assignment))
                .asConstraint(ConstraintNames.DEMAND_NOT_COVERED);
    }

    // ---------------------------------------------------------------- soft

    Constraint classHasMoreThanOneCoTeacherForACompetence(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null && assignment.isCoTeaching())
                .groupBy(Assignment::getSchoolClass, Assignment::getCompetence, countDistinct(PlanConstraints::staffId))
                .filter((schoolClass, competence, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_CO_TEACHERS), (schoolClass, competence, people) -> people - 1)
                .justifyWith((schoolClass, competence, people, score) ->
                        new SeveralCoTeachers(schoolClass.name(), schoolClass.schoolId(), competence, people))
                .asConstraint(ConstraintNames.SEVERAL_CO_TEACHERS);
    }

    /** One steady PPR contact per school and PPR service: a speech and hearing consultant is not a second contact. */
    Constraint schoolHasMoreThanOnePprContact(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null && assignment.isFortnightPprSeat())
                .groupBy(Assignment::getSchool, Assignment::getPprFunction, countDistinct(PlanConstraints::staffId))
                .filter((school, function, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_PPR_CONTACTS), (school, function, people) -> people - 1)
                .justifyWith((school, function, people, score) -> new SeveralPprContacts(Named.of(school), function, people))
                .asConstraint(ConstraintNames.SEVERAL_PPR_CONTACTS);
    }

    /**
     * A school's coordination meeting is with the PPR staff who serve it: the person in a PPR seat of the meeting is
     * one of those in the school's fortnightly PPR seats (when the school has any covered).
     */
    Constraint coordinationMeetingWithoutTheSchoolsPprContact(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null && assignment.isCoordinationPprSeat())
                .ifExists(seats(factory).filter(other -> other.getStaff() != null && other.isFortnightPprSeat()),
                        Joiners.equal(Assignment::getSchool))
                .ifNotExists(seats(factory).filter(Assignment::isFortnightPprSeat),
                        Joiners.equal(Assignment::getSchool), Joiners.equal(Assignment::getStaff))
                .penalize(weight(ConstraintNames.COORDINATION_WITHOUT_PPR_CONTACT))
                .justifyWith((assignment, score) -> CoordinationWithoutContact.of(assignment))
                .asConstraint(ConstraintNames.COORDINATION_WITHOUT_PPR_CONTACT);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.travelMinutes() > 0)
                .penalize(weight(ConstraintNames.TRAVEL_TIME), (day, route) -> route.travelMinutes())
                .justifyWith((day, route, score) -> Drives.of(day, route))
                .asConstraint(ConstraintNames.TRAVEL_TIME);
    }

    Constraint moreThanOneSchoolInADay(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.schools() > 1)
                .penalize(weight(ConstraintNames.SEVERAL_SCHOOLS_A_DAY), (day, route) -> route.schools() - 1)
                .justifyWith((day, route, score) -> SeveralSchoolsADay.of(day, route))
                .asConstraint(ConstraintNames.SEVERAL_SCHOOLS_A_DAY);
    }

    /**
     * A day with long waits between sessions is a day lost: every minute a person waits (the drive between schools
     * not counted) beyond the municipality's threshold ({@code rules.idleGapMinutes}) costs a point.
     */
    Constraint idleTimeBetweenSessions(ConstraintFactory factory) {
        return days(factory)
                // Only days with a wait meet the rules (a threshold is never below nought): most days are left alone.
                .filter((day, route) -> route.longestIdle() > 0)
                // The threshold is tested in the join: only days that wait too long become a match to score.
                .join(Rules.class, Joiners.filtering(
                        (day, route, rules) -> route.idleMinutesAbove(rules.idleGapThreshold()) > 0))
                .penalize(weight(ConstraintNames.IDLE_TIME),
                        (day, route, rules) -> route.idleMinutesAbove(rules.idleGapThreshold()))
                .justifyWith((day, route, rules, score) -> Waits.of(day, route, rules.idleGapThreshold()))
                .asConstraint(ConstraintNames.IDLE_TIME);
    }

    /** Utilisation in per mille of the hours available to the plan, balanced within each role. */
    Constraint unevenUtilisationAcrossStaff(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, sum(Assignment::getMinutesPerFortnight))
                .complement(Staff.class, staff -> 0)
                .filter((staff, minutes) -> staff.minutesPerWeek() > 0)
                .groupBy((staff, minutes) -> staff.role(),
                        LoadUnfairness.of((staff, minutes) -> minutes * 500L / staff.minutesPerWeek()))
                .penalizeLong(weight(ConstraintNames.UNEVEN_UTILISATION), (role, unfairness) -> unfairness)
                .justifyWith((role, unfairness, score) -> new UnevenUtilisation(role, unfairness))
                .asConstraint(ConstraintNames.UNEVEN_UTILISATION);
    }

    /** The uncovered share of each school's demand, in per mille, balanced across schools. */
    Constraint unevenCoverageAcrossSchools(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() == null)
                .groupBy(Assignment::getSchool, sum(assignment -> assignment.getMinutesPerFortnight() * 1000
                        / Math.max(1, assignment.getSchoolDemandMinutesPerFortnight())))
                .complement(School.class, school -> 0)
                .groupBy(collectAndThen(loadBalance((school, uncovered) -> school.id(), (school, uncovered) -> uncovered),
                        LoadBalance::unfairness))
                .filter(unfairness -> unfairness.signum() > 0)
                .penalizeLong(weight(ConstraintNames.UNEVEN_COVERAGE), BigDecimal::longValue)
                .justifyWith((unfairness, score) -> new UnevenCoverage(unfairness))
                .asConstraint(ConstraintNames.UNEVEN_COVERAGE);
    }

    Constraint meetingHoursAboveTheirShare(ConstraintFactory factory) {
        return fortnights(factory)
                // Only people with meetings meet the rules (a share is never below nought).
                .filter((staff, fortnight) -> fortnight.meetingMinutes() > 0)
                // The share is tested in the join: only people above it become a match to score.
                .join(Rules.class, Joiners.filtering(
                        (staff, fortnight, rules) -> fortnight.meetingMinutes() > meetingAllowance(staff, rules)))
                .penalize(weight(ConstraintNames.MEETING_LOAD),
                        (staff, fortnight, rules) -> fortnight.meetingMinutes() - meetingAllowance(staff, rules))
                .justifyWith((staff, fortnight, rules, score) ->
                        new TooManyMeetings(Named.of(staff), fortnight.meetingMinutes(), rules.meetingSharePercentMax()))
                .asConstraint(ConstraintNames.MEETING_LOAD);
    }

    static int meetingAllowance(Staff staff, Rules rules) {
        return 2 * staff.minutesPerWeek() * rules.meetingSharePercentMax() / 100;
    }

    Constraint staffMemberAtNonPreferredSchool(ConstraintFactory factory) {
        return seats(factory)
                .filter(assignment -> assignment.getStaff() != null
                        && !assignment.getStaff().prefersSchool(assignment.getSchool().id()))
                .penalize(weight(ConstraintNames.NON_PREFERRED_SCHOOL),
                        assignment -> assignment.getMinutesPerFortnight() / 10)
                .justifyWith((assignment, score) -> NonPreferredSchool.of(assignment))
                .asConstraint(ConstraintNames.NON_PREFERRED_SCHOOL);
    }

    Constraint sessionOnNonPreferredDay(ConstraintFactory factory) {
        return visits(factory)
                .filter(visit -> !visit.staff().prefersDay(visit.day()))
                .penalize(weight(ConstraintNames.NON_PREFERRED_DAY), visit -> visit.minutes() / 10)
                .justifyWith((visit, score) -> NonPreferredDay.of(visit))
                .asConstraint(ConstraintNames.NON_PREFERRED_DAY);
    }

    // ---------------------------------------------------------------- reruns

    /** In a rerun: every session that goes to someone else than in the published plan upsets a class or a school. */
    Constraint sessionMovedToAnotherPerson(ConstraintFactory factory) {
        return seats(factory)
                .filter(Assignment::movedFromPublishedPerson)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_PERSON), Assignment::getSessionCount)
                .justifyWith((assignment, score) -> MovedToAnotherPerson.of(assignment))
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_PERSON);
    }

    /** In a rerun: every session that moves to another day or time upsets a class or a school. */
    Constraint sessionMovedToAnotherTime(ConstraintFactory factory) {
        return sessions(factory)
                .filter(Session::movedFromPublishedTime)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_TIME))
                .justifyWith((session, score) -> MovedToAnotherTime.of(session))
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_TIME);
    }
}
