package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.TermCalendar;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The plan as an iCalendar file of dated events for the whole term: each session of the fortnight template on
 * every teaching date of its week pattern and weekday, in Danish time.
 * <p>
 * The UID of an event is the session id and the date, so importing the file again, or refreshing a subscribed
 * feed after a rerun, updates the events instead of adding copies. There is no METHOD: the file is a calendar
 * to import or subscribe to, not a scheduling message (iTIP), whose PUBLISH would demand an ORGANIZER per event.
 */
final class IcsExport {

    static final String PRODUCT_ID = "-//Ressourceplan//Ressourceplan//DA";

    /**
     * ical4j folds by characters, RFC 5545 limits lines to 75 octets, and a UTF-8 character such as the dash in
     * every summary takes up to three: folding after 25 characters keeps every line within the limit.
     */
    private static final int FOLD_LENGTH = 25;

    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsExport() {
    }

    /** Writes the calendar; the tests hold it to ical4j's validator, so it is not validated again on every download. */
    static void write(PlanView view, ExportFilter filter, Instant now, OutputStream out) throws IOException {
        try (Writer writer = new KeepOpenWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            new CalendarOutputter(false, FOLD_LENGTH).output(calendar(view, filter, now), writer);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar", e);
        }
    }

    /** Built from whole lists: adding events one by one copies ical4j's immutable component list each time. */
    static Calendar calendar(PlanView view, ExportFilter filter, Instant now) {
        TermCalendar term = new TermCalendar(view.plan().term());
        List<Dated> dated = new ArrayList<>();
        for (PlanSession session : filter.sessionsOf(view.plan())) {
            // After a rerun a session may hold for part of the term only: history before, the new plan after.
            for (LocalDate date : term.datesOf(session.week(), session.day())) {
                if (session.holdsOn(date)) {
                    dated.add(new Dated(session, date));
                }
            }
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparing(d -> d.session().start())
                .thenComparing(d -> d.session().id()));
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        List<CalendarComponent> components = new ArrayList<>(dated.size() + 1);
        components.add(CopenhagenTimeZone.vTimeZone());
        for (Dated d : dated) {
            components.add(event(view, d.session(), d.date(), stamp));
        }
        PropertyList properties = new PropertyList(List.of(
                new ProdId(PRODUCT_ID),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty("X-WR-CALNAME", calendarName(view, filter)),
                new XProperty("X-WR-TIMEZONE", CopenhagenTimeZone.ID)));
        return new Calendar(properties, new ComponentList<>(components));
    }

    private record Dated(PlanSession session, LocalDate date) {
    }

    /** "Bakkeskolen – Forår 2027", "Anne Holm – Forår 2027", "Ressourceplan – Forår 2027". */
    private static String calendarName(PlanView view, ExportFilter filter) {
        String who = filter.name(view.plan());
        String term = view.plan().term().name();
        return Stream.of(who.isEmpty() ? "Ressourceplan" : who, term)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" – "));
    }

    private static VEvent event(PlanView view, PlanSession session, LocalDate date, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(session, date)));
        event.add(stamp);
        event.add(new DtStart<>(ZonedDateTime.of(date, session.start(), CopenhagenTimeZone.ZONE)));
        event.add(new DtEnd<>(ZonedDateTime.of(date, session.end(), CopenhagenTimeZone.ZONE)));
        event.add(new Summary(view.title(session) + " – " + view.staffName(session.staffId())));
        String location = location(view, session.schoolId());
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        event.add(new Description(description(view, session)));
        return event;
    }

    /**
     * Session ids come from planners' input and the solver; characters outside letters, digits, "." and "-" are
     * percent-encoded rather than dropped, so that two different ids never give the same UID.
     */
    static String uid(PlanSession session, LocalDate date) {
        StringBuilder uid = new StringBuilder();
        for (byte b : session.id().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                uid.append(c);
            } else {
                uid.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uid.append('-').append(UID_DATE.format(date)).append("@ressourceplan").toString();
    }

    private static String location(PlanView view, String schoolId) {
        return view.school(schoolId)
                .map(school -> Stream.of(school.name(), school.address())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining(", ")))
                .orElse(view.schoolName(schoolId));
    }

    /** The demand behind the event: what, for which class and competence, and in which weeks. */
    private static String description(PlanView view, PlanSession session) {
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
        String role = view.roleOf(session.staffId());
        lines.add("Medarbejder: " + view.staffName(session.staffId()) + (role.isEmpty() ? "" : " (" + role + ")"));
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
