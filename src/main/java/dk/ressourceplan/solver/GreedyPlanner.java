package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-made baseline: a plan filled in the way a planner fills a spreadsheet. School by school in id order,
 * demand by demand (red first), each seat goes to the nearest qualified person (by travel from their base) who
 * still has hours (sessions booked so far plus a round trip a week as the travel estimate) and is under their
 * cap on schools; each session goes to the first free slot of its lesson, meeting window or school day. A slot is
 * free for a person when it clashes with none of their sessions, leaves the drive to and from their other schools
 * that day, lies outside their unavailable time, and keeps the day and the week within their hours including
 * travel. A meeting needs every seat's person free at the same slot; when nobody fits, the seat is left uncovered,
 * as a planner would, and its sessions still get a time so that the plan is complete.
 *
 * <p>Nothing is ever moved once written down: no swaps, no second thoughts. That is the point of the baseline.
 *
 * <p>{@link SlotChoice#SAME_DAY_FIRST} is the same planner with one habit of a careful planner: a session goes to a
 * free slot on a day when its people are already at that school, else on a day they have free, and only then on a
 * day at another school. The solver starts from that plan; the benchmark's hand-made plan is the plain one.
 */
public final class GreedyPlanner {

    /** How a session's time is chosen among the free ones. */
    public enum SlotChoice {
        /** The first free slot in the school's order: the hand-made baseline. */
        FIRST_FREE,
        /** A free slot on a day already at this school first, then a free day, then any free slot. */
        SAME_DAY_FIRST
    }

    /** A planner phones a handful of people for a meeting seat before giving up on it. */
    static final int CANDIDATES_PER_MEETING_SEAT = 8;

    private final StaffPlan plan;
    private final SlotChoice slotChoice;
    private final Map<Assignment, List<Session>> sessionsOf = new IdentityHashMap<>();
    private final Map<Demand, List<Session>> sessionsOfDemand = new LinkedHashMap<>();
    /** The sessions of each set of seats: a demand's, or one occurrence's of a dated demand. */
    private final Map<List<Assignment>, List<Session>> sessionsOfSeats = new LinkedHashMap<>();
    private final Map<Staff, Integer> programmesOf = new HashMap<>();
    private final Set<Assignment> decided = new HashSet<>();
    private final Map<Staff, List<Session>> booked = new HashMap<>();
    private final Map<Staff, Set<School>> schoolsOf = new HashMap<>();
    /** What a trial wrote down, so that it can be rubbed out when the trial fails. */
    private final List<Runnable> undo = new ArrayList<>();

    private GreedyPlanner(StaffPlan plan, SlotChoice slotChoice) {
        this.plan = plan;
        this.slotChoice = slotChoice;
        for (Session session : plan.getSessions()) {
            sessionsOfDemand.computeIfAbsent(session.getDemand(), d -> new ArrayList<>()).add(session);
            sessionsOfSeats.computeIfAbsent(session.getSeats(), d -> new ArrayList<>()).add(session);
            for (Assignment seat : session.getSeats()) {
                sessionsOf.computeIfAbsent(seat, a -> new ArrayList<>()).add(session);
            }
        }
    }

    /** The hand-made plan of a term (first free slot), every variable set; not yet scored. */
    public static StaffPlan plan(PlanDocument document) {
        return plan(document, SlotChoice.FIRST_FREE);
    }

    public static StaffPlan plan(PlanDocument document, SlotChoice slotChoice) {
        return plan(document, List.of(), slotChoice);
    }

    /**
     * The hand-made plan around what a planner has locked: the locked rows ({@link PlanRestore#applyLocks}) are
     * written down first and stay as they are; everything else is planned around them.
     */
    public static StaffPlan plan(PlanDocument document, List<PlanSession> locks, SlotChoice slotChoice) {
        StaffPlan plan = PlanBuilder.build(document);
        plan.getAssignments().forEach(a -> a.setStaff(null));
        plan.getSessions().forEach(s -> s.setSlot(null));
        PlanRestore.applyLocks(plan, locks);
        GreedyPlanner planner = new GreedyPlanner(plan, slotChoice);
        planner.takeLocked();
        planner.fill();
        return plan;
    }

    /**
     * Fills in what is open in a plan and leaves the rest as it is: every session with a time is booked for its
     * people, every seat with a person (or pinned) is decided; open seats then get a person and open sessions a time
     * as in a plan made by hand. A stretch of the term starts so: the dated work beginning in it, and the seats of
     * someone away, planned around everything that stays.
     */
    static void fillOpen(StaffPlan plan, SlotChoice slotChoice) {
        GreedyPlanner planner = new GreedyPlanner(plan, slotChoice);
        for (Session session : plan.getSessions()) {
            if (session.getSlot() != null) {
                session.getSeats().stream().map(Assignment::getStaff).filter(person -> person != null).distinct()
                        .forEach(person -> planner.book(person, session));
            }
        }
        for (Assignment assignment : plan.getAssignments()) {
            if (assignment.getStaff() != null || assignment.isPinned()) {
                planner.decide(assignment, assignment.getStaff());
            }
        }
        planner.undo.clear();
        planner.fill();
    }

    private void decide(Assignment assignment, Staff person) {
        decided.add(assignment);
        if (person != null) {
            schoolsOf.computeIfAbsent(person, p -> new HashSet<>()).add(assignment.getSchool());
            if (assignment.isProgramme()) {
                programmesOf.merge(person, 1, Integer::sum);
            }
        }
    }

    /** Books the locked work: its people are decided, and a locked person's open sessions get a time they have free. */
    private void takeLocked() {
        for (Session session : plan.getSessions()) {
            if (session.getSlot() != null) {
                session.getSeats().stream().map(Assignment::getStaff).filter(person -> person != null).distinct()
                        .forEach(person -> book(person, session));
            }
        }
        for (Assignment assignment : plan.getAssignments()) {
            if (assignment.isLocked()) {
                decide(assignment, assignment.getStaff());
                sessionsOf.getOrDefault(assignment, List.of()).stream().filter(s -> s.getSlot() == null)
                        .forEach(this::place);
            }
        }
        undo.clear();
    }

    private void fill() {
        List<School> schools = new ArrayList<>(plan.getSchools());
        schools.sort(Comparator.comparing(School::id));
        for (School school : schools) {
            List<List<Assignment>> demands = sessionsOfSeats.keySet().stream()
                    .filter(seats -> sessionsOfSeats.get(seats).get(0).getSchool().equals(school))
                    .sorted(Comparator.comparing(GreedyPlanner::priorityOf))
                    .toList();
            demands.forEach(this::cover);
        }
        for (List<Session> sessions : sessionsOfSeats.values()) {
            sessions.stream().filter(s -> s.getSlot() == null).forEach(this::placeUncovered);
        }
    }

    private static NeedLevel priorityOf(List<Assignment> seats) {
        return seats.stream().map(Assignment::getPriority).min(Comparator.naturalOrder()).orElse(NeedLevel.GREEN);
    }

    /** Finds people for a demand's (or an occurrence's) open seats, seat by seat, nearest first, nobody last. */
    private void cover(List<Assignment> seats) {
        List<Assignment> open = seats.stream().filter(a -> !decided.contains(a)).distinct().toList();
        if (!open.isEmpty()) {
            choose(open, 0, new LinkedHashMap<>());
        }
    }

    private boolean choose(List<Assignment> open, int seat, Map<Assignment, Staff> chosen) {
        if (seat == open.size()) {
            return tryToWriteDown(chosen);
        }
        Assignment assignment = open.get(seat);
        List<Staff> candidates = candidates(assignment, chosen.values());
        if (open.size() > 1 && candidates.size() > CANDIDATES_PER_MEETING_SEAT) {
            candidates = candidates.subList(0, CANDIDATES_PER_MEETING_SEAT);
        }
        List<Staff> options = new ArrayList<>(candidates);
        options.add(null);
        for (Staff person : options) {
            chosen.put(assignment, person);
            if (choose(open, seat + 1, chosen)) {
                return true;
            }
            chosen.remove(assignment);
        }
        return false;
    }

    /**
     * Qualified people with hours left and room under their school cap, nearest to the school first; for the PPR
     * seat of a coordination meeting, the school's PPR contact before anyone else.
     */
    private List<Staff> candidates(Assignment assignment, Collection<Staff> taken) {
        Session any = sessionsOf.get(assignment).get(0);
        School school = assignment.getSchool();
        Set<Staff> seatedAlready = new HashSet<>();
        sessionsOf.get(assignment).forEach(session -> session.getSeats().forEach(seat -> seatedAlready.add(seat.getStaff())));
        return assignment.getEligibleStaff().stream()
                .filter(person -> !taken.contains(person) && !seatedAlready.contains(person))
                .filter(person -> minutesLeft(person) >= assignment.getMinutesPerFortnight()
                        + 4 * any.travelMinutesFromBase(person))
                .filter(person -> schoolsOf.getOrDefault(person, Set.of()).contains(school)
                        || schoolsOf.getOrDefault(person, Set.of()).size() < person.schoolCap())
                .filter(person -> !assignment.isProgramme() || programmesOf.getOrDefault(person, 0) < person.programmeCap())
                .sorted(Comparator.comparing((Staff person) -> !isContact(assignment, person))
                        .thenComparingInt(person -> any.travelMinutesFromBase(person)).thenComparing(Staff::id))
                .toList();
    }

    /** Whether the person holds a fortnightly PPR seat at the school of a coordination meeting's PPR seat. */
    private boolean isContact(Assignment assignment, Staff person) {
        return assignment.isCoordinationPprSeat() && plan.getAssignments().stream()
                .anyMatch(other -> other.isFortnightPprSeat() && person.equals(other.getStaff())
                        && other.getSchool().equals(assignment.getSchool()));
    }

    /** Places every session of the chosen assignments, or nothing at all. */
    private boolean tryToWriteDown(Map<Assignment, Staff> chosen) {
        undo.clear();
        chosen.forEach((assignment, person) -> {
            assignment.setStaff(person);
            undo.add(() -> assignment.setStaff(null));
        });
        List<Session> sessions = chosen.keySet().stream().flatMap(a -> sessionsOf.get(a).stream()).distinct()
                .sorted(Comparator.comparingInt((Session s) -> -s.getSeats().size())).toList();
        for (Session session : sessions) {
            if (!place(session)) {
                rubOut();
                return false;
            }
        }
        chosen.forEach(this::decide);
        undo.clear();
        return true;
    }

    private void rubOut() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }

    /** A session already placed must suit the new person; an open one goes to the first slot everyone has free. */
    private boolean place(Session session) {
        List<Staff> people = session.getSeats().stream().map(Assignment::getStaff).filter(p -> p != null).distinct().toList();
        if (session.getSlot() != null) {
            for (Staff person : people) {
                if (!booked.getOrDefault(person, List.of()).contains(session)) {
                    if (!isFree(person, session, session.getSlot())) {
                        return false;
                    }
                    book(person, session);
                }
            }
            return true;
        }
        for (TimeSlot slot : slotsInOrder(session, people)) {
            if (fitsTheSchool(session, slot) && people.stream().allMatch(person -> isFree(person, session, slot))) {
                session.setSlot(slot);
                undo.add(() -> session.setSlot(null));
                people.forEach(person -> book(person, session));
                return true;
            }
        }
        return false;
    }

    private List<TimeSlot> slotsInOrder(Session session, List<Staff> people) {
        if (slotChoice == SlotChoice.FIRST_FREE || people.isEmpty()) {
            return session.getCandidateSlots();
        }
        List<TimeSlot> ordered = new ArrayList<>(session.getCandidateSlots());
        ordered.sort(Comparator.comparingInt(slot -> dayKind(session, slot, people)));
        return ordered;
    }

    /** 0: every person is already at this school that day; 1: nobody is anywhere else that day; 2: otherwise. */
    private int dayKind(Session session, TimeSlot slot, List<Staff> people) {
        boolean allHere = true;
        boolean elsewhere = false;
        for (Staff person : people) {
            boolean here = false;
            for (Session other : booked.getOrDefault(person, List.of())) {
                TimeSlot taken = other.getSlot();
                if (taken.day() == slot.day() && taken.week().intersects(slot.week())) {
                    if (other.getSchool().equals(session.getSchool())) {
                        here = true;
                    } else {
                        elsewhere = true;
                    }
                }
            }
            allHere &= here;
        }
        return allHere && !elsewhere ? 0 : elsewhere ? 2 : 1;
    }

    private void placeUncovered(Session session) {
        session.getCandidateSlots().stream().filter(slot -> fitsTheSchool(session, slot)).findFirst()
                .or(() -> session.getCandidateSlots().stream().findFirst())
                .ifPresent(session::setSlot);
    }

    private void book(Staff person, Session session) {
        List<Session> sessions = booked.computeIfAbsent(person, p -> new ArrayList<>());
        sessions.add(session);
        undo.add(() -> sessions.remove(session));
    }

    /** Inside the school's day and allowed times, and not at the same time as another session of the demand. */
    private boolean fitsTheSchool(Session session, TimeSlot slot) {
        if (!session.getSchool().dayContains(slot)) {
            return false;
        }
        TimeSlot saved = session.getSlot();
        session.setSlot(slot);
        boolean allowed = session.slotIsAllowed();
        session.setSlot(saved);
        return allowed && sessionsOfDemand.get(session.getDemand()).stream()
                .noneMatch(other -> other != session && other.getSlot() != null && other.getSlot().overlaps(slot));
    }

    private boolean isFree(Staff person, Session session, TimeSlot slot) {
        if (person.isUnavailable(slot.week(), slot.day(), slot.start(), slot.end())) {
            return false;
        }
        List<Session> mine = booked.getOrDefault(person, List.of());
        for (Session other : mine) {
            TimeSlot at = other.getSlot();
            if (!at.week().intersects(slot.week()) || at.day() != slot.day()) {
                continue;
            }
            if (at.overlaps(slot)) {
                return false;
            }
            if (!other.getSchool().equals(session.getSchool())) {
                int drive = other.travelMinutesTo(session);
                int gap = at.end() <= slot.start() ? slot.start() - at.end() : at.start() - slot.end();
                if (gap < drive) {
                    return false;
                }
            }
        }
        for (Week week : slot.week().singleWeeks()) {
            List<Visit> dayBefore = mine.stream()
                    .filter(other -> other.getSlot().week().intersects(week) && other.getSlot().day() == slot.day())
                    .map(other -> new Visit(other, other.getSlot())).toList();
            List<Visit> dayAfter = new ArrayList<>(dayBefore);
            dayAfter.add(new Visit(session, slot));
            int dayMinutes = workMinutes(person, dayAfter);
            int weekMinutes = weekMinutes(person, mine, week) - workMinutes(person, dayBefore) + dayMinutes;
            if (dayMinutes > person.maxMinutesPerDay() || weekMinutes > person.minutesPerWeek()) {
                return false;
            }
        }
        return true;
    }

    /** The person's fortnight hours not yet spent on sessions and travel. */
    private int minutesLeft(Staff person) {
        List<Session> mine = booked.getOrDefault(person, List.of());
        return 2 * person.minutesPerWeek() - weekMinutes(person, mine, Week.A) - weekMinutes(person, mine, Week.B);
    }

    private static int weekMinutes(Staff person, List<Session> sessions, Week week) {
        Map<DayOfWeek, List<Visit>> days = new HashMap<>();
        for (Session session : sessions) {
            if (session.getSlot().week().intersects(week)) {
                days.computeIfAbsent(session.getSlot().day(), d -> new ArrayList<>()).add(new Visit(session, session.getSlot()));
            }
        }
        return days.values().stream().mapToInt(day -> workMinutes(person, day)).sum();
    }

    /** Session minutes plus the drive from the base through the schools in time order and back. */
    private static int workMinutes(Staff person, List<Visit> day) {
        if (day.isEmpty()) {
            return 0;
        }
        List<Visit> ordered = day.stream().sorted(Comparator.comparingInt((Visit v) -> v.slot().start())).toList();
        int minutes = ordered.get(0).session().travelMinutesFromBase(person)
                + ordered.get(ordered.size() - 1).session().travelMinutesFromBase(person);
        for (int i = 0; i < ordered.size(); i++) {
            minutes += ordered.get(i).slot().minutes();
            if (i > 0 && !ordered.get(i - 1).session().getSchool().equals(ordered.get(i).session().getSchool())) {
                minutes += ordered.get(i - 1).session().travelMinutesTo(ordered.get(i).session());
            }
        }
        return minutes;
    }

    private record Visit(Session session, TimeSlot slot) {
    }
}
