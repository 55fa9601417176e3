package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A staff member's day in one single week: from the base, to the schools in time order, and back to the base.
 * Everything the rules ask of a day (the drive, the hours, the schools, the waits, the clashes and the drives that
 * do not fit) is worked out once when the day is made, so that the constraints that share a day share this work:
 * the score makes one route per changed day instead of one per rule.
 */
final class DayRoute {

    /**
     * Fully ordered, so that sessions clashing at the same time give the same route however they were collected;
     * otherwise the score would depend on the order in which the solver happened to gather them.
     */
    private static final Comparator<Visit> IN_TIME_ORDER = DayRoute::inTimeOrder;

    private static final Visit[] NO_VISITS = new Visit[0];
    private static final DayRoute EMPTY = new DayRoute(null, List.of(), null);

    private final Staff staff;
    private final List<Visit> ordered;
    private final int travelMinutes;
    private final int sessionMinutes;
    private final int meetingMinutes;
    private final int schools;
    private final int[] idleGaps;
    /** Whether a visit starts before an earlier one has ended: only then is a clash looked for. */
    private final boolean overlapping;
    /** Worked out on first use: most days have neither, and a rule asks only whether there are any. */
    private List<Clash> clashes;
    private List<TightDrive> tightDrives;

    /** @param base the person's drives from their base, looked up once per day rather than per drive */
    private DayRoute(Staff staff, List<Visit> ordered, TravelTimes.FromBase base) {
        this.staff = staff;
        this.ordered = ordered;
        int travel = 0;
        int session = 0;
        int meeting = 0;
        int distinctSchools = 0;
        int[] gaps = new int[Math.max(0, ordered.size() - 1)];
        int latestEnd = 0;
        int out = 0;
        boolean overlaps = false;
        int[] seen = new int[ordered.size()];
        int previousSchool = Integer.MIN_VALUE;
        for (int i = 0; i < ordered.size(); i++) {
            Visit next = ordered.get(i);
            session += next.minutes();
            if (next.type().isMeeting()) {
                meeting += next.minutes();
            }
            int school = next.session().getSchoolIndex();
            // Most visits follow one at the same school: then there is no new school to look for.
            if (school != previousSchool && !contains(seen, distinctSchools, school)) {
                seen[distinctSchools++] = school;
            }
            previousSchool = school;
            if (i == 0) {
                out = next.session().travelMinutesFrom(base);
                travel += out;
                latestEnd = next.end();
                continue;
            }
            Visit previous = ordered.get(i - 1);
            overlaps |= next.start() < latestEnd;
            int drive = atOneSchool(previous, next) ? 0 : previous.session().travelMinutesTo(next.session());
            travel += drive;
            gaps[i - 1] = Math.max(0, next.start() - latestEnd - drive);
            latestEnd = Math.max(latestEnd, next.end());
        }
        if (!ordered.isEmpty()) {
            Visit first = ordered.get(0);
            Visit last = ordered.get(ordered.size() - 1);
            // Most days end at the school they began at: the drive home is then the drive out.
            travel += atOneSchool(first, last) ? out : last.session().travelMinutesFrom(base);
        }
        this.travelMinutes = travel;
        this.sessionMinutes = session;
        this.meetingMinutes = meeting;
        this.schools = distinctSchools;
        this.idleGaps = gaps;
        this.overlapping = overlaps;
    }

    /**
     * By start, end, school and, for two visits of one school at one time, by {@link Visit#compareKeys}: the order of
     * such visits changes no drive, wait or clash, only which of them is told first.
     */
    private static int inTimeOrder(Visit a, Visit b) {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        if (a.end() != b.end()) {
            return Integer.compare(a.end(), b.end());
        }
        if (atOneSchool(a, b)) {
            return Visit.compareKeys(a, b);
        }
        return a.school().id().compareTo(b.school().id());
    }

    /** Two visits at one school, told by the school's place in the travel table. */
    private static boolean atOneSchool(Visit a, Visit b) {
        return a.session().getSchoolIndex() == b.session().getSchoolIndex();
    }

    private static boolean contains(int[] schools, int count, int school) {
        for (int i = 0; i < count; i++) {
            if (schools[i] == school) {
                return true;
            }
        }
        return false;
    }

