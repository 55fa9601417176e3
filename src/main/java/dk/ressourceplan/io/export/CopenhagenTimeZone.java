package dk.ressourceplan.io.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;

/**
 * Danish time for calendar files: the zone every event is placed in, and its VTIMEZONE definition.
 * <p>
 * Since tzdata 2022b Europe/Copenhagen is a link to Europe/Berlin, so the definition ical4j bundles from
 * tzurl.org is Berlin's: its TZID, TZURL and X-LIC-LOCATION name Berlin and its history is Berlin's. Calendar
 * programs match an event's TZID to a VTIMEZONE by name, so the definition is renamed Europe/Copenhagen, loses
 * the properties that point to Berlin, and keeps only the rules in force today (the EU's summer time, which
 * Denmark and Germany have shared since 1980), which is all a term's events need.
 */
final class CopenhagenTimeZone {

    static final String ID = "Europe/Copenhagen";
    static final ZoneId ZONE = ZoneId.of(ID);

    private CopenhagenTimeZone() {
    }

    static VTimeZone vTimeZone() {
        TimeZone bundled = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ID);
        if (bundled == null) {
            throw new IllegalStateException("ical4j has no definition of " + ID);
        }
        VTimeZone definition = bundled.getVTimeZone().copy();
        definition.replace(new TzId(ID));
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION", "X-PROLEPTIC-TZNAME");
        List<Observance> historic = definition.getObservances().stream()
                .filter(observance -> !isInForce(observance)).toList();
        if (historic.size() < definition.getObservances().size()) {
            historic.forEach(definition::remove);
        }
        return definition;
    }

    /** An observance that recurs without end: one of today's rules. */
    private static boolean isInForce(Observance observance) {
        Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
        return rule.map(r -> r.getRecur().getUntil() == null).orElse(false);
    }
}
