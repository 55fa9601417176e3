package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Give the more important need the person, take the less important one away": whether an uncovered demand fits a
 * person's fortnight once one of that person's demands of lower priority is taken from them, and at which times.
 * The KPI {@code priorityInversions} counts the exchanges that fit; {@link PriorityExchangeMoveFactory} proposes
 * them to the solver, so that the lowest priority is left out first.
 */
final class PriorityExchange {

    /** An uncovered demand that {@code staff} could take if they gave up {@code covered}, of lower priority. */
    record Inversion(Assignment uncovered, Assignment covered, Staff staff) {
    }

    private final PersonWeeks weeks;

    PriorityExchange(PersonWeeks weeks) {
        this.weeks = weeks;
    }

    /** The covered demands of {@code staff} of lower priority than {@code wanted} that the solver may take away. */
    List<Assignment> lowerPriorityOf(Staff staff, Assignment wanted) {
        List<Assignment> result = new ArrayList<>();
        for (Assignment a : weeks.heldBy(staff)) {
            if (!a.isPinned() && a.getPriority().compareTo(wanted.getPriority()) > 0) {
                result.add(a);
            }
        }
        return result;
    }

    /** The sessions of {@code wanted} that may be given a new time (a pinned session keeps its own). */
    List<Session> movableSessions(Assignment wanted) {
        return weeks.movableSessionsOf(List.of(wanted));
    }

    /**
     * Times for the movable sessions of {@code wanted} in the fortnight of {@code staff} without {@code released}:
     * no clash with them or the others at a meeting, time to drive, not in their unavailable time. Null when one
     * of the sessions has no such time.
     */
    List<TimeSlot> placement(Assignment wanted, Staff staff, Assignment released, List<Session> moving, int offset) {
        Set<Session> movingSet = new HashSet<>(moving);
        return placement(wanted, staff, weeks.busyApartFrom(staff, Set.of(wanted, released), movingSet), moving,
                movingSet, offset);
    }

    /** As above, with the person's own busy sessions without {@code released} already known. */
    private List<TimeSlot> placement(Assignment wanted, Staff staff, List<Session> own, List<Session> moving,
            Set<Session> movingSet, int offset) {
        Map<Staff, List<Session>> others = new HashMap<>();
        List<TimeSlot> chosen = new ArrayList<>();
        for (Session session : moving) {
            List<Session> blocking = new ArrayList<>(own);
            blocking.addAll(weeks.othersBusyAt(session, Set.of(wanted), staff, movingSet, others));
            TimeSlot free = PersonWeeks.bestSlot(session, session.getCandidateSlots(), staff, blocking, chosen, offset);
            if (free == null) {
                return null;
            }
            chosen.add(free);
        }
        return chosen;
    }

    /**
     * Whether {@code staff}'s fortnight with {@code wanted} at the given times and without {@code released} keeps
     * every hard rule on hours: the daily maximum and the weekly hours (both with travel), the fortnight's hours,
     * and the cap on schools.
     */
    boolean keepsHours(Assignment wanted, Staff staff, Assignment released, List<Session> moving, List<TimeSlot> slots) {
        Map<Session, TimeSlot> timeOf = new HashMap<>();
        for (int i = 0; i < moving.size(); i++) {
            timeOf.put(moving.get(i), slots.get(i));
        }
        List<Visit> visits = new ArrayList<>();
        Set<Object> schools = new HashSet<>();
        List<Assignment> taken = new ArrayList<>(weeks.heldBy(staff));
        taken.remove(released);
        taken.add(wanted);
        for (Assignment a : taken) {
            schools.add(a.getSchool());
            for (Session session : weeks.sessionsOf(a)) {
                TimeSlot slot = timeOf.getOrDefault(session, session.getSlot());
                if (slot != null) {
                    for (Week week : slot.week().singleWeeks()) {
                        visits.add(new Visit(staff, session, a, 0, week, slot));
                    }
                }
            }
        }
        if (schools.size() > staff.schoolCap()) {
            return false;
        }
        int fortnight = 0;
        Map<Week, Integer> weekMinutes = new HashMap<>();
        Map<PersonDay, List<Visit>> days = visits.stream().collect(Collectors.groupingBy(PersonDay::of));
        for (Map.Entry<PersonDay, List<Visit>> day : days.entrySet()) {
            int work = DayRoute.workMinutes(staff, day.getValue());
            if (work > staff.maxMinutesPerDay()) {
                return false;
            }
            weekMinutes.merge(day.getKey().week(), work, Integer::sum);
            fortnight += DayRoute.sessionMinutes(day.getValue());
        }
        return fortnight <= 2 * staff.minutesPerWeek()
                && weekMinutes.values().stream().allMatch(minutes -> minutes <= staff.minutesPerWeek());
    }

    /** Every exchange that fits in {@code plan}: each pair of an uncovered demand and a covered one of lower priority. */
    static List<Inversion> inversions(StaffPlan plan) {
        PersonWeeks weeks = new PersonWeeks(plan, true);
        PriorityExchange exchange = new PriorityExchange(weeks);
        Map<Assignment, Integer> minutes = KpiCalculator.minutesOf(plan);
        Map<Staff, Integer> heldMinutes = new HashMap<>();
        minutes.forEach((a, m) -> {
            if (a.getStaff() != null) {
                heldMinutes.merge(a.getStaff(), m, Integer::sum);
            }
        });
        List<Inversion> found = new ArrayList<>();
        for (Assignment uncovered : plan.getAssignments()) {
            if (uncovered.getStaff() != null || uncovered.isPinned()) {
                continue;
            }
            List<Session> moving = exchange.movableSessions(uncovered);
            int leastMinutes = leastMinutes(weeks.sessionsOf(uncovered));
            Set<Session> movingSet = new HashSet<>(moving);
            for (Staff staff : uncovered.getEligibleStaff()) {
                List<Session> busy = null;
                for (Assignment covered : exchange.lowerPriorityOf(staff, uncovered)) {
                    // The fortnight's hours rule out most pairs before any time is looked for.
                    int atLeast = heldMinutes.getOrDefault(staff, 0) - minutes.getOrDefault(covered, 0) + leastMinutes;
                    if (atLeast > 2 * staff.minutesPerWeek()) {
                        continue;
                    }
                    if (busy == null) {
                        busy = weeks.busyApartFrom(staff, Set.of(uncovered), movingSet);
                    }
                    List<Session> releasedSessions = weeks.sessionsOf(covered);
                    List<Session> own = busy.stream().filter(session -> !releasedSessions.contains(session)).toList();
                    List<TimeSlot> slots = exchange.placement(uncovered, staff, own, moving, movingSet, 0);
                    if (slots != null && exchange.keepsHours(uncovered, staff, covered, moving, slots)) {
                        found.add(new Inversion(uncovered, covered, staff));
                    }
                }
            }
        }
        return found;
    }

    /** The fewest minutes per fortnight the sessions could take: a pinned one its own, the others their shortest time. */
    private static int leastMinutes(List<Session> sessions) {
        int least = 0;
        for (Session session : sessions) {
            least += session.isPinned() || session.getCandidateSlots().isEmpty() ? session.minutesPerFortnight()
                    : session.getCandidateSlots().stream().mapToInt(s -> s.minutes() * s.week().timesPerFortnight()).min()
                            .orElse(0);
        }
        return least;
    }
}
