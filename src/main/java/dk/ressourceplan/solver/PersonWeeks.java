package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Who sits at which session, and which times a person has free, for the custom moves: which sessions belong to an
 * assignment, who else attends a session, and the free time in a person's fortnight that keeps their days at as
 * few schools as possible. Built once per phase; the plan's people and times are read live from the entities.
 */
final class PersonWeeks {

    /** The cost of a slot that would double-book someone or leave no time to drive. */
    static final int UNUSABLE = 1000;

    private final StaffPlan plan;
    private final Map<Assignment, List<Session>> sessionsOf = new IdentityHashMap<>();
    /**
     * The seats among which a person's are looked for. For a plan that is only read, the seats each person holds. While
     * the solver runs, the seats each person may hold: those that offer them and those they held when the phase began
     * (a seat locked to someone it does not offer); the solver only gives a seat someone it offers. Were a seat ever to
     * get someone else, the moves would propose less well for that person; the score, which reads the seats
     * themselves, would not be wrong.
     */
    private final Map<Staff, List<SeatSessions>> mayHold = new HashMap<>();

    /** A seat with its sessions, so that a person's sessions are read without a look-up per seat. */
    private record SeatSessions(Assignment seat, List<Session> sessions) {
    }
    /** For each PPR seat, the other unpinned PPR seats of the same service at the same school. */
    private final Map<Assignment, List<Assignment>> sameService = new IdentityHashMap<>();

    /**
     * The seats each person held when they were last looked for. While the solver runs, who holds which seat changes
     * only from one step to the next (see {@link #newStep()}): a person's seats are looked for again only when one of
     * them has changed hands, not at every proposal. Before the first step nothing is kept.
     */
    private final Map<Staff, List<SeatSessions>> held = new HashMap<>();
    /** Who held each of the plan's seats (in the plan's order) when the current step began; null before the first. */
    private Staff[] holderAtStep;

    PersonWeeks(ScoreDirector<StaffPlan> scoreDirector) {
        this(scoreDirector.getWorkingSolution());
    }

    PersonWeeks(StaffPlan plan) {
        this(plan, false);
    }

    /**
     * With {@code unchanging}, who holds which seat is read once, for a plan that is only read (the KPIs of a
     * solved plan); otherwise it is read live from the entities, as the moves need while the solver changes them.
     */
    PersonWeeks(StaffPlan plan, boolean unchanging) {
        this.plan = plan;
        for (Session session : plan.getSessions()) {
            session.getSeats().forEach(a -> sessionsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(session));
        }
        Map<List<Object>, List<Assignment>> byService = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.isPprSeat()) {
                byService.computeIfAbsent(List.of(a.getSchool().id(), a.getPprFunction()), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Assignment> service : byService.values()) {
            for (Assignment a : service) {
                sameService.put(a, service.stream().filter(other -> other != a && !other.isPinned()).toList());
            }
        }
        for (Staff staff : plan.getStaff()) {
            mayHold.put(staff, new ArrayList<>());
        }
        for (Assignment a : plan.getAssignments()) {
            SeatSessions seat = new SeatSessions(a, sessionsOf(a));
            if (!unchanging) {
                for (Staff staff : a.getEligibleStaff()) {
                    mayHold.computeIfAbsent(staff, k -> new ArrayList<>()).add(seat);
                }
            }
            if (a.getStaff() != null && (unchanging || !a.getEligibleStaff().contains(a.getStaff()))) {
                mayHold.computeIfAbsent(a.getStaff(), k -> new ArrayList<>()).add(seat);
            }
        }
    }

    StaffPlan plan() {
        return plan;
    }

    /**
     * A step of the search begins. Timefold draws a step's moves from an iterator it makes for that step, and undoes
     * every move it tries before it draws the next: the plan the proposals read is the same all step long, and it
     * changes only when the step's move is made, before the next step's iterator. So the move factories call this
     * when Timefold asks them for an iterator: the seats that changed hands since the last step are found by looking
     * at each seat's person once, and only the seats of those seats' people are looked for again.
     */
    void newStep() {
        List<Assignment> seats = plan.getAssignments();
        if (holderAtStep == null) {
            holderAtStep = new Staff[seats.size()];
        }
        // Each seat's person against the last step's: the people of a seat that changed hands are looked for again.
        for (int i = 0; i < holderAtStep.length; i++) {
            Staff now = seats.get(i).getStaff();
            if (now != holderAtStep[i]) {
                forget(holderAtStep[i]);
                forget(now);
                holderAtStep[i] = now;
            }
        }
    }

