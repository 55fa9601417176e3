package dk.ressourceplan.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.collectAndThen;
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
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Rule;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.BiPredicate;

/**
 * Every rule a planner can state, one method each, named as the planner would say it. Hard: the plan cannot be
 * used. Medium: demand left uncovered. Soft: preferences, whose weights a municipality can override by the
 * constraint's name. Each rule's level and default weight are those of {@link ConstraintNames#RULES}, the table the
 * workbook's guide also states them from.
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

    /**
     * Every staff member at every session they attend, once per single week. A session meets its seats in one join
     * on the demand, whose seats all its sessions share, and the session's own typed seats then say which seat.
     */
    static UniConstraintStream<Visit> visits(ConstraintFactory factory) {
        return seated(factory).filter(IN_WEEK_A).map(VISIT_IN_WEEK_A)
                .concat(seated(factory).filter(IN_WEEK_B).map(VISIT_IN_WEEK_B));
    }

    private static BiConstraintStream<Session, Assignment> seated(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .join(Assignment.class, Joiners.equal(DEMAND_OF_SESSION, DEMAND_OF_SEAT), Joiners.filtering(IS_SEATED));
    }

    /**
     * Every staff member's day in each single week, with its route worked out once: the rules about drives, hours,
     * schools and waits in a day all read the same route, so a move makes one route per day it changes.
     */
    static BiConstraintStream<PersonDay, DayRoute> days(ConstraintFactory factory) {
        return visits(factory).groupBy(PersonDay::of, DAY_ROUTE);
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

    /** Each staff member's session and meeting minutes per fortnight. */
    private static TriConstraintStream<Staff, Integer, Integer> fortnights(ConstraintFactory factory) {
        return days(factory).groupBy(ROUTE_STAFF, SESSION_MINUTES, MEETING_MINUTES);
    }

    private static final BiFunction<PersonDay, DayRoute, Staff> ROUTE_STAFF = (day, route) -> day.staff();
    private static final BiConstraintCollector<PersonDay, DayRoute, ?, Integer> SESSION_MINUTES =
            sum((day, route) -> route.sessionMinutes());
    private static final BiConstraintCollector<PersonDay, DayRoute, ?, Integer> MEETING_MINUTES =
            sum((day, route) -> route.meetingMinutes());

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
                .justifyWith((day, clash, score) -> {
                    Visit a = clash.first();
                    Visit b = clash.second();
                    return new Reason(
                            a.staff().name() + " skal være to steder på én gang " + Words.when(a.week(), a.day(), b.start())
                                    + ": " + Words.what(a.session()) + " og " + Words.what(b.session()) + ".",
                            a.staff().name() + " is due in two places at once " + Words.whenEn(a.week(), a.day(), b.start())
                                    + ": " + Words.whatEn(a.session()) + " and " + Words.whatEn(b.session()) + ".",
                            List.of(a.session().getId(), b.session().getId()), List.of(a.staff().id()),
                            List.of(a.school().id(), b.school().id()));
                })
                .asConstraint(ConstraintNames.DOUBLE_BOOKED);
    }

    Constraint travelTimeDoesNotFitBetweenSessions(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.hasTightDrives())
                .flattenLast(DayRoute::tightDrives)
                .penalize(weight(ConstraintNames.TRAVEL_DOES_NOT_FIT), (day, tight) -> tight.shortfall())
                .justifyWith((day, tight, score) -> {
                    Visit a = tight.from();
                    Visit b = tight.to();
                    return new Reason(
                            a.staff().name() + " kan ikke nå fra " + a.school().name() + " til " + b.school().name() + " "
                                    + Words.day(a.week(), a.day()) + ": turen tager " + tight.drive()
                                    + " min., men der er " + tight.gap() + " min. mellem " + Times.format(a.end())
                                    + " og " + Times.format(b.start()) + ".",
                            a.staff().name() + " cannot get from " + a.school().name() + " to " + b.school().name()
                                    + " on " + Words.dayEn(a.week(), a.day()) + ": the drive takes " + tight.drive()
                                    + " min but there are " + tight.gap() + " min between " + Times.format(a.end())
                                    + " and " + Times.format(b.start()) + ".",
                            List.of(a.session().getId(), b.session().getId()), List.of(a.staff().id()),
                            List.of(a.school().id(), b.school().id()));
                })
                .asConstraint(ConstraintNames.TRAVEL_DOES_NOT_FIT);
    }

    Constraint sessionInStaffMembersUnavailableTime(ConstraintFactory factory) {
        return visits(factory)
                .filter(v -> v.staff().isUnavailable(v.week(), v.day(), v.start(), v.end()))
                .penalize(weight(ConstraintNames.STAFF_UNAVAILABLE), Visit::minutes)
                .justifyWith((v, score) -> new Reason(
                        v.staff().name() + " er ikke til rådighed " + Words.when(v.week(), v.day(), v.start())
                                + ", men er sat på " + Words.what(v.session()) + ".",
                        v.staff().name() + " is not available " + Words.whenEn(v.week(), v.day(), v.start())
                                + " but is planned for " + Words.whatEn(v.session()) + ".",
                        List.of(v.session().getId()), List.of(v.staff().id()), List.of(v.school().id())))
                .asConstraint(ConstraintNames.STAFF_UNAVAILABLE);
    }

    Constraint sessionOutsideSchoolDay(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> !session.getSchool().dayContains(session.getSlot()))
                .penalize(weight(ConstraintNames.OUTSIDE_SCHOOL_DAY), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> sessionReason(session,
                        "ligger uden for skoledagen", "lies outside the school day"))
                .asConstraint(ConstraintNames.OUTSIDE_SCHOOL_DAY);
    }

    Constraint coTeachingOutsideClassLessons(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getType() == DemandType.CO_TEACHING && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_CLASS_LESSONS), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> sessionReason(session,
                        "ligger ikke i en af klassens egne lektioner", "is not in one of the class's own lessons"))
                .asConstraint(ConstraintNames.OUTSIDE_CLASS_LESSONS);
    }

    Constraint meetingOutsideMeetingWindows(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(session -> session.getType() == DemandType.COLLABORATION_MEETING && !session.slotIsAllowed())
                .penalize(weight(ConstraintNames.OUTSIDE_MEETING_WINDOWS), session -> session.getSlot().minutes())
                .justifyWith((session, score) -> sessionReason(session,
                        "ligger uden for skolens mødetider", "lies outside the school's meeting windows"))
                .asConstraint(ConstraintNames.OUTSIDE_MEETING_WINDOWS);
    }

    Constraint staffMemberLacksRoleOrCompetence(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && !assignment.staffQualifies())
                .penalize(weight(ConstraintNames.LACKS_ROLE_OR_COMPETENCE), Assignment::getMinutesPerFortnight)
                .justifyWith((assignment, score) -> new Reason(
                        assignment.getStaff().name() + " (" + assignment.getStaff().role().danish()
                                + ") har ikke den rolle eller kompetence, som " + Words.what(assignment) + " kræver.",
                        assignment.getStaff().name() + " (" + assignment.getStaff().role().code()
                                + ") lacks the role or competence that " + Words.whatEn(assignment) + " requires.",
                        List.of(), List.of(assignment.getStaff().id()), List.of(assignment.getSchool().id())))
                .asConstraint(ConstraintNames.LACKS_ROLE_OR_COMPETENCE);
    }

    Constraint twoSessionsOfOneDemandAtOnce(ConstraintFactory factory) {
        return factory.forEachUniquePair(Session.class, Joiners.equal(DEMAND_OF_SESSION))
                .filter((a, b) -> a.getSlot().overlaps(b.getSlot()))
                .penalize(weight(ConstraintNames.DEMAND_SESSIONS_CLASH),
                        (a, b) -> Math.min(a.getSlot().end(), b.getSlot().end())
                        - Math.max(a.getSlot().start(), b.getSlot().start()))
                .justifyWith((a, b, score) -> new Reason(
                        "To sessioner af " + Words.what(a) + " ligger samtidig " + Words.when(a.getSlot().week(),
                                a.getSlot().day(), a.getSlot().start()) + ".",
                        "Two sessions of " + Words.whatEn(a) + " are at the same time " + Words.whenEn(a.getSlot().week(),
                                a.getSlot().day(), a.getSlot().start()) + ".",
                        List.of(a.getId(), b.getId()), List.of(), List.of(a.getSchool().id())))
                .asConstraint(ConstraintNames.DEMAND_SESSIONS_CLASH);
    }

    Constraint weeklyHoursIncludingTravelExceeded(ConstraintFactory factory) {
        return days(factory)
                .groupBy((day, route) -> day.staff(), (day, route) -> day.week(), sum((day, route) -> route.workMinutes()))
                .filter((staff, week, minutes) -> minutes > staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.WEEKLY_HOURS_EXCEEDED),
                        (staff, week, minutes) -> minutes - staff.minutesPerWeek())
                .justifyWith((staff, week, minutes, score) -> new Reason(
                        staff.name() + " har " + Words.hours(minutes) + " timer inkl. transport i uge " + week
                                + ", men kun " + Words.hours(staff.minutesPerWeek()) + " til rådighed.",
                        staff.name() + " has " + Words.hours(minutes) + " hours including travel in week " + week
                                + " but only " + Words.hours(staff.minutesPerWeek()) + " available.",
                        List.of(), List.of(staff.id()), List.of()))
                .asConstraint(ConstraintNames.WEEKLY_HOURS_EXCEEDED);
    }

    Constraint dailyMaximumExceeded(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.workMinutes() > day.staff().maxMinutesPerDay())
                .penalize(weight(ConstraintNames.DAILY_MAXIMUM_EXCEEDED),
                        (day, route) -> route.workMinutes() - day.staff().maxMinutesPerDay())
                .justifyWith((day, route, score) -> new Reason(
                        day.staff().name() + " har " + Words.hours(route.workMinutes()) + " timer inkl. transport "
                                + Words.day(day.week(), day.day()) + ", over dagens maksimum på "
                                + Words.hours(day.staff().maxMinutesPerDay()) + ".",
                        day.staff().name() + " has " + Words.hours(route.workMinutes()) + " hours including travel on "
                                + Words.dayEn(day.week(), day.day()) + ", above the daily maximum of "
                                + Words.hours(day.staff().maxMinutesPerDay()) + ".",
                        route.sessionIds(), List.of(day.staff().id()), List.of()))
                .asConstraint(ConstraintNames.DAILY_MAXIMUM_EXCEEDED);
    }

    Constraint tooManySchoolsForOneStaffMember(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, countDistinct(PlanConstraints::schoolId))
                .filter((staff, schools) -> schools > staff.schoolCap())
                .penalize(weight(ConstraintNames.TOO_MANY_SCHOOLS), (staff, schools) -> schools - staff.schoolCap())
                .justifyWith((staff, schools, score) -> new Reason(
                        staff.name() + " skal dække " + schools + " skoler, men højst " + staff.schoolCap() + ".",
                        staff.name() + " is to serve " + schools + " schools but at most " + staff.schoolCap() + ".",
                        List.of(), List.of(staff.id()), List.of()))
                .asConstraint(ConstraintNames.TOO_MANY_SCHOOLS);
    }

    /**
     * The fortnight's session minutes alone must fit the fortnight's hours, each session counted at the length of
     * its own lesson, meeting or block. Weekly hours including travel imply this; stated on its own it tells a
     * planner who edited a plan by hand plainly that a person has more work than hours.
     */
    Constraint assignedHoursExceedAvailableHours(ConstraintFactory factory) {
        return fortnights(factory)
                .filter((staff, minutes, meetings) -> minutes > 2 * staff.minutesPerWeek())
                .penalize(weight(ConstraintNames.ASSIGNED_HOURS_EXCEEDED),
                        (staff, minutes, meetings) -> minutes - 2 * staff.minutesPerWeek())
                .justifyWith((staff, minutes, meetings, score) -> new Reason(
                        staff.name() + " har fået " + Words.hours(minutes) + " timers opgaver pr. 14 dage, men kun "
                                + Words.hours(2 * staff.minutesPerWeek()) + " til rådighed.",
                        staff.name() + " is given " + Words.hours(minutes) + " hours of work per fortnight but has only "
                                + Words.hours(2 * staff.minutesPerWeek()) + " available.",
                        List.of(), List.of(staff.id()), List.of()))
                .asConstraint(ConstraintNames.ASSIGNED_HOURS_EXCEEDED);
    }

    // ---------------------------------------------------------------- medium

    Constraint demandNotCovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(assignment -> assignment.getStaff() == null)
                .penalizeLong(weight(ConstraintNames.DEMAND_NOT_COVERED), Assignment::uncoveredPenalty)
                .justifyWith((assignment, score) -> new Reason(
                        "Ingen dækker " + Words.what(assignment) + " (" + assignment.getMinutesPerFortnight()
                                + " min. pr. 14 dage, prioritet " + assignment.getPriority().danish() + ").",
                        "Nobody covers " + Words.whatEn(assignment) + " (" + assignment.getMinutesPerFortnight()
                                + " min per fortnight, priority " + assignment.getPriority().code() + ").",
                        List.of(), List.of(), List.of(assignment.getSchool().id())))
                .asConstraint(ConstraintNames.DEMAND_NOT_COVERED);
    }

    // ---------------------------------------------------------------- soft

    Constraint classHasMoreThanOneCoTeacherForACompetence(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && assignment.isCoTeaching())
                .groupBy(Assignment::getSchoolClass, Assignment::getCompetence, countDistinct(PlanConstraints::staffId))
                .filter((schoolClass, competence, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_CO_TEACHERS), (schoolClass, competence, people) -> people - 1)
                .justifyWith((schoolClass, competence, people, score) -> new Reason(
                        schoolClass.name() + " har " + people + " forskellige co-teachere i " + competence.danish() + ".",
                        schoolClass.name() + " has " + people + " different co-teachers for " + competence.code() + ".",
                        List.of(), List.of(), List.of(schoolClass.schoolId())))
                .asConstraint(ConstraintNames.SEVERAL_CO_TEACHERS);
    }

    /** One steady PPR contact per school and PPR service: a speech and hearing consultant is not a second contact. */
    Constraint schoolHasMoreThanOnePprContact(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null && assignment.isPprSeat())
                .groupBy(Assignment::getSchool, Assignment::getPprFunction, countDistinct(PlanConstraints::staffId))
                .filter((school, function, people) -> people > 1)
                .penalize(weight(ConstraintNames.SEVERAL_PPR_CONTACTS), (school, function, people) -> people - 1)
                .justifyWith((school, function, people, score) -> new Reason(
                        school.name() + " møder " + people + " forskellige " + Words.pprFunction(function)
                                + " i stedet for én fast kontakt.",
                        school.name() + " meets " + people + " different " + Words.pprFunctionEn(function)
                                + " instead of one steady contact.",
                        List.of(), List.of(), List.of(school.id())))
                .asConstraint(ConstraintNames.SEVERAL_PPR_CONTACTS);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.travelMinutes() > 0)
                .penalize(weight(ConstraintNames.TRAVEL_TIME), (day, route) -> route.travelMinutes())
                .justifyWith((day, route, score) -> new Reason(
                        day.staff().name() + " kører " + route.travelMinutes() + " min. " + Words.day(day.week(), day.day()) + ".",
                        day.staff().name() + " drives " + route.travelMinutes() + " min on " + Words.dayEn(day.week(), day.day()) + ".",
                        route.sessionIds(), List.of(day.staff().id()), List.of()))
                .asConstraint(ConstraintNames.TRAVEL_TIME);
    }

    Constraint moreThanOneSchoolInADay(ConstraintFactory factory) {
        return days(factory)
                .filter((day, route) -> route.schools() > 1)
                .penalize(weight(ConstraintNames.SEVERAL_SCHOOLS_A_DAY), (day, route) -> route.schools() - 1)
                .justifyWith((day, route, score) -> new Reason(
                        day.staff().name() + " er på " + route.schools() + " skoler " + Words.day(day.week(), day.day()) + ".",
                        day.staff().name() + " visits " + route.schools() + " schools on " + Words.dayEn(day.week(), day.day()) + ".",
                        List.of(), List.of(day.staff().id()), List.of()))
                .asConstraint(ConstraintNames.SEVERAL_SCHOOLS_A_DAY);
    }

    /**
     * A day with long waits between sessions is a day lost: every minute a person waits (the drive between schools
     * not counted) beyond the municipality's threshold ({@code rules.idleGapMinutes}) costs a point.
     */
    Constraint idleTimeBetweenSessions(ConstraintFactory factory) {
        return days(factory)
                .join(Rules.class)
                .filter((day, route, rules) -> route.idleMinutesAbove(rules.idleGapThreshold()) > 0)
                .penalize(weight(ConstraintNames.IDLE_TIME),
                        (day, route, rules) -> route.idleMinutesAbove(rules.idleGapThreshold()))
                .justifyWith((day, route, rules, score) -> new Reason(
                        day.staff().name() + " venter " + route.longestIdle() + " min. mellem to sessioner "
                                + Words.day(day.week(), day.day()) + ", mere end " + rules.idleGapThreshold() + " min.",
                        day.staff().name() + " waits " + route.longestIdle() + " min between two sessions on "
                                + Words.dayEn(day.week(), day.day()) + ", more than " + rules.idleGapThreshold() + " min.",
                        route.sessionIds(), List.of(day.staff().id()), List.of()))
                .asConstraint(ConstraintNames.IDLE_TIME);
    }

    /** Utilisation in per mille of the hours available to the plan, balanced within each role. */
    Constraint unevenUtilisationAcrossStaff(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.getStaff() != null)
                .groupBy(Assignment::getStaff, sum(Assignment::getMinutesPerFortnight))
                .complement(Staff.class, staff -> 0)
                .filter((staff, minutes) -> staff.minutesPerWeek() > 0)
                .groupBy((staff, minutes) -> staff.role(), collectAndThen(
                        loadBalance((staff, minutes) -> staff.id(), (staff, minutes) -> minutes * 500L / staff.minutesPerWeek()),
                        balance -> balance.unfairness().longValue()))
                .penalizeLong(weight(ConstraintNames.UNEVEN_UTILISATION), (role, unfairness) -> unfairness)
                .justifyWith((role, unfairness, score) -> new Reason(
                        "Timerne er ujævnt fordelt mellem " + role.danish() + "erne (ulighed " + unfairness + ").",
                        "Hours are unevenly spread among the " + role.code() + "s (unfairness " + unfairness + ").",
                        List.of(), List.of(), List.of()))
                .asConstraint(ConstraintNames.UNEVEN_UTILISATION);
    }

    /** The uncovered share of each school's demand, in per mille, balanced across schools. */
    Constraint unevenCoverageAcrossSchools(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(assignment -> assignment.getStaff() == null)
                .groupBy(Assignment::getSchool, sum(assignment -> assignment.getMinutesPerFortnight() * 1000
                        / Math.max(1, assignment.getSchoolDemandMinutesPerFortnight())))
                .complement(School.class, school -> 0)
                .groupBy(collectAndThen(loadBalance((school, uncovered) -> school.id(), (school, uncovered) -> uncovered),
                        LoadBalance::unfairness))
                .filter(unfairness -> unfairness.signum() > 0)
                .penalizeLong(weight(ConstraintNames.UNEVEN_COVERAGE), BigDecimal::longValue)
                .justifyWith((unfairness, score) -> new Reason(
                        "Den udækkede efterspørgsel rammer nogle skoler hårdere end andre.",
                        "Uncovered demand falls harder on some schools than on others.",
                        List.of(), List.of(), List.of()))
                .asConstraint(ConstraintNames.UNEVEN_COVERAGE);
    }

    Constraint meetingHoursAboveTheirShare(ConstraintFactory factory) {
        return fortnights(factory)
                .join(Rules.class)
                .filter((staff, minutes, meetings, rules) -> meetings > meetingAllowance(staff, rules))
                .penalize(weight(ConstraintNames.MEETING_LOAD),
                        (staff, minutes, meetings, rules) -> meetings - meetingAllowance(staff, rules))
                .justifyWith((staff, minutes, meetings, rules, score) -> new Reason(
                        staff.name() + " har " + Words.hours(meetings) + " timers møder pr. 14 dage, mere end "
                                + rules.meetingSharePercentMax() + " % af tiden.",
                        staff.name() + " has " + Words.hours(meetings) + " hours of meetings per fortnight, more than "
                                + rules.meetingSharePercentMax() + " % of their time.",
                        List.of(), List.of(staff.id()), List.of()))
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
                .justifyWith((assignment, score) -> new Reason(
                        assignment.getStaff().name() + " har ikke " + assignment.getSchool().name() + " blandt sine foretrukne skoler.",
                        assignment.getSchool().name() + " is not among " + assignment.getStaff().name() + "'s preferred schools.",
                        List.of(), List.of(assignment.getStaff().id()), List.of(assignment.getSchool().id())))
                .asConstraint(ConstraintNames.NON_PREFERRED_SCHOOL);
    }

    Constraint sessionOnNonPreferredDay(ConstraintFactory factory) {
        return visits(factory)
                .filter(visit -> !visit.staff().prefersDay(visit.day()))
                .penalize(weight(ConstraintNames.NON_PREFERRED_DAY), visit -> visit.minutes() / 10)
                .justifyWith((visit, score) -> new Reason(
                        visit.staff().name() + " foretrækker ikke " + Words.day(visit.week(), visit.day()) + ".",
                        visit.staff().name() + " prefers not to work on " + Words.dayEn(visit.week(), visit.day()) + ".",
                        List.of(visit.session().getId()), List.of(visit.staff().id()), List.of(visit.school().id())))
                .asConstraint(ConstraintNames.NON_PREFERRED_DAY);
    }

    // ---------------------------------------------------------------- reruns

    /** In a rerun: every session that goes to someone else than in the published plan upsets a class or a school. */
    Constraint sessionMovedToAnotherPerson(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .filter(Assignment::movedFromPublishedPerson)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_PERSON), Assignment::getSessionCount)
                .justifyWith((assignment, score) -> new Reason(
                        Words.what(assignment) + " går fra " + assignment.getPublishedStaff().name() + " til "
                                + (assignment.getStaff() == null ? "ingen" : assignment.getStaff().name()) + ".",
                        Words.whatEn(assignment) + " moves from " + assignment.getPublishedStaff().name() + " to "
                                + (assignment.getStaff() == null ? "nobody" : assignment.getStaff().name()) + ".",
                        List.of(), assignment.getStaff() == null ? List.of(assignment.getPublishedStaff().id())
                                : List.of(assignment.getPublishedStaff().id(), assignment.getStaff().id()),
                        List.of(assignment.getSchool().id())))
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_PERSON);
    }

    /** In a rerun: every session that moves to another day or time upsets a class or a school. */
    Constraint sessionMovedToAnotherTime(ConstraintFactory factory) {
        return factory.forEach(Session.class)
                .filter(Session::movedFromPublishedTime)
                .penalize(weight(ConstraintNames.MOVED_TO_ANOTHER_TIME))
                .justifyWith((session, score) -> new Reason(
                        Words.what(session) + " flyttes fra " + Words.when(session.getPublishedSlot().week(),
                                session.getPublishedSlot().day(), session.getPublishedSlot().start()) + " til "
                                + Words.when(session.getSlot().week(), session.getSlot().day(), session.getSlot().start()) + ".",
                        Words.whatEn(session) + " moves from " + Words.whenEn(session.getPublishedSlot().week(),
                                session.getPublishedSlot().day(), session.getPublishedSlot().start()) + " to "
                                + Words.whenEn(session.getSlot().week(), session.getSlot().day(), session.getSlot().start()) + ".",
                        List.of(session.getId()), List.of(), List.of(session.getSchool().id())))
                .asConstraint(ConstraintNames.MOVED_TO_ANOTHER_TIME);
    }

    private static Reason sessionReason(Session session, String problem, String problemEn) {
        return new Reason(
                "Sessionen " + Words.what(session) + " " + Words.when(session.getSlot().week(), session.getSlot().day(),
                        session.getSlot().start()) + " " + problem + ".",
                "The session " + Words.whatEn(session) + " " + Words.whenEn(session.getSlot().week(),
                        session.getSlot().day(), session.getSlot().start()) + " " + problemEn + ".",
                List.of(session.getId()), List.of(), List.of(session.getSchool().id()));
    }
}
