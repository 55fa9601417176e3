package dk.ressourceplan.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Rule;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Times;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The rules as they were scored before issue 18 (commit c47ec53), kept only as the reference that the faster
 * {@link PlanConstraints} must match exactly: every visit from a join of sessions and seats, every person-day
 * grouped into a list and priced from scratch, clashes and tight drives from joins of visits with visits. The
 * justifications are left out; only the scores are compared. The seats are joined through the typed seats of a
 * session instead of their ids, which changes nothing but the join's key.
 */
public class ReferenceConstraints implements ConstraintProvider {

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
                demandNotCovered(factory),
                classHasMoreThanOneCoTeacherForACompetence(factory),
                schoolHasMoreThanOnePprContact(factory),
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

    /** Every staff member at every session they attend, once per single week. */
    static UniConstraintStream<Visit> visits(ConstraintFactory factory) {
        UniConstraintStream<Visit> visits = seatVisits(factory, 0);
        for (int seat = 1; seat < Demand.MAX_SEATS; seat++) {
            visits = visits.concat(seatVisits(factory, seat));
        }
        return visits;
    }

    /** Kept as constants so that every constraint shares the same join nodes. */
    private static final List<Function<Session, Assignment>> SEAT_KEY = IntStream.range(0, Demand.MAX_SEATS)
            .<Function<Session, Assignment>>mapToObj(seat -> session -> session.seat(seat)).toList();
    private static final List<BiFunction<Session, Assignment, Visit>> SEAT_VISIT = IntStream.range(0, Demand.MAX_SEATS)
            .<BiFunction<Session, Assignment, Visit>>mapToObj(seat -> (session, assignment) -> Visit.of(session, assignment, seat))
            .toList();

    private static UniConstraintStream<Visit> seatVisits(ConstraintFactory factory, int seat) {
        return factory.forEach(Session.class)
                .join(Assignment.class, Joiners.equal(SEAT_KEY.get(seat), Function.identity()),
                        Joiners.filtering(ReferenceConstraints::isCovered))
                .map(SEAT_VISIT.get(seat))
                .flattenLast(Visit::perWeek);
    }

    private static boolean isCovered(Session session, Assignment assignment) {
        return assignment.getStaff() != null;
    }

    /** The rule's default weight on its level, from the one table of rules. */
    private static HardMediumSoftLongScore weight(String name) {
        Rule rule = ConstraintNames.rule(name);
        return switch (rule.level()) {
            case HARD -> HardMediumSoftLongScore.ofHard(rule.defaultWeight());
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(rule.defaultWeight());
            case SOFT -> HardMediumSoftLongScore.ofSoft(rule.defaultWeight());
        };
    }

    // ---------------------------------------------------------------- hard

