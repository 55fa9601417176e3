package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The plan as an iCalendar file for the whole term, in Danish time: one repeating event per session of the
 * fortnight template ({@link CalendarSeries}), weekly or every second week until its last date, the holidays left
 * out with EXDATE; a meeting is one event with every seat's person as an ATTENDEE.
 * <p>
 * UIDs are stable, so importing the file again, or refreshing a subscribed feed, updates the events instead of
 * adding copies. A calendar program takes an event with the same UID as a change only if its SEQUENCE is higher:
 * given the plan's earlier publications, an event's SEQUENCE is the number of publications that changed it. There
 * is no METHOD: the file is a calendar to import or subscribe to, not a scheduling message (iTIP), whose PUBLISH
 * would demand an ORGANIZER per event; an ATTENDEE here names who comes, and no program sends them anything.
 */
final class IcsExport {

    static final String PRODUCT_ID = "-//Ressourceplan//Ressourceplan//DA";

    /**
     * ical4j folds by characters, RFC 5545 limits lines to 75 octets, and a UTF-8 character such as the dash in
     * every summary takes up to three: folding after 25 characters keeps every line within the limit.
     */
    private static final int FOLD_LENGTH = 25;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsExport() {
    }

    /**
     * Writes the calendar; the tests hold it to ical4j's validator, so it is not validated again on every download.
     *
     * @param publishedBefore the plan's earlier publications, oldest first, for each event's SEQUENCE; empty gives 0
     */
    static void write(PlanView view, ExportFilter filter, Instant now, List<PlanDocument> publishedBefore,
            OutputStream out) throws IOException {
        try (Writer writer = new KeepOpenWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            new CalendarOutputter(false, FOLD_LENGTH).output(calendar(view, filter, now, publishedBefore), writer);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar", e);
        }
    }

    /** Built from whole lists: adding events one by one copies ical4j's immutable component list each time. */
    static Calendar calendar(PlanView view, ExportFilter filter, Instant now, List<PlanDocument> publishedBefore) {
        List<CalendarSeries> series = CalendarSeries.of(view.plan(), filter::keeps);
        Map<String, Integer> sequences = sequences(view, series, publishedBefore);
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        List<CalendarComponent> components = new ArrayList<>(series.size() + 1);
        components.add(CopenhagenTimeZone.vTimeZone());
        for (CalendarSeries s : series) {
            components.add(event(view, s, stamp, sequences.getOrDefault(s.uid(), 0)));
        }
        PropertyList properties = new PropertyList(List.of(
                new ProdId(PRODUCT_ID),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty("X-WR-CALNAME", calendarName(view, filter)),
                new XProperty("X-WR-TIMEZONE", CopenhagenTimeZone.ID)));
        return new Calendar(properties, new ComponentList<>(components));
    }

    /**
     * How many times each event changed from one publication to the next, up to this one: what it says (times,
     * dates, people, words), never when the file was made, so exporting an unchanged plan again changes nothing.
     */
    private static Map<String, Integer> sequences(PlanView view, List<CalendarSeries> series,
            List<PlanDocument> publishedBefore) {
        Map<String, Integer> sequences = new HashMap<>();
        if (publishedBefore.isEmpty()) {
            return sequences;
        }
        Set<String> wanted = series.stream().map(CalendarSeries::uid).collect(Collectors.toSet());
        Map<String, String> last = new HashMap<>();
        List<Map<String, String>> versions = new ArrayList<>();
        for (PlanDocument earlier : publishedBefore) {
            versions.add(fingerprints(new PlanView(earlier), CalendarSeries.of(earlier, s -> true), wanted));
        }
        versions.add(fingerprints(view, series, wanted));
        for (Map<String, String> version : versions) {
            version.forEach((uid, fingerprint) -> {
                String before = last.put(uid, fingerprint);
                if (before != null && !before.equals(fingerprint)) {
                    sequences.merge(uid, 1, Integer::sum);
                }
            });
        }
        return sequences;
    }

    private static Map<String, String> fingerprints(PlanView view, List<CalendarSeries> series, Set<String> wanted) {
        Map<String, String> fingerprints = new HashMap<>();
        for (CalendarSeries s : series) {
            if (wanted.contains(s.uid())) {
                fingerprints.put(s.uid(), String.join("\u0000", s.dates().toString(), s.start().toString(),
                        s.end().toString(), summary(view, s), location(view, s.first().schoolId()),
                        description(view, s), attendees(view, s).toString()));
            }
        }
        return fingerprints;
    }

