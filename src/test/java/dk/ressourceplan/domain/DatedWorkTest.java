package dk.ressourceplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.io.SyntheticMunicipality;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the dated demands are placed: by rule, from the term's calendar and the school's size. */
class DatedWorkTest {

    private static final PlanDocument TERM = SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(32, 2027));
    private static final TermCalendar CALENDAR = new TermCalendar(TERM.term());

    @Test
    void theIntervalFollowsTheSchoolsSizeAsTheSourcesSay() {
        assertEquals(8, Demand.defaultIntervalWeeks(120));
        assertEquals(8, Demand.defaultIntervalWeeks(300));
        assertEquals(6, Demand.defaultIntervalWeeks(500));
        assertEquals(4, Demand.defaultIntervalWeeks(700));
        assertEquals(4, Demand.defaultIntervalWeeks(1100));
    }

    @Test
    void coordinationMeetingsFallInTaughtWeeksWithinTheirIntervalOfEachOther() {
        for (School school : TERM.schools()) {
            List<DatedWork.Occurrence> meetings = DatedWork.of(TERM).stream()
                    .filter(o -> o.school().equals(school) && !o.isProgramme()).toList();
            int interval = Demand.defaultIntervalWeeks(school.pupils());
            assertTrue(meetings.size() >= 25 / interval - 1, school.id() + ": " + meetings.size());
            for (int i = 0; i < meetings.size(); i++) {
                DatedWork.Occurrence meeting = meetings.get(i);
                assertEquals(DayOfWeek.MONDAY, meeting.first().getDayOfWeek());
                assertEquals(CALENDAR.weekOf(meeting.first()), meeting.week());
                assertTrue(!DatedWork.meetingDays(school, CALENDAR, meeting.first()).isEmpty(), meeting.id());
                if (i > 0) {
                    long gap = ChronoUnit.WEEKS.between(meetings.get(i - 1).first(), meeting.first());
                    assertTrue(Math.abs(gap - interval) <= 1, meeting.id() + ": " + gap + " weeks, interval " + interval);
                }
            }
        }
    }

    @Test
    void programmesLastSixTeachingWeeksAndAsManyRunAsTheSchoolsSizeExpects() {
        List<LocalDate> mondays = CALENDAR.teachingMondays();
        for (School school : TERM.schools()) {
            List<DatedWork.Occurrence> programmes = DatedWork.of(TERM).stream()
                    .filter(o -> o.school().equals(school) && o.isProgramme()).toList();
            int expectedWeeks = (int) Math.round(mondays.size() * school.pupils() / 500.0);
            assertEquals(Math.max(1, Math.round(expectedWeeks / 6.0)), programmes.size(), school.id());
            int tracks = (programmes.size() + mondays.size() / 6 - 1) / (mondays.size() / 6);
            for (DatedWork.Occurrence programme : programmes) {
                long taught = mondays.stream().filter(programme::holdsOn).count();
                assertEquals(6, taught, programme.id() + " runs six teaching weeks");
            }
            for (LocalDate monday : mondays) {
                long running = programmes.stream().filter(p -> p.holdsOn(monday)).count();
                assertTrue(running <= tracks, school.id() + " runs " + running + " at once in the week of " + monday);
            }
        }
    }

    @Test
    void aSchoolsPartOfThePlanPlacesItsDatedWorkAsTheWholeDoes() {
        School school = TERM.schools().get(17);
        PlanDocument part = new PlanDocument(TERM.term(), List.of(school), List.of(), TERM.staff(),
                TERM.demands().stream().filter(d -> school.id().equals(d.schoolId())).toList(), null, null, null, null,
                null, null, null);

        assertEquals(DatedWork.of(TERM).stream().filter(o -> o.school().equals(school)).map(o -> o.id() + o.first()).toList(),
                DatedWork.of(part).stream().map(o -> o.id() + o.first()).toList());
    }
}