    private void forget(Staff staff) {
        if (staff != null) {
            held.remove(staff);
        }
    }

    /** The seats a person holds. */
    List<Assignment> heldBy(Staff staff) {
        List<Assignment> seats = new ArrayList<>();
        for (SeatSessions seat : heldOf(staff)) {
            seats.add(seat.seat());
        }
        return seats;
    }

    /**
     * The seats a person holds, with their sessions, in the plan's order; kept from step to step until one of them
     * changes hands.
     */
    private List<SeatSessions> heldOf(Staff staff) {
        if (holderAtStep == null) {
            return lookForHeld(staff);
        }
        List<SeatSessions> known = held.get(staff);
        if (known == null) {
            known = lookForHeld(staff);
            held.put(staff, known);
        }
        // With assertions on (as in the tests), every answer kept from an earlier step is checked against the plan.
        assert known.equals(lookForHeld(staff)) : staff.id() + "'s seats changed hands unnoticed";
        return known;
    }

    private List<SeatSessions> lookForHeld(Staff staff) {
        // A loop, not a stream: asked for every move proposed.
        List<SeatSessions> seats = new ArrayList<>();
        for (SeatSessions seat : mayHoldOf(staff)) {
            if (holds(seat.seat(), staff)) {
                seats.add(seat);
            }
        }
        return seats;
    }

    /** The seats among which the person's are looked for; every seat for someone the plan did not name. */
    private List<SeatSessions> mayHoldOf(Staff staff) {
        List<SeatSessions> seats = mayHold.get(staff);
        if (seats == null) {
            seats = plan.getAssignments().stream().map(a -> new SeatSessions(a, sessionsOf(a))).toList();
            mayHold.put(staff, seats);
        }
        return seats;
    }

    /** Whether the person sits in the seat: the same record, as it nearly always is, or one with the same id. */
    private static boolean holds(Assignment seat, Staff staff) {
        Staff held = seat.getStaff();
        return held == staff || held != null && held.equals(staff);
    }

    List<Session> sessionsOf(Assignment assignment) {
        return sessionsOf.getOrDefault(assignment, List.of());
    }

    /** The sessions of the seats that may move (not pinned), each once, in the seats' order. */
    List<Session> movableSessionsOf(List<Assignment> seats) {
        // A loop, not a stream: asked for every move proposed.
        List<Session> movable = new ArrayList<>();
        for (Assignment seat : seats) {
            for (Session session : sessionsOf(seat)) {
                if (!session.isPinned() && !movable.contains(session)) {
                    movable.add(session);
                }
            }
        }
        return movable;
    }

    List<Assignment> seatsOf(Session session) {
        return session.getSeats();
    }

    /**
     * The seats that go with {@code assignment} to {@code staff}: for a school's PPR seat, every unpinned PPR seat of
     * the same service at the school held by the same person (or, when uncovered, also uncovered) that
     * {@code staff} may take; otherwise the assignment alone.
     */
    List<Assignment> contactSeats(Assignment assignment, Staff staff) {
        if (!assignment.isPprSeat()) {
            return List.of(assignment);
        }
        List<Assignment> together = new ArrayList<>();
        together.add(assignment);
        for (Assignment other : sameService.getOrDefault(assignment, List.of())) {
            if (Objects.equals(other.getStaff(), assignment.getStaff()) && other.getEligibleStaff().contains(staff)) {
                together.add(other);
            }
        }
        return together;
    }

    /** The timed sessions a person attends, apart from the given assignment's and the ones being moved. */
    List<Session> busyOf(Staff staff, Assignment except, Collection<Session> moving) {
        return busyApartFrom(staff, except == null ? Set.of() : Set.of(except), moving);
    }

    /** The timed sessions a person attends, apart from the given assignments' and the ones being moved. */
    List<Session> busyApartFrom(Staff staff, Set<Assignment> except, Collection<Session> moving) {
        List<Session> result = new ArrayList<>();
        // Most callers leave nothing out: then no set is asked.
        boolean anyExcept = !except.isEmpty();
        boolean anyMoving = !moving.isEmpty();
        for (SeatSessions seat : heldOf(staff)) {
            if (!anyExcept || !except.contains(seat.seat())) {
                for (Session session : seat.sessions()) {
                    if (session.getSlot() != null && (!anyMoving || !moving.contains(session))) {
                        result.add(session);
                    }
                }
            }
        }
        return result;
    }

