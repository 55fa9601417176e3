package dk.ressourceplan.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * The calendar's form, read back with ical4j: one repeating event per session of the fortnight, Danish time, stable
 * UIDs, Danish words. That the repeats give exactly the plan's dated sessions is {@link IcsReadBackTest}'s, with an
 * independent parser.
 */
class IcsExportTest {

    private final PlanDocument plan = TestPlans.spring2027();

    static byte[] export(PlanDocument plan, ExportFilter filter) throws Exception {
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

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> text(e, Property.UID), e -> e));
    }

    @Test
    void aSchoolGetsOneRepeatingEventPerSessionOfItsFortnightAndAMeetingOnce() throws Exception {
        Map<String, VEvent> events = byUid(parse(export(plan, ExportFilter.school(TestPlans.BAKKE))));

        assertEquals(List.of("d-bakke-meet%2F1@ressourceplan", "s1@ressourceplan", "s2@ressourceplan",
                "s7@ressourceplan"), events.keySet().stream().sorted().toList(), "the meeting's two seats are one event");
        assertEquals("FREQ=WEEKLY;UNTIL=20270621T215959Z", text(events.get("s1@ressourceplan"), Property.RRULE),
                "every Monday; UNTIL is the end of the last, 21 June, Danish summer time, in UTC");
        assertEquals("FREQ=WEEKLY;UNTIL=20270623T215959Z;INTERVAL=2",
                text(events.get("d-bakke-meet%2F1@ressourceplan"), Property.RRULE), "every second Wednesday, A weeks");
    }

    @Test
    void holidaysTheRuleMeetsAreExcludedInDanishTime() throws Exception {
        Map<String, VEvent> events = byUid(parse(export(plan, ExportFilter.school(TestPlans.BAKKE))));

        String unfolded = new String(export(plan, ExportFilter.school(TestPlans.BAKKE)), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        // Mondays: the winter holiday (week 7), Easter Monday and Whit Monday.
        assertTrue(unfolded.contains("EXDATE;TZID=Europe/Copenhagen:20270215T080000,20270329T080000,"
                + "20270517T080000\r\n"), unfolded);
        // B-week Fridays: Easter's 26 March and Ascension's 7 May; the winter holiday's Friday is in an A week.
        String presence = text(events.get("s7@ressourceplan"), Property.DESCRIPTION);
        assertTrue(presence.contains("Uge: B (hver anden uge), fredag 08:00-10:00"), presence);
        assertTrue(unfolded.contains("EXDATE;TZID=Europe/Copenhagen:20270326T080000,20270507T080000\r\n"), unfolded);
    }

    @Test
    void aStaffMembersCalendarHasTheirSessionsAndTheMeetingsTheySitIn() throws Exception {
        Map<String, VEvent> anne = byUid(parse(export(plan, ExportFilter.staff(TestPlans.ANNE))));
        Map<String, VEvent> peter = byUid(parse(export(plan, ExportFilter.staff(TestPlans.PETER))));

        assertEquals(List.of("s1@ressourceplan", "s2@ressourceplan", "s3@ressourceplan"),
                anne.keySet().stream().sorted().toList());
        assertTrue(anne.values().stream().allMatch(e -> text(e, Property.SUMMARY).endsWith("– Anne Holm")));
        assertTrue(peter.containsKey("d-bakke-meet%2F1@ressourceplan"));
    }

    @Test
    void uidsAreTheSameInTwoExportsOfThePlanAndKeepDifferentIdsApart() throws Exception {
        List<String> first = events(parse(export(plan, ExportFilter.wholePlan()))).stream()
                .map(e -> text(e, Property.UID)).toList();
        List<String> second = events(parse(export(TestPlans.spring2027(), ExportFilter.wholePlan()))).stream()
                .map(e -> text(e, Property.UID)).toList();

        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count());
        String spaced = CalendarSeries.uidOf("møde 1/A", null);
        assertTrue(spaced.matches("[A-Za-z0-9.%-]+@ressourceplan"), spaced);
        assertFalse(spaced.equals(CalendarSeries.uidOf("møde-1-A", null)));
        assertEquals("s1-from-20270301@ressourceplan", CalendarSeries.uidOf("s1", LocalDate.of(2027, 3, 1)));
    }

    @Test
    void timesAreDanishLocalTimeWithTheZoneDefinedOnce() throws Exception {
        Calendar calendar = parse(export(plan, ExportFilter.school(TestPlans.BAKKE)));
        VEvent lesson = byUid(calendar).get("s1@ressourceplan");

        assertEquals(Instant.parse("2027-01-04T07:00:00Z"), Instant.from(lesson.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2027-01-04T07:45:00Z"), Instant.from(lesson.getDateTimeEnd().getDate()));
        TzId tzId = lesson.getDateTimeStart().<TzId>getParameter(Parameter.TZID).orElseThrow();
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
        List<String> times = events.lines()
                .filter(l -> l.startsWith("DTSTART") || l.startsWith("DTEND") || l.startsWith("EXDATE")).toList();
        assertFalse(times.isEmpty());
        assertTrue(times.stream().allMatch(l -> l.matches(
                        "(DTSTART|DTEND|EXDATE);TZID=Europe/Copenhagen:2027\\d{4}T\\d{6}(,2027\\d{4}T\\d{6})*")),
                "every time is Danish local time, none floating or UTC");
        assertTrue(events.lines().filter(l -> l.startsWith("RRULE")).allMatch(l -> l.matches(
                "RRULE:FREQ=WEEKLY;UNTIL=2027\\d{4}T\\d{6}Z(;INTERVAL=2)?")), "UNTIL in UTC, as RFC 5545 asks");
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
    void eventsSayInDanishWhatWhereAndWhoWithEveryonePresentAsAttendee() throws Exception {
        Calendar calendar = parse(export(plan, ExportFilter.school(TestPlans.BAKKE)));
        Map<String, VEvent> events = byUid(calendar);

        VEvent lesson = events.get("s1@ressourceplan");
        assertEquals("Co-teaching 3.B (læsning) – Anne Holm", text(lesson, Property.SUMMARY));
        assertEquals("Bakkeskolen, Bakkevej 1, 5000 Odense C", text(lesson, Property.LOCATION));
        String description = text(lesson, Property.DESCRIPTION);
        assertTrue(description.contains("Læsestøtte 3.B (behov-id d-3b-read)"), description);
        assertTrue(description.contains("Kompetence: læsning"), description);
        assertTrue(description.contains("Uge: A og B (hver uge)"), description);
        assertEquals(List.of("urn:x-ressourceplan:staff:anne"), lesson.getProperties(Property.ATTENDEE).stream()
                .map(Property::getValue).toList());

        VEvent meeting = events.get("d-bakke-meet%2F1@ressourceplan");
        assertEquals("Samarbejds- og indsatsmøde – Peter Søndergaard, udækket", text(meeting, Property.SUMMARY));
        List<Property> attendees = meeting.getProperties(Property.ATTENDEE);
        assertEquals(1, attendees.size(), "the uncovered seat has nobody to name");
        assertEquals("Peter Søndergaard", attendees.get(0).getParameter(Parameter.CN).orElseThrow().getValue());
        assertEquals("PPR-tilstedeværelse – Peter Søndergaard", text(events.get("s7@ressourceplan"), Property.SUMMARY));

        assertEquals("Bakkeskolen – Forår 2027", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        assertEquals(IcsExport.PRODUCT_ID, calendar.getProductId().getValue());
        assertTrue(events.values().stream().allMatch(e -> e.getDateTimeStamp() != null));
    }

    @Test
    void theCalendarIsNamedAfterThePersonOrThePlan() throws Exception {
        assertEquals("Anne Holm – Forår 2027", parse(export(plan, ExportFilter.staff(TestPlans.ANNE)))
                .<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        assertEquals("Ressourceplan – Forår 2027", parse(export(plan, ExportFilter.wholePlan()))
                .<Property>getRequiredProperty("X-WR-CALNAME").getValue());
    }

    @Test
    void aSessionOnOneTeachingDateOnlyHasNoRepeatRule() throws Exception {
        PlanSession s1 = plan.sessions().get(0);
        PlanDocument oneDay = plan.withSolution(plan.score(), plan.kpis(), plan.uncovered(),
                List.of(s1.during(LocalDate.of(2027, 6, 21), null)));

        VEvent only = events(parse(export(oneDay, ExportFilter.wholePlan()))).get(0);

        assertTrue(only.getProperty(Property.RRULE).isEmpty());
        assertEquals("s1-from-20270621@ressourceplan", text(only, Property.UID));
    }
}
