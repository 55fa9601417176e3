package dk.ressourceplan.domain;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Travel minutes between schools and from each staff member's base to each school, computed once per problem
 * from the given matrix or, where a pair is missing, estimated from coordinates.
 */
public final class TravelTimes {

    private final Map<String, Integer> schoolIndex = new HashMap<>();
    private final int[][] betweenSchools;
    /** For each school, the longest drive from it to another: beyond it no drive from there can be too tight. */
    private final int[] longestFrom;
    private final Map<String, FromBase> fromBase = new HashMap<>();
    /**
     * The same rows by the staff member records given, looked up by identity: the score asks for a base row at
     * every change of a person's day, and a record's own hash goes through all its fields.
     */
    private final Map<Staff, FromBase> fromBaseOf = new IdentityHashMap<>();

    public TravelTimes(List<School> schools, List<Staff> staff, TravelSettings settings) {
        Map<String, Integer> given = new HashMap<>();
        for (TravelSettings.TravelEntry entry : settings.minutes()) {
            given.put(entry.from() + "\u0000" + entry.to(), entry.minutes());
            given.put(entry.to() + "\u0000" + entry.from(), entry.minutes());
        }
        for (int i = 0; i < schools.size(); i++) {
            schoolIndex.put(schools.get(i).id(), i);
        }
        betweenSchools = new int[schools.size()][schools.size()];
        for (int i = 0; i < schools.size(); i++) {
            School a = schools.get(i);
            for (int j = 0; j < schools.size(); j++) {
                School b = schools.get(j);
                betweenSchools[i][j] = i == j ? 0
                        : given.getOrDefault(a.id() + "\u0000" + b.id(), estimate(a.lat(), a.lon(), b.lat(), b.lon(), settings));
            }
        }
        longestFrom = new int[schools.size()];
        for (int i = 0; i < schools.size(); i++) {
            for (int minutes : betweenSchools[i]) {
                longestFrom[i] = Math.max(longestFrom[i], minutes);
            }
        }
        for (Staff person : staff) {
            int[] row = new int[schools.size()];
            for (int j = 0; j < schools.size(); j++) {
                School school = schools.get(j);
                Place base = person.base();
                row[j] = base == null ? 0
                        : given.getOrDefault(person.id() + "\u0000" + school.id(),
                                estimate(base.lat(), base.lon(), school.lat(), school.lon(), settings));
            }
            FromBase drives = new FromBase(row);
            fromBase.put(person.id(), drives);
            fromBaseOf.put(person, drives);
        }
    }

    /** Straight-line distance times the detour factor, at the given speed, plus the fixed minutes per trip. */
    public static int estimate(double lat1, double lon1, double lat2, double lon2, TravelSettings settings) {
        double km = haversineKm(lat1, lon1, lat2, lon2);
        if (km < 0.05) {
            return 0;
        }
        return (int) Math.round(km * settings.detourFactor() / settings.speedKmh() * 60) + settings.minutesPerTrip();
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public int between(School a, School b) {
        return betweenSchools[indexOf(a)][indexOf(b)];
    }

    public int fromBase(Staff staff, School school) {
        return fromBase(staff, indexOf(school));
    }

    /**
     * The school's place in this table, for the look-ups by index that the score makes at every change
     * ({@link Session} keeps its school's).
     */
    public int indexOf(School school) {
        return schoolIndex.get(school.id());
    }

    /** Minutes between the schools at these places of the table. */
    public int between(int a, int b) {
        return betweenSchools[a][b];
    }

    /** The longest drive from the school at this place of the table to any other school. */
    public int longestFrom(int school) {
        return longestFrom[school];
    }

    /** Minutes from the person's base to the school at this place of the table; 0 without a base. */
    public int fromBase(Staff staff, int school) {
        return drivesFromBaseOf(staff).to(school);
    }

    /** The drives from the person's base to every school, for a caller that asks for several of one person's. */
    public FromBase drivesFromBaseOf(Staff staff) {
        FromBase drives = fromBaseOf.get(staff);
        if (drives == null) {
            drives = fromBase.getOrDefault(staff.id(), FromBase.NO_BASE);
        }
        return drives;
    }

    /** One person's drives from their base, by the school's place in the table. */
    public static final class FromBase {

        static final FromBase NO_BASE = new FromBase(null);

        private final int[] minutes;

        private FromBase(int[] minutes) {
            this.minutes = minutes;
        }

        /** Minutes to the school at this place of the table; 0 without a base. */
        public int to(int school) {
            return minutes == null ? 0 : minutes[school];
        }
    }
}
