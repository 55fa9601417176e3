package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Kpis.ProgrammeWeeks;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A term with dated work (coordination meetings, programmes, days away, hours from a date), solved and then checked
 * date by date by {@link TermChecks}, which reads only the document: not the solver's score.
 */
class DatedTermTest {

    /** Issue 16's measure: the 32-school municipality with dated work, solved for 60 s. */
    @Test
    void thirtyTwoSchoolsWithProgrammesAndCoordinationMeetingsHoldEveryRuleOnEveryDate() {
        PlanDocument term = SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(32, 2027));

        PlanDocument solved = TermPlanner.solve(term, Duration.ofSeconds(60));

        assertTrue(solved.kpis().feasible(), "feasible: " + solved.score());
        TermChecks checks = new TermChecks(solved);
        assertEquals(List.of(), checks.clashesAndDrives(), "no one in two places or unable to drive between them");
        assertEquals(List.of(), checks.tooManyProgrammesInAWeek(), "at most 3 programmes at once, in any week");
        int most = checks.mostProgrammesInAWeek();
        assertTrue(most >= 1 && most <= 3, "programmes run, at most 3 a person a week: " + most);
        assertEquals(List.of(), checks.coordinationMeetingsOffInterval(), "meetings within their interval ±1 week");
        assertEquals(List.of(), checks.weeksTooLong(), "weekly hours including travel in every calendar week");
        assertEquals(List.of(), checks.daysTooLong(), "the daily maximum on every date");
        assertEquals(List.of(), checks.datedSessionsOffTeachingDays());
        assertEquals(List.of(), checks.datedRowsOutsideTheirWeeks());
        Map<String, List<LocalDate>> meetings = checks.coordinationWeeks();
        assertEquals(32, meetings.size(), "every school holds coordination meetings: " + meetings.keySet());
        meetings.forEach((school, weeks) -> assertTrue(weeks.size() >= 3, school + " meets in " + weeks));
        double withContact = checks.coordinationMeetingsWithTheContact();
        assertTrue(withContact >= 90, "coordination meetings with the school's PPR contact: " + withContact + " %");