    /**
     * What everyone else at the session is busy with: for each other seat that has a person other than
     * {@code self}, that person's sessions apart from the moving ones.
     */
    List<Session> othersBusyAt(Session session, Set<Assignment> except, Staff self, Collection<Session> moving,
            Map<Staff, List<Session>> cache) {
        List<Session> blocking = new ArrayList<>();
        for (Assignment other : seatsOf(session)) {
            if (!except.contains(other) && other.getStaff() != null && !other.getStaff().equals(self)) {
                blocking.addAll(cache.computeIfAbsent(other.getStaff(), s -> busyOf(s, other, moving)));
            }
        }
        return blocking;
    }

    /** The cheapest of the candidate slots, starting the search at a random one so that ties vary. */
    static TimeSlot bestSlot(Session session, List<TimeSlot> candidates, Staff staff, List<Session> blocking,
            List<TimeSlot> chosen, Random random) {
        return bestSlot(session, candidates, staff, blocking, chosen, candidates.isEmpty() ? 0 : random.nextInt(candidates.size()));
    }

    /** The cheapest of the candidate slots, ties going to the first from {@code offset} on. */
    static TimeSlot bestSlot(Session session, List<TimeSlot> candidates, Staff staff, List<Session> blocking,
            List<TimeSlot> chosen, int offset) {
        TimeSlot best = null;
        int bestCost = Integer.MAX_VALUE;
        // A slot is only blocked by sessions on its own day: each candidate looks at that day's, not the fortnight's.
        // The sessions are sorted by weekday into one array (day d's from firstOfDay[d] to firstOfDay[d + 1]).
        int[] firstOfDay = new int[8];
        for (Session other : blocking) {
            firstOfDay[other.getSlot().day().ordinal() + 1]++;
        }
        for (int day = 1; day < 8; day++) {
            firstOfDay[day] += firstOfDay[day - 1];
        }
        Session[] byDay = new Session[blocking.size()];
        int[] next = firstOfDay.clone();
        for (Session other : blocking) {
            byDay[next[other.getSlot().day().ordinal()]++] = other;
        }
        for (int i = 0; i < candidates.size(); i++) {
            TimeSlot slot = candidates.get((offset + i) % candidates.size());
            int day = slot.day().ordinal();
            int cost = cost(session, slot, staff, byDay, firstOfDay[day], firstOfDay[day + 1], chosen);
            if (cost < bestCost) {
                best = slot;
                bestCost = cost;
            }
        }
        return bestCost >= UNUSABLE ? null : best;
    }

    /**
     * {@link #UNUSABLE} for a slot that clashes or leaves no time to drive; otherwise a day at another school costs
     * more than a free day, which costs more than a day already at this school, and staying put costs least. The
     * sessions that may block it are {@code blocking[from]} to {@code blocking[to - 1]}.
     */
    private static int cost(Session session, TimeSlot slot, Staff staff, Session[] blocking, int from, int to,
            List<TimeSlot> chosen) {
        if (staff.isUnavailable(slot.week(), slot.day(), slot.start(), slot.end())) {
            return UNUSABLE;
        }
        for (TimeSlot taken : chosen) {
            if (slot.overlaps(taken)) {
                return UNUSABLE;
            }
        }
        boolean sameSchool = false;
        boolean otherSchool = false;
        for (int i = from; i < to; i++) {
            Session other = blocking[i];
            TimeSlot taken = other.getSlot();
            if (!taken.week().intersects(slot.week()) || taken.day() != slot.day()) {
                continue;
            }
            if (taken.overlaps(slot)) {
                return UNUSABLE;
            }
            if (other.getSchool().equals(session.getSchool())) {
                sameSchool = true;
            } else {
                int gap = taken.end() <= slot.start() ? slot.start() - taken.end() : taken.start() - slot.end();
                if (gap < session.travelMinutesTo(other)) {
                    return UNUSABLE;
                }
                otherSchool = true;
            }
        }
        int cost = otherSchool ? 4 : sameSchool ? 0 : 2;
        return cost + (slot.equals(session.getSlot()) ? 0 : 1);
    }
}