    /** The day of {@code staff} made of these visits, in any order. */
    static DayRoute of(Staff staff, List<Visit> visits) {
        if (visits.isEmpty()) {
            return EMPTY;
        }
        List<Visit> ordered = new ArrayList<>(visits);
        ordered.sort(IN_TIME_ORDER);
        return new DayRoute(staff, ordered, ordered.get(0).session().drivesFromBaseOf(staff));
    }

    /**
     * Collects one person-day's visits and makes its route whenever they change: a visit in or out only adds to or
     * removes from the day's list, and the route is made once per day and change, however many rules read it.
     */
    static UniConstraintCollector<Visit, DayVisits, DayRoute> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<DayVisits> supplier() {
                return DayVisits::new;
            }

            /** Keeps the day's visits in time order as they come and go, so that a route never sorts. */
            @Override
            public BiFunction<DayVisits, Visit, Runnable> accumulator() {
                return (day, visit) -> {
                    if (day.base == null) {
                        day.base = visit.session().drivesFromBaseOf(visit.staff());
                    }
                    List<Visit> visits = day.visits;
                    int at = Collections.binarySearch(visits, visit, IN_TIME_ORDER);
                    visits.add(at < 0 ? -at - 1 : at, visit);
                    return () -> removeSame(visits, visit);
                };
            }