        TermCalendar calendar = new TermCalendar(term.term());
        Map<String, ProgrammeWeeks> reported = solved.kpis().programmeWeeks().stream()
                .collect(Collectors.toMap(ProgrammeWeeks::schoolId, Function.identity()));
        assertEquals(32, reported.size(), "every school's programme weeks are reported");
        for (School school : term.schools()) {
            ProgrammeWeeks weeks = reported.get(school.id());
            // One programme running continuously per 500 pupils, over the term's weeks with teaching.
            assertEquals(Math.round(calendar.teachingWeeks() * school.pupils() / 500.0), weeks.expected(), school.id());
            assertTrue(weeks.covered() <= weeks.planned() && weeks.planned() > 0, school.id() + ": " + weeks);
        }
        assertTrue(solved.kpis().programmeWeeksCoveredPercent() >= 90, "programme weeks held against the expectation: "
                + solved.kpis().programmeWeeksCoveredPercent());
        assertEquals(100.0, solved.kpis().coordinationMeetingsOnTime(), "every coordination meeting held on time");
    }

    /**
     * Days away and fewer hours from a date: a person away two days of a week works the other three, and someone
     * else takes their sessions on the days away; whole weeks away, no work; fewer hours from a Wednesday hold from
     * that week's Monday. Every rule holds on every date.
     */
    @Test
    void daysAwayAndHoursFromADateHoldOnEveryDate() {
        PlanDocument generated = SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(12, 12));
        Staff busiest = busiestPprPerson(generated);
        // Wednesday and Thursday of week 10, all of weeks 14 and 15, and from Wednesday of week 20 two thirds of the hours.
        LocalDate wednesday = LocalDate.of(2027, 3, 10);
        Staff changed = new Staff(busiest.id(), busiest.name(), busiest.role(), busiest.competences(),
                busiest.contractedHours(), busiest.hoursPerWeek(), busiest.maxHoursPerDay(), busiest.base(),
                busiest.unavailable(), busiest.preferredSchools(), busiest.preferredDays(), busiest.maxSchools(),
                List.of(new Absence(wednesday, wednesday.plusDays(1)),
                        new Absence(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 16))),
                List.of(new Staff.HoursFrom(LocalDate.of(2027, 5, 19), Math.round(busiest.hoursPerWeek() * 2 / 3.0))),
                null);
        PlanDocument term = withStaff(generated, changed);

        PlanDocument solved = TermPlanner.solve(term, MoveBudget.config(EnvironmentMode.NO_ASSERT, 3_000));

        assertTrue(solved.kpis().feasible(), "feasible: " + solved.score());
        TermChecks checks = new TermChecks(solved);
        assertEquals(List.of(), checks.workWhileAway());
        assertEquals(List.of(), checks.clashesAndDrives());
        assertEquals(List.of(), checks.weeksTooLong());
        assertEquals(List.of(), checks.daysTooLong());
        assertEquals(List.of(), checks.tooManyProgrammesInAWeek());
        assertTrue(daysWorked(solved, changed.id(), wednesday, wednesday.plusDays(1)).isEmpty());
        assertEquals(0, solved.kpis().uncoveredByPriority().values().stream().mapToInt(Integer::intValue).sum(),
                "someone else covers the days away: " + solved.uncovered());
    }

    /**
     * How the planner sees a person in a part of the term: a week partly away keeps the week's hours with the days
     * away unavailable all day (in that week's A or B), a week wholly away has no hours, and fewer hours from a
     * Wednesday hold from that week's Monday; the term is cut into whole weeks around them.
     */
    @Test
    void aWeekPartlyAwayIsAWeekOfItsOwnWithTheDaysAwayUnavailable() {
        PlanDocument generated = SyntheticMunicipality.generate(6, 1);
        Staff person = generated.staff().get(0);
        LocalDate wednesday = LocalDate.of(2027, 3, 10);
        Staff away = new Staff(person.id(), person.name(), person.role(), person.competences(), person.contractedHours(),
                person.hoursPerWeek(), person.maxHoursPerDay(), person.base(), person.unavailable(),
                person.preferredSchools(), person.preferredDays(), person.maxSchools(),
                List.of(new Absence(wednesday, wednesday.plusDays(1)), new Absence(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 16))),
                List.of(new Staff.HoursFrom(LocalDate.of(2027, 5, 19), 10.0)), null);
        TermCalendar calendar = new TermCalendar(generated.term());

        Staff partly = TermPlanner.availableIn(away, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 14), calendar);
        Staff wholly = TermPlanner.availableIn(away, LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 11), calendar);
        Staff fewer = TermPlanner.availableIn(away, LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 23), calendar);
        List<TermPlanner.Stretch> stretches = TermPlanner.stretches(withStaff(generated, away), List.of());

        assertEquals(person.hoursPerWeek(), partly.hoursPerWeek());
        assertEquals(List.of(new TimeWindow(calendar.weekOf(wednesday), DayOfWeek.WEDNESDAY, null, null),
                new TimeWindow(calendar.weekOf(wednesday), DayOfWeek.THURSDAY, null, null)),
                partly.unavailable().subList(person.unavailable().size(), partly.unavailable().size()));
        assertEquals(0, wholly.hoursPerWeek());
        assertEquals(10.0, fewer.hoursPerWeek(), "from the Monday of the Wednesday's week");
        assertTrue(stretches.stream().anyMatch(s -> s.first().equals(LocalDate.of(2027, 3, 8))
                && s.last().equals(LocalDate.of(2027, 3, 14))), "the week partly away is a stretch of its own");
        assertTrue(stretches.stream().allMatch(s -> s.first().equals(generated.term().firstDate())
                || s.first().getDayOfWeek() == DayOfWeek.MONDAY), "every stretch begins on a Monday");
    }

    /** The dated work's stretches solved under FULL_ASSERT: every score Timefold works out incrementally is right. */
    @Test
    void datedWorkSolvedUnderFullAssert() {
        // The term's first eight weeks: programmes and meetings begin and end in them, in fewer stretches.
        PlanDocument term = SolvedDatedTerms.sixSchoolsEightWeeksProblem();
        assertFalse(DatedWork.of(term).isEmpty());

        PlanDocument solved = TermPlanner.solve(term, MoveBudget.config(EnvironmentMode.FULL_ASSERT, 1_000));

        assertTrue(solved.sessions().stream().anyMatch(s -> s.type() == DemandType.PROGRAMME && s.staffId() != null));
        assertTrue(solved.sessions().stream().anyMatch(s -> s.type() == DemandType.COORDINATION_MEETING && s.staffId() != null));
        assertEquals(List.of(), new TermChecks(solved).clashesAndDrives());
        assertEquals(List.of(), new TermChecks(solved).datedRowsOutsideTheirWeeks(), "the winter holiday among them");
    }

    /**
     * The PPR consultant (not one of the programme psychologists) at work on the most weekdays in the hand-made start
     * of the fortnight: the same on every machine.
     */
    private static Staff busiestPprPerson(PlanDocument term) {
        PlanDocument undated = TermPlanner.undated(term);
        Map<String, Long> days = PlanResult.sessions(PlanSolver.startingPlan(undated)).stream()
                .filter(s -> s.staffId() != null)
                .collect(Collectors.groupingBy(PlanSession::staffId,
                        Collectors.mapping(PlanSession::day, Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
        return term.staff().stream().filter(person -> person.role().isPpr() && person.id().startsWith("ppr-"))
                .max(Comparator.comparing((Staff person) -> days.getOrDefault(person.id(), 0L)).thenComparing(Staff::id))
                .orElseThrow();
    }

    private static PlanDocument withStaff(PlanDocument term, Staff changed) {
        List<Staff> staff = new ArrayList<>(term.staff());
        staff.replaceAll(person -> person.id().equals(changed.id()) ? changed : person);
        return new PlanDocument(term.term(), term.schools(), term.classes(), staff, term.demands(), term.travel(),
                term.weights(), term.rules(), null, null, null, null);
    }

    private static List<DayOfWeek> daysWorked(PlanDocument solved, String staffId, LocalDate from, LocalDate to) {
        TermCalendar calendar = new TermCalendar(solved.term());
        return from.datesUntil(to.plusDays(1)).filter(calendar::isTeachingDay)
                .filter(date -> solved.sessions().stream().anyMatch(s -> staffId.equals(s.staffId()) && s.holdsOn(date)
                        && s.day() == date.getDayOfWeek() && s.week().intersects(calendar.weekOf(date))))
                .map(LocalDate::getDayOfWeek).toList();
    }
}
