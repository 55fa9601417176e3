package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Week;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class IcsExportTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 4);
    private static final LocalDate LAST = LocalDate.of(2027, 6, 25);
    private static final Set<LocalDate> HOLIDAY_DATES = Set.of(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 7), LocalDate.of(2027, 5, 17));

    private final PlanDocument plan = TestPlans.spring2027();

    private static boolean isHoliday(LocalDate date) {
        return HOLIDAY_DATES.contains(date) || date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 7;
    }

    /**
     * Worked out without TermCalendar: spring 2027 starts in ISO week 1 as an A week and stays in one ISO year,
     * so A weeks are the odd ISO weeks.
     */
    private static long expectedDates(PlanSession session) {
        return FIRST.datesUntil(LAST.plusDays(1))
                .filter(d -> d.getDayOfWeek() == session.day())
                .filter(d -> session.week() == Week.AB
                        || (d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 1) == (session.week() == Week.A))
                .filter(d -> !isHoliday(d))
                .count();
    }

    private static byte[] export(PlanDocument plan, ExportFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(plan, ExportFormat.ICS, filter, out);
        return out.toByteArray();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String text(VEvent event, String property) {
        return event.<Property>getRequiredProperty(property).getValue();
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }

    private static LocalDate localDate(VEvent event) {
        return start(event).atZone(COPENHAGEN).toLocalDate();
    }

    private static Map<String, Long> eventsPerSession(List<VEvent> events) {
        return events.stream().collect(Collectors.groupingBy(e -> text(e, Property.UID).split("-2027")[0],
                Collectors.counting()));
    }

    @Test
    void aSchoolGetsEachOfItsSessionsOnEveryTeachingDateOfItsWeekPattern() throws Exception {
        List<VEvent> events = events(parse(export(plan, ExportFilter.school(TestPlans.BAKKE))));

        List<PlanSession> sessions = plan.sessions().stream()
                .filter(s -> s.schoolId().equals(TestPlans.BAKKE)).toList();
        Map<String, Long> perSession = eventsPerSession(events);
        assertEquals(sessions.stream().map(PlanSession::id).collect(Collectors.toSet()), perSession.keySet());
        for (PlanSession session : sessions) {
            assertEquals(expectedDates(session), perSession.get(session.id()), session.id());
        }
        assertEquals(sessions.stream().mapToLong(IcsExportTest::expectedDates).sum(), events.size());
        assertEquals(78, events.size(), "22 + 22 Mondays and Thursdays, 2 x 12 A Wednesdays, 10 B Fridays");
    }

    @Test
    void aStaffMemberGetsOnlyTheirOwnSessions() throws Exception {
        List<VEvent> events = events(parse(export(plan, ExportFilter.staff(TestPlans.ANNE))));

        List<PlanSession> sessions = plan.sessions().stream()
                .filter(s -> TestPlans.ANNE.equals(s.staffId())).toList();
        Map<String, Long> perSession = eventsPerSession(events);
        assertEquals(Set.of("s1", "s2", "s3"), perSession.keySet());
        for (PlanSession session : sessions) {
            assertEquals(expectedDates(session), perSession.get(session.id()), session.id());
        }
        assertEquals(68, events.size());
        assertTrue(events.stream().allMatch(e -> text(e, Property.SUMMARY).endsWith("– Anne Holm")));
    }

    @Test
    void everyEventIsAWeekdayInsideTheTermAndNoneOnAHoliday() throws Exception {
        List<VEvent> events = events(parse(export(plan, ExportFilter.wholePlan())));

        assertEquals(plan.sessions().stream().mapToLong(IcsExportTest::expectedDates).sum(), events.size());
        for (VEvent event : events) {
            LocalDate date = localDate(event);
            assertFalse(date.isBefore(FIRST) || date.isAfter(LAST), date.toString());
            assertFalse(isHoliday(date), date + " is a holiday");
            assertTrue(date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), date.toString());
        }
    }

    @Test
    void uidsAreUniqueAndTheSameInTwoExportsOfThePlan() throws Exception {
        List<String> first = events(parse(export(plan, ExportFilter.wholePlan()))).stream()
                .map(e -> text(e, Property.UID)).toList();
        List<String> second = events(parse(export(TestPlans.spring2027(), ExportFilter.wholePlan()))).stream()
                .map(e -> text(e, Property.UID)).toList();

        assertEquals(first.size(), new HashSet<>(first).size(), "UIDs are unique");
        assertEquals(first, second);
        assertTrue(first.contains("s1-20270104@ressourceplan"));
    }

    @Test
    void aUidKeepsDifferentSessionIdsApart() {
        PlanSession spaced = withId(plan.sessions().get(0), "møde 1/A");
        PlanSession dashed = withId(plan.sessions().get(0), "møde-1-A");
        LocalDate date = LocalDate.of(2027, 1, 4);

        String uid = IcsExport.uid(spaced, date);
        assertTrue(uid.matches("[A-Za-z0-9.%-]+-20270104@ressourceplan"), uid);
        assertFalse(uid.equals(IcsExport.uid(dashed, date)));
    }

    private static PlanSession withId(PlanSession s, String id) {
        return new PlanSession(id, s.demandId(), s.type(), s.schoolId(), s.classId(), s.staffId(), s.seat(), s.week(),
                s.day(), s.start(), s.end());
    }

    @Test
    void timesAreDanishLocalTimeInWinterAndInSummer() throws Exception {
        Calendar calendar = parse(export(plan, ExportFilter.school(TestPlans.BAKKE)));
        Map<String, VEvent> byUid = events(calendar).stream()
                .collect(Collectors.toMap(e -> text(e, Property.UID), e -> e));

        VEvent winter = byUid.get("s1-20270104@ressourceplan");
        assertEquals(Instant.parse("2027-01-04T07:00:00Z"), start(winter));
        assertEquals(Instant.parse("2027-01-04T07:45:00Z"), Instant.from(winter.getDateTimeEnd().getDate()));
        VEvent summer = byUid.get("s1-20270405@ressourceplan");
        assertEquals(Instant.parse("2027-04-05T06:00:00Z"), start(summer));

        TzId tzId = winter.getDateTimeStart().<TzId>getParameter(Parameter.TZID).orElseThrow();
        assertEquals("Europe/Copenhagen", tzId.getValue());
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Copenhagen", zones.get(0).getTimeZoneId().getValue());
    }

    @Test
    void theFileHasNoFloatingTimesAndValidates() throws Exception {
        byte[] ics = export(plan, ExportFilter.wholePlan());
        String text = new String(ics, StandardCharsets.UTF_8);

        ValidationResult validation = parse(ics).validate();
        assertFalse(validation.hasErrors(), validation::toString);
        String unfolded = text.replace("\r\n ", "");
        String events = unfolded.substring(unfolded.indexOf("BEGIN:VEVENT"));
        List<String> times = events.lines().filter(l -> l.startsWith("DTSTART") || l.startsWith("DTEND")).toList();
        assertFalse(times.isEmpty());
        assertTrue(times.stream().allMatch(l -> l.matches("(DTSTART|DTEND);TZID=Europe/Copenhagen:2027\\d{4}T\\d{6}")),
                "every time is Danish local time, none floating or UTC");
        assertTrue(unfolded.contains("X-WR-TIMEZONE:Europe/Copenhagen\r\n"));
        assertFalse(unfolded.contains("Berlin"), "the bundled definition is Berlin's, renamed");
    }

    @Test
    void linesEndInCrLfAndStayWithin75Octets() throws Exception {
        String text = new String(export(plan, ExportFilter.wholePlan()), StandardCharsets.UTF_8);

        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "bare line feed");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void eventsSayInDanishWhatWhereAndWho() throws Exception {
        Calendar calendar = parse(export(plan, ExportFilter.school(TestPlans.BAKKE)));
        Map<String, VEvent> byUid = events(calendar).stream()
                .collect(Collectors.toMap(e -> text(e, Property.UID), e -> e));

        VEvent lesson = byUid.get("s1-20270104@ressourceplan");
        assertEquals("Co-teaching 3.B (læsning) – Anne Holm", text(lesson, Property.SUMMARY));
        assertEquals("Bakkeskolen, Bakkevej 1, 5000 Odense C", text(lesson, Property.LOCATION));
        String description = text(lesson, Property.DESCRIPTION);
        assertTrue(description.contains("Læsestøtte 3.B (behov-id d-3b-read)"), description);
        assertTrue(description.contains("Kompetence: læsning"), description);
        assertTrue(description.contains("Uge: A og B (hver uge)"), description);

        assertEquals("Samarbejdsmøde – Peter Søndergaard", text(byUid.get("s4-20270106@ressourceplan"), Property.SUMMARY));
        assertEquals("Samarbejdsmøde – ikke dækket", text(byUid.get("s5-20270106@ressourceplan"), Property.SUMMARY));
        VEvent presence = byUid.get("s7-20270115@ressourceplan");
        assertEquals("PPR-tilstedeværelse – Peter Søndergaard", text(presence, Property.SUMMARY));
        assertTrue(text(presence, Property.DESCRIPTION).contains("Uge: B (hver anden uge), fredag 08:00-10:00"));

        assertEquals("Bakkeskolen – Forår 2027", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        assertEquals(IcsExport.PRODUCT_ID, calendar.getProductId().getValue());
        assertTrue(events(calendar).stream().allMatch(e -> e.getDateTimeStamp() != null));
    }

    @Test
    void theCalendarIsNamedAfterThePersonOrThePlan() throws Exception {
        assertEquals("Anne Holm – Forår 2027", parse(export(plan, ExportFilter.staff(TestPlans.ANNE)))
                .<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        assertEquals("Ressourceplan – Forår 2027", parse(export(plan, ExportFilter.wholePlan()))
                .<Property>getRequiredProperty("X-WR-CALNAME").getValue());
    }
}