    Constraint staffMemberInTwoPlacesAtOnce(ConstraintFactory factory) {
        return visits(factory)
                .join(visits(factory),
                        Joiners.equal(Visit::staff), Joiners.equal(Visit::week), Joiners.equal(Visit::day),
                        Joiners.overlapping(Visit::start, Visit::end), Joiners.lessThan(ReferenceConstraints::key))
                .penalize(weight(ConstraintNames.DOUBLE_BOOKED),
                        (a, b) -> Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()))
                .asConstraint(ConstraintNames.DOUBLE_BOOKED);
    }

    Constraint travelTimeDoesNotFitBetweenSessions(ConstraintFactory factory) {
        return visits(factory)
                .join(visits(factory),
                        Joiners.equal(Visit::staff), Joiners.equal(Visit::week), Joiners.equal(Visit::day),
                        Joiners.lessThanOrEqual(Visit::end, Visit::start),
                        Joiners.filtering((a, b) -> !a.school().equals(b.school())
                                && b.start() - a.end() < a.session().travelMinutesTo(b.session())))
                .penalize(weight(ConstraintNames.TRAVEL_DOES_NOT_FIT),
                        (a, b) -> a.session().travelMinutesTo(b.session()) - (b.start() - a.end()))
                .asConstraint(ConstraintNames.TRAVEL_DOES_NOT_FIT);
    }

    Constraint sessionInStaffMembersUnavailableTime(ConstraintFactory factory) {
        return visits(factory)
                .filter(v -> v.staff().isUnavailable(v.week(), v.day(), v.start(), v.end()))
                .penalize(weight(ConstraintNames.STAFF_UNAVAILABLE), Visit::minutes)
                .asConstraint(ConstraintNames.STAFF_UNAVAILABLE);
    }

    Constraint sessionOutsideSchoolDay(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> !session.getSchool().dayContains(session.getSlot()))
                .penalize(weight(ConstraintNames.OUTSIDE_SCHOOL_DAY), session -> session.getSlot().minutes())
                .asConstraint(ConstraintNames.OUTSIDE_SCHOOL_DAY);
    }

    Constraint coTeachingOutsideClassLessons(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getType() == DemandType.CO_TEACHING && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_CLASS_LESSONS), session -> session.getSlot().minutes())
                .asConstraint(ConstraintNames.OUTSIDE_CLASS_LESSONS);
    }

    Constraint meetingOutsideMeetingWindows(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getType() == DemandType.COLLABORATION_MEETING && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_MEETING_WINDOWS), session -> session.getSlot().minutes())
                .asConstraint(ConstraintNames.OUTSIDE_MEETING_WINDOWS);
    }

    Constraint staffMemberLacksRoleOrCompetence(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && !assignment.staffQualifies())
                .penalize(weight(ConstraintNames.LACKS_ROLE_OR_COMPETENCE), Assignment::getMinutesPerFortnight)
                .asConstraint(ConstraintNames.LACKS_ROLE_OR_COMPETENCE);
    }

    Constraint twoSessionsOfOneDemandAtOnce(ConstraintFactory factory) {
        return factory.forEachUniquePair(Session.class, Joiners.equal(Session::getDemand))
                .filter((a, b) -> a.getSlot().overlaps(b.getSlot()))
                .penalize(weight(ConstraintNames.DEMAND_SESSIONS_CLASH),
                        (a, b) -> Math.min(a.getSlot().end(), b.getSlot().end())
                        - Math.max(a.getSlot().start(), b.getSlot().start()))
                .asConstraint(ConstraintNames.DEMAND_SESSIONS_CLASH);
    }

    Constraint weeklyHoursIncludingTravelExceeded(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(Visit::staff, Visit::week, Visit::day, toList())
                .groupBy((staff, week, day, visits) -> staff, (staff, week, day, visits) -> week,
                        sum((staff, week, day, visits) -> ReferenceConstraints.workMinutes(staff, visits)))
                .filter((staff, week, minutes) -> minutes > staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.WEEKLY_HOURS_EXCEEDED),
                        (staff, week, minutes) -> minutes - staff.minutesPerWeek())
                .asConstraint(ConstraintNames.WEEKLY_HOURS_EXCEEDED);
    }

    Constraint dailyMaximumExceeded(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(Visit::staff, Visit::week, Visit::day, toList())
                .filter((staff, week, day, visits) -> ReferenceConstraints.workMinutes(staff, visits) > staff.maxMinutesPerDay())
                .penalize(weight(ConstraintNames.DAILY_MAXIMUM_EXCEEDED),
                        (staff, week, day, visits) -> ReferenceConstraints.workMinutes(staff, visits) - staff.maxMinutesPerDay())
                .asConstraint(ConstraintNames.DAILY_MAXIMUM_EXCEEDED);
    }

    Constraint tooManySchoolsForOneStaffMember(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, countDistinct(Assignment::getSchool))
                .filter((staff, schools) -> schools > staff.schoolCap())
                .penalize(weight(ConstraintNames.TOO_MANY_SCHOOLS), (staff, schools) -> schools - staff.schoolCap())
                .asConstraint(ConstraintNames.TOO_MANY_SCHOOLS);
    }

    /**
     * The fortnight's session minutes alone must fit the fortnight's hours, each session counted at the length of
     * its own lesson, meeting or block. Weekly hours including travel imply this; stated on its own it tells a
     * planner who edited a plan by hand plainly that a person has more work than hours.
     */
    Constraint assignedHoursExceedAvailableHours(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(Visit::staff, sum(Visit::minutes))
                .filter((staff, minutes) -> minutes > 2 * staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.ASSIGNED_HOURS_EXCEEDED),
                        (staff, minutes) -> minutes - 2 * staff.minutesPerWeek())
                .asConstraint(ConstraintNames.ASSIGNED_HOURS_EXCEEDED);
    }

    // ---------------------------------------------------------------- medium

    Constraint demandNotCovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(assignment -> assignment.getStaff() == null)
                .penalizeLong(weight(ConstraintNames.DEMAND_NOT_COVERED), Assignment::uncoveredPenalty)
                .asConstraint(ConstraintNames.DEMAND_NOT_COVERED);
    }

    // ---------------------------------------------------------------- soft

    Constraint classHasMoreThanOneCoTeacherForACompetence(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && assignment.isCoTeaching())
                .groupBy(Assignment::getSchoolClass, Assignment::getCompetence,
                        countDistinct(Assignment::getStaff))
                .filter((schoolClass, competence, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_CO_TEACHERS), (schoolClass, competence, people) -> people - 1)
                .asConstraint(ConstraintNames.SEVERAL_CO_TEACHERS);
    }

    /** One steady PPR contact per school and PPR service: a speech and hearing consultant is not a second contact. */
    Constraint schoolHasMoreThanOnePprContact(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && assignment.isPprSeat())
                .groupBy(Assignment::getSchool, Assignment::getPprFunction, countDistinct(Assignment::getStaff))
                .filter((school, function, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_PPR_CONTACTS), (school, function, people) -> people - 1)
                .asConstraint(ConstraintNames.SEVERAL_PPR_CONTACTS);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(Visit::staff, Visit::week, Visit::day, toList())
                .filter((staff, week, day, visits) -> ReferenceConstraints.travelMinutes(staff, visits) > 0)
                .penalize(weight(ConstraintNames.TRAVEL_TIME),
                        (staff, week, day, visits) -> ReferenceConstraints.travelMinutes(staff, visits))
                .asConstraint(ConstraintNames.TRAVEL_TIME);
    }

    Constraint moreThanOneSchoolInADay(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(Visit::staff, Visit::week, Visit::day, countDistinct(Visit::school))
                .filter((staff, week, day, schools) -> schools > 1)
                .penalize(weight(ConstraintNames.SEVERAL_SCHOOLS_A_DAY), (staff, week, day, schools) -> schools - 1)
                .asConstraint(ConstraintNames.SEVERAL_SCHOOLS_A_DAY);
    }

    /**
     * A day with long waits between sessions is a day lost: every minute a person waits (the drive between schools
     * not counted) beyond the municipality's threshold ({@code rules.idleGapMinutes}) costs a point.
     */
    Constraint idleTimeBetweenSessions(ConstraintFactory factory) {
        return visits(factory)
                .groupBy(PersonDay::of, toList())
                .join(Rules.class)
                .filter((day, visits, rules) -> ReferenceConstraints.idleMinutesAbove(visits, rules.idleGapThreshold()) > 0)
                .penalize(weight(ConstraintNames.IDLE_TIME),
                        (day, visits, rules) -> ReferenceConstraints.idleMinutesAbove(visits, rules.idleGapThreshold()))
                .asConstraint(ConstraintNames.IDLE_TIME);
    }

    /** Utilisation in per mille of the hours available to the plan, balanced within each role. */
    Constraint unevenUtilisationAcrossStaff(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, sum(Assignment::getMinutesPerFortnight))
                .complement(Staff.class, staff -> 0)
                .filter((staff, minutes) -> staff.minutesPerWeek() > 0)
                .groupBy((staff, minutes) -> staff.role(),
                        loadBalance((staff, minutes) -> staff, (staff, minutes) -> minutes * 500L / staff.minutesPerWeek()))
                .penalizeLong(weight(ConstraintNames.UNEVEN_UTILISATION),
                        (role, balance) -> balance.unfairness().longValue())
                .asConstraint(ConstraintNames.UNEVEN_UTILISATION);
    }

    /** The uncovered share of each school's demand, in per mille, balanced across schools. */
    Constraint unevenCoverageAcrossSchools(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(assignment -> assignment.getStaff() == null)
                .groupBy(Assignment::getSchool, sum(assignment -> assignment.getMinutesPerFortnight() * 1000
                        / Math.max(1, assignment.getSchoolDemandMinutesPerFortnight())))
                .complement(School.class, school -> 0)
                .groupBy(loadBalance((school, uncovered) -> school, (school, uncovered) -> uncovered))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalizeLong(weight(ConstraintNames.UNEVEN_COVERAGE), balance -> balance.unfairness().longValue())
                .asConstraint(ConstraintNames.UNEVEN_COVERAGE);
    }

    Constraint meetingHoursAboveTheirShare(ConstraintFactory factory) {
        return visits(factory)
                .filter(visit -> visit.type() == DemandType.COLLABORATION_MEETING)
                .groupBy(Visit::staff, sum(Visit::minutes))
                .join(Rules.class)
                .filter((staff, minutes, rules) -> minutes > meetingAllowance(staff, rules))
                .penalize(weight(ConstraintNames.MEETING_LOAD),
                        (staff, minutes, rules) -> minutes - meetingAllowance(staff, rules))
                .asConstraint(ConstraintNames.MEETING_LOAD);
    }

    static int meetingAllowance(Staff staff, Rules rules) {
        return 2 * staff.minutesPerWeek() * rules.meetingSharePercentMax() / 100;
    }

    Constraint staffMemberAtNonPreferredSchool(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null
                        && !assignment.getStaff().prefersSchool(assignment.getSchool().id()))
                .penalize(weight(ConstraintNames.NON_PREFERRED_SCHOOL),
                        assignment -> assignment.getMinutesPerFortnight() / 10)
                .asConstraint(ConstraintNames.NON_PREFERRED_SCHOOL);
    }

    Constraint sessionOnNonPreferredDay(ConstraintFactory factory) {
        return visits(factory)
                .filter(visit -> !visit.staff().prefersDay(visit.day()))
                .penalize(weight(ConstraintNames.NON_PREFERRED_DAY), visit -> visit.minutes() / 10)
                .asConstraint(ConstraintNames.NON_PREFERRED_DAY);
    }

    // ---------------------------------------------------------------- reruns

    /** In a rerun: every session that goes to someone else than in the published plan upsets a class or a school. */
    Constraint sessionMovedToAnotherPerson(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(Assignment::movedFromPublishedPerson)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_PERSON), Assignment::getSessionCount)
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_PERSON);
    }

    /** In a rerun: every session that moves to another day or time upsets a class or a school. */
    Constraint sessionMovedToAnotherTime(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::movedFromPublishedTime)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_TIME))
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_TIME);
    }

    // ---------------------------------------------------------------- the day's route, from scratch, as before

    /**
     * Fully ordered, so that sessions clashing at the same time give the same route however they were collected;
     * otherwise the score would depend on the order in which the solver happened to gather them.
     */
    private static final Comparator<Visit> IN_TIME_ORDER = Comparator.comparingInt(Visit::start)
            .thenComparingInt(Visit::end).thenComparing(visit -> visit.school().id()).thenComparing(ReferenceConstraints::key);

    /** The order of two visits as the score told it before: by a key of session, seat and week. */
    static String key(Visit visit) {
        return visit.session().getId() + "#" + visit.seat() + "#" + visit.week();
    }

    static int travelMinutes(Staff staff, List<Visit> visits) {
        if (visits.isEmpty()) {
            return 0;
        }
        List<Visit> ordered = visits.stream().sorted(IN_TIME_ORDER).toList();
        Visit first = ordered.get(0);
        int minutes = first.session().travelMinutesFromBase(staff);
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            if (!previous.school().equals(next.school())) {
                minutes += previous.session().travelMinutesTo(next.session());
            }
        }
        return minutes + ordered.get(ordered.size() - 1).session().travelMinutesFromBase(staff);
    }

    /** The minutes waited beyond {@code threshold} between consecutive sessions, the drive between them not counted. */
    static int idleMinutesAbove(List<Visit> visits, int threshold) {
        int above = 0;
        for (int idle : idleGaps(visits)) {
            above += Math.max(0, idle - threshold);
        }
        return above;
    }

    /** The longest wait between two consecutive sessions of the day, the drive between them not counted. */
    static int longestIdle(List<Visit> visits) {
        int longest = 0;
        for (int idle : idleGaps(visits)) {
            longest = Math.max(longest, idle);
        }
        return longest;
    }

    private static int[] idleGaps(List<Visit> visits) {
        if (visits.size() < 2) {
            return new int[0];
        }
        List<Visit> ordered = visits.stream().sorted(IN_TIME_ORDER).toList();
        int[] gaps = new int[ordered.size() - 1];
        int latestEnd = ordered.get(0).end();
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            int drive = previous.school().equals(next.school()) ? 0 : previous.session().travelMinutesTo(next.session());
            gaps[i - 1] = Math.max(0, next.start() - latestEnd - drive);
            latestEnd = Math.max(latestEnd, next.end());
        }
        return gaps;
    }

    static int sessionMinutes(List<Visit> visits) {
        return visits.stream().mapToInt(Visit::minutes).sum();
    }

    static int workMinutes(Staff staff, List<Visit> visits) {
        return sessionMinutes(visits) + travelMinutes(staff, visits);
    }
}
