package dk.ressourceplan.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermCalendarTest {

    private final TermCalendar spring = new TermCalendar(TestTerms.spring2027());

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theFirstWeekIsTheTermsFirstWeekAndWeeksAlternateThroughHolidayWeeks() {
        assertEquals(Week.A, spring.weekOf(date("2027-01-04")));
        assertEquals(Week.A, spring.weekOf(date("2027-01-10")), "Sunday belongs to the week of its Monday");
        assertEquals(Week.B, spring.weekOf(date("2027-01-11")));
        assertEquals(Week.A, spring.weekOf(date("2027-02-17")), "winter holiday week 7 still counts");
        assertEquals(Week.B, spring.weekOf(date("2027-02-22")));
        assertEquals(Week.A, spring.weekOf(date("2027-06-25")));
    }

    @Test
    void aTermStartingMidweekCountsFromItsMondayAndMayStartWithWeekB() {
        Term term = new Term("B først", date("2027-01-06"), date("2027-02-26"), Week.B, List.of());
        TermCalendar calendar = new TermCalendar(term);

        assertEquals(Week.B, calendar.weekOf(date("2027-01-04")));
        assertEquals(Week.A, calendar.weekOf(date("2027-01-11")));
        assertEquals(List.of(date("2027-01-11"), date("2027-01-25"), date("2027-02-08"), date("2027-02-22")),
                calendar.datesOf(Week.A, MONDAY));
        assertEquals(date("2027-01-07"), calendar.datesOf(Week.B, THURSDAY).get(0));
        assertFalse(calendar.datesOf(Week.B, MONDAY).contains(date("2027-01-04")), "before the first date");
    }

    @Test
    void weeksAlternateAcrossAYearWithIsoWeek53() {
        Term term = new Term("Vinter", date("2026-12-14"), date("2027-01-15"), Week.A, List.of("2026-W53"));
        TermCalendar calendar = new TermCalendar(term);

        assertEquals(53, date("2026-12-28").get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertEquals(Week.A, calendar.weekOf(date("2026-12-28")));
        assertEquals(Week.B, calendar.weekOf(date("2027-01-04")), "ISO week 1 follows week 53 without a repeat");
        assertTrue(calendar.isHoliday(date("2026-12-31")));
        assertEquals(List.of(date("2026-12-21"), date("2027-01-04")), calendar.datesOf(Week.B, MONDAY));
    }

    @Test
    void holidaysAreListedDatesOrDaysOfListedIsoWeeks() {
        assertTrue(spring.isHoliday(date("2027-02-15")));
        assertTrue(spring.isHoliday(date("2027-02-19")));
        assertFalse(spring.isHoliday(date("2027-02-22")));
        assertTrue(spring.isHoliday(date("2027-03-25")));
        assertFalse(spring.isHoliday(date("2027-03-24")));
        assertTrue(spring.isHoliday(date("2027-05-07")));
        assertTrue(spring.isHoliday(date("2027-05-17")));
        assertFalse(spring.isHoliday(date("2027-05-18")));
    }

    @Test
    void teachingDaysAreWeekdaysInsideTheTermThatAreNoHoliday() {
        assertTrue(spring.isTeachingDay(date("2027-01-04")));
        assertTrue(spring.isTeachingDay(date("2027-06-25")));
        assertFalse(spring.isTeachingDay(date("2027-01-01")), "before the term");
        assertFalse(spring.isTeachingDay(date("2027-06-28")), "after the term");
        assertFalse(spring.isTeachingDay(date("2027-01-09")), "Saturday");
        assertFalse(spring.isTeachingDay(date("2027-05-06")), "Ascension Day");
        assertFalse(spring.isInTerm(date("2027-06-26")));
    }

    @Test
    void mondaysOfAWeeksLeaveOutTheWinterHolidayAndEasterMonday() {
        List<LocalDate> mondays = spring.datesOf(Week.A, MONDAY);

        assertEquals(List.of(date("2027-01-04"), date("2027-01-18"), date("2027-02-01"), date("2027-03-01"),
                date("2027-03-15"), date("2027-04-12"), date("2027-04-26"), date("2027-05-10"), date("2027-05-24"),
                date("2027-06-07"), date("2027-06-21")), mondays);
    }

    @Test
    void mondaysOfBWeeksLeaveOutWhitMonday() {
        List<LocalDate> mondays = spring.datesOf(Week.B, MONDAY);

        assertEquals(11, mondays.size());
        assertFalse(mondays.contains(date("2027-05-17")));
        assertTrue(mondays.stream().allMatch(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0));
    }

    @Test
    void everyWeekIsBothPatternsTogether() {
        for (var day : List.of(MONDAY, THURSDAY, FRIDAY)) {
            List<LocalDate> both = spring.datesOf(Week.AB, day);
            assertEquals(spring.datesOf(Week.A, day).size() + spring.datesOf(Week.B, day).size(), both.size());
            assertTrue(both.stream().allMatch(d -> d.getDayOfWeek() == day));
        }
    }

    @Test
    void thursdaysOfBWeeksLeaveOutMaundyThursdayAndAscensionDay() {
        assertEquals(12, spring.datesOf(Week.A, THURSDAY).size(), "13 odd weeks less the winter holiday");
        List<LocalDate> bThursdays = spring.datesOf(Week.B, THURSDAY);
        assertEquals(10, bThursdays.size(), "12 even weeks less Easter and Ascension");
        assertFalse(bThursdays.contains(date("2027-03-25")));
        assertFalse(bThursdays.contains(date("2027-05-06")));
    }

    @Test
    void noSessionsOnAWeekend() {
        assertTrue(spring.datesOf(Week.AB, SATURDAY).isEmpty());
    }

    @Test
    void datesBetweenTwoDatesAreInclusiveAndClippedToTheTerm() {
        assertEquals(List.of(date("2027-03-01"), date("2027-03-15")),
                spring.datesOf(Week.A, MONDAY, date("2027-03-01"), date("2027-03-31")),
                "29 March is Easter Monday");
        assertEquals(List.of(date("2027-06-21")),
                spring.datesOf(Week.A, MONDAY, date("2027-06-21"), date("2027-12-31")));
        assertEquals(spring.datesOf(Week.B, FRIDAY),
                spring.datesOf(Week.B, FRIDAY, date("2026-01-01"), date("2028-01-01")));
        assertTrue(spring.datesOf(Week.A, MONDAY, date("2027-03-16"), date("2027-03-28")).isEmpty());
    }

    @Test
    void teachingWeeksLeaveOutWholeHolidayWeeksOnly() {
        assertEquals(24, spring.teachingWeeks(), "weeks 1 to 25 less the winter holiday");
    }

    @Test
    void badTermsAreRejectedWithTheReason() {
        var badHoliday = new Term("x", date("2027-01-04"), date("2027-06-25"), Week.A, List.of("vinterferie"));
        var message = assertThrows(IllegalArgumentException.class, () -> new TermCalendar(badHoliday)).getMessage();
        assertTrue(message.contains("vinterferie"), message);

        var noSuchWeek = new Term("x", date("2027-01-04"), date("2027-06-25"), Week.A, List.of("2027-W54"));
        assertThrows(IllegalArgumentException.class, () -> new TermCalendar(noSuchWeek));

        var backwards = new Term("x", date("2027-06-25"), date("2027-01-04"), Week.A, List.of());
        assertThrows(IllegalArgumentException.class, () -> new TermCalendar(backwards));

        var firstWeekAb = new Term("x", date("2027-01-04"), date("2027-06-25"), Week.AB, List.of());
        assertThrows(IllegalArgumentException.class, () -> new TermCalendar(firstWeekAb));
    }
}