    /** "Bakkeskolen – Forår 2027", "Anne Holm – Forår 2027", "Ressourceplan – Forår 2027". */
    private static String calendarName(PlanView view, ExportFilter filter) {
        String who = filter.name(view.plan());
        String term = view.plan().term().name();
        return Stream.of(who.isEmpty() ? "Ressourceplan" : who, term)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" – "));
    }

    private static VEvent event(PlanView view, CalendarSeries series, DtStamp stamp, int sequence) {
        LocalDate first = series.dates().get(0);
        LocalDate last = series.dates().get(series.dates().size() - 1);
        VEvent event = new VEvent(false);
        event.add(new Uid(series.uid()));
        event.add(stamp);
        if (sequence > 0) {
            event.add(new Sequence(sequence));
        }
        event.add(new DtStart<>(ZonedDateTime.of(first, series.start(), CopenhagenTimeZone.ZONE)));
        event.add(new DtEnd<>(ZonedDateTime.of(first, series.end(), CopenhagenTimeZone.ZONE)));
        if (series.dates().size() > 1) {
            // UNTIL is in UTC when DTSTART has a time zone (RFC 5545, 3.3.10). The end of the last date rather than
            // its start: an UNTIL equal to the last start is inclusive by the standard, but Python's
            // recurring_ical_events (Debian's 2.0) leaves that occurrence out, and other programs may too.
            String until = UTC.format(ZonedDateTime.of(last, LocalTime.of(23, 59, 59), CopenhagenTimeZone.ZONE)
                    .withZoneSameInstant(ZoneOffset.UTC));
            event.add(new RRule<>("FREQ=WEEKLY" + (series.intervalWeeks() == 1 ? "" : ";INTERVAL=" + series.intervalWeeks())
                    + ";UNTIL=" + until));
        }
        if (!series.holidays().isEmpty()) {
            event.add(new ExDate<>(new ParameterList(List.of(new TzId(CopenhagenTimeZone.ID))),
                    series.holidays().stream().map(date -> LOCAL.format(date.atTime(series.start())))
                            .collect(Collectors.joining(","))));
        }
        event.add(new Summary(summary(view, series)));
        String location = location(view, series.first().schoolId());
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        event.add(new Description(description(view, series)));
        for (Map.Entry<String, String> attendee : attendees(view, series).entrySet()) {
            event.add(new Attendee(new ParameterList(List.of(new Cn(attendee.getValue()), CuType.INDIVIDUAL)),
                    URI.create("urn:x-ressourceplan:staff:" + encoded(attendee.getKey()))));
        }
        return event;
    }

    /** "Co-teaching 3.B (læsning) – Anne Holm", "Samarbejds- og indsatsmøde – Peter Søndergaard, udækket". */
    private static String summary(PlanView view, CalendarSeries series) {
        return view.title(series.first()) + " – " + series.seats().stream().map(s -> view.staffName(s.staffId()))
                .collect(Collectors.joining(", "));
    }

    /** Each covered seat's person by id, in seat order; a person in two seats once. */
    private static Map<String, String> attendees(PlanView view, CalendarSeries series) {
        Map<String, String> attendees = new java.util.LinkedHashMap<>();
        series.seats().stream().map(PlanSession::staffId).filter(Objects::nonNull)
                .forEach(id -> attendees.putIfAbsent(id, view.staffName(id)));
        return attendees;
    }

    private static String encoded(String id) {
        return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String location(PlanView view, String schoolId) {
        return view.school(schoolId)
                .map(school -> Stream.of(school.name(), school.address())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining(", ")))
                .orElse(view.schoolName(schoolId));
    }

    /** The demand behind the event: what, for which class and competence, in which weeks, and who comes. */
    private static String description(PlanView view, CalendarSeries series) {
        PlanSession session = series.first();
        List<String> lines = new ArrayList<>();
        String demandName = view.demand(session.demandId()).map(Demand::name).orElse("");
        lines.add(demandName.isBlank() ? "Behov-id: " + session.demandId()
                : "Behov: " + demandName + " (behov-id " + session.demandId() + ")");
        lines.add("Type: " + DanishLabels.demandType(session.type()));
        if (session.classId() != null) {
            lines.add("Klasse: " + view.className(session.classId()));
        }
        String competence = view.competenceOf(session.demandId());
        if (!competence.isEmpty()) {
            lines.add("Kompetence: " + competence);
        }
        lines.add("Uge: " + DanishLabels.week(session.week()) + " (" + DanishLabels.rhythm(session.week()) + "), "
                + DanishLabels.weekday(session.day()) + " " + session.start() + "-" + session.end());
        Set<String> people = new LinkedHashSet<>();
        for (PlanSession seat : series.seats()) {
            String role = view.roleOf(seat.staffId());
            people.add(view.staffName(seat.staffId()) + (role.isEmpty() ? "" : " (" + role + ")"));
        }
        lines.add((people.size() > 1 ? "Medarbejdere: " : "Medarbejder: ") + String.join(", ", people));
        lines.add("Skole: " + view.schoolName(session.schoolId()));
        return String.join("\n", lines);
    }

    /** CalendarOutputter closes the writer it is given; the caller's stream (an HTTP response) must stay open. */
    private static final class KeepOpenWriter extends FilterWriter {

        KeepOpenWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