            @Override
            public Function<DayVisits, DayRoute> finisher() {
                // A copy of the day as it is now (one array, no checks): the day's list changes with the next move.
                return day -> day.visits.isEmpty() ? EMPTY
                        : new DayRoute(day.visits.get(0).staff(), Arrays.asList(day.visits.toArray(NO_VISITS)), day.base);
            }
        };
    }

    /** One person-day's visits in time order, and that person's drives from their base (one person per day). */
    static final class DayVisits {

        private final List<Visit> visits = new ArrayList<>();
        private TravelTimes.FromBase base;
    }

    /** Takes out the very visit that was put in: comparing by identity, not by every field of the record. */
    private static void removeSame(List<Visit> visits, Visit visit) {
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i) == visit) {
                visits.remove(i);
                return;
            }
        }
    }

    /** The day made of these visits, all of one staff member in one week on one day. */
    static DayRoute of(List<Visit> visits) {
        return visits.isEmpty() ? EMPTY : of(visits.get(0).staff(), visits);
    }

    Staff staff() {
        return staff;
    }

    /** The visits in time order. */
    List<Visit> visits() {
        return Collections.unmodifiableList(ordered);
    }

    /** The minutes driven: from the base to the first school, between schools, and home from the last. */
    int travelMinutes() {
        return travelMinutes;
    }

    /** The minutes of the day's own sessions. */
    int sessionMinutes() {
        return sessionMinutes;
    }

    /** The minutes of the day's collaboration meetings. */
    int meetingMinutes() {
        return meetingMinutes;
    }

    /** Sessions and driving together: what the daily maximum and the weekly hours count. */
    int workMinutes() {
        return sessionMinutes + travelMinutes;
    }

    /** How many different schools the person is at this day. */
    int schools() {
        return schools;
    }

    /** The minutes waited beyond {@code threshold} between consecutive sessions, the drive between them not counted. */
    int idleMinutesAbove(int threshold) {
        int above = 0;
        for (int idle : idleGaps) {
            above += Math.max(0, idle - threshold);
        }
        return above;
    }

    /** The longest wait between two consecutive sessions of the day, the drive between them not counted. */
    int longestIdle() {
        int longest = 0;
        for (int idle : idleGaps) {
            longest = Math.max(longest, idle);
        }
        return longest;
    }

    /**
     * The drives of the day as {@link #travelMinutes} counts them, each with when it is driven: from the base so as to
     * arrive when the first session starts, to the next school right after a session ends, and home after the last.
     */
    List<PersonDays.Leg> legs() {
        if (ordered.isEmpty()) {
            return List.of();
        }
        List<PersonDays.Leg> legs = new ArrayList<>();
        Visit first = ordered.get(0);
        int out = first.session().travelMinutesFromBase(staff);
        legs.add(new PersonDays.Leg(PersonDays.LegKind.FROM_BASE, null, first.school().id(), out, first.start() - out,
                first.start()));
        for (int i = 1; i < ordered.size(); i++) {
            Visit previous = ordered.get(i - 1);
            Visit next = ordered.get(i);
            if (!atOneSchool(previous, next)) {
                int minutes = previous.session().travelMinutesTo(next.session());
                legs.add(new PersonDays.Leg(PersonDays.LegKind.BETWEEN, previous.school().id(), next.school().id(),
                        minutes, previous.end(), previous.end() + minutes));
            }
        }
        Visit last = ordered.get(ordered.size() - 1);
        int home = last.session().travelMinutesFromBase(staff);
        legs.add(new PersonDays.Leg(PersonDays.LegKind.TO_BASE, last.school().id(), null, home, last.end(),
                last.end() + home));
        return legs;
    }

    /** The ids of the day's sessions, each once, in time order. */
    List<String> sessionIds() {
        return ordered.stream().map(v -> v.session().getId()).distinct().toList();
    }

    /**
     * Every two of the day's visits that overlap, each pair once, the one with the smaller {@link Visit#compareKeys} first
     * (so that a clash is always told the same way round).
     */
    List<Clash> clashes() {
        if (this.clashes == null) {
            this.clashes = findClashes();
        }
        return this.clashes;
    }

    boolean hasClashes() {
        return overlapping && !clashes().isEmpty();
    }

    private List<Clash> findClashes() {
        List<Clash> clashes = null;
        for (int i = 0; i < ordered.size(); i++) {
            Visit a = ordered.get(i);
            for (int j = i + 1; j < ordered.size(); j++) {
                Visit b = ordered.get(j);
                if (b.start() >= a.end()) {
                    break;
                }
                if (clashes == null) {
                    clashes = new ArrayList<>(2);
                }
                clashes.add(Visit.compareKeys(a, b) < 0 ? new Clash(a, b) : new Clash(b, a));
            }
        }
        return clashes == null ? List.of() : clashes;
    }

    /**
     * Every two of the day's visits at different schools, the first ending before the second starts, with less time
     * between them than the drive takes: not only consecutive ones, since a drive that cannot be made from one school
     * to a later one cannot be made through another either. A later visit starts after an earlier one ends (sessions
     * have a length), and past the longest drive from a school no later visit can be too close.
     */
    List<TightDrive> tightDrives() {
        if (this.tightDrives == null) {
            this.tightDrives = findTightDrives();
        }
        return this.tightDrives;
    }

    /** A day at one school has no drive between sessions to be too short. */
    boolean hasTightDrives() {
        return schools > 1 && !tightDrives().isEmpty();
    }

    private List<TightDrive> findTightDrives() {
        List<TightDrive> tight = null;
        for (int i = 0; i < ordered.size(); i++) {
            Visit a = ordered.get(i);
            int longest = a.session().longestDriveFromHere();
            for (int j = i + 1; j < ordered.size(); j++) {
                Visit b = ordered.get(j);
                if (b.start() - a.end() >= longest) {
                    break;
                }
                if (b.start() >= a.end() && !atOneSchool(a, b)
                        && b.start() - a.end() < a.session().travelMinutesTo(b.session())) {
                    if (tight == null) {
                        tight = new ArrayList<>(2);
                    }
                    tight.add(new TightDrive(a, b));
                }
            }
        }
        return tight == null ? List.of() : tight;
    }

    /** Two visits of one person that overlap. */
    record Clash(Visit first, Visit second) {

        int minutes() {
            return Math.min(first.end(), second.end()) - Math.max(first.start(), second.start());
        }
    }

    /** Two visits of one person at different schools with less time between them than the drive takes. */
    record TightDrive(Visit from, Visit to) {

        int drive() {
            return from.session().travelMinutesTo(to.session());
        }

        int gap() {
            return to.start() - from.end();
        }

        int shortfall() {
            return drive() - gap();
        }
    }

    // ---------------------------------------------------------------- one-off, for KPIs and checks outside the score

    static int travelMinutes(Staff staff, List<Visit> visits) {
        return of(staff, visits).travelMinutes();
    }

    static List<PersonDays.Leg> legs(Staff staff, List<Visit> visits) {
        return of(staff, visits).legs();
    }

    static int idleMinutesAbove(List<Visit> visits, int threshold) {
        return of(visits).idleMinutesAbove(threshold);
    }

    static int longestIdle(List<Visit> visits) {
        return of(visits).longestIdle();
    }

    static int sessionMinutes(List<Visit> visits) {
        return visits.stream().mapToInt(Visit::minutes).sum();
    }

    static int workMinutes(Staff staff, List<Visit> visits) {
        return of(staff, visits).workMinutes();
    }
}
