package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Times;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inverse of {@link PlanResult#toDocument}: rebuilds the planning solution of a solved document, so that a
 * stored plan can be scored and explained again, or rerun from where it stands. Only the current template is
 * restored: sessions that a rerun closed with a {@code to} date are history.
 */
public final class PlanRestore {

    private static final Comparator<PlanSession> LATER_FROM =
            Comparator.comparing(PlanSession::from, Comparator.nullsFirst(Comparator.naturalOrder()));

    private PlanRestore() {
    }

    /** @throws IllegalArgumentException if a session or staff member in the document is not part of its problem */
    public static StaffPlan restore(PlanDocument solved) {
        StaffPlan plan = builtOn(solved.problem(), solved.term() == null ? null : solved.term().lastDate());
        apply(plan, current(solved));
        return plan;
    }

    /**
     * The plan as it stands on a date of the term: the sessions holding on that date (after a rerun some hold only
     * from or to a date), or at the end of the term for a null date.
     */
    public static StaffPlan restoreOn(PlanDocument solved, LocalDate date) {
        if (date == null) {
            return restore(solved);
        }
        StaffPlan plan = builtOn(solved.problem(), date);
        Map<String, PlanSession> holding = new LinkedHashMap<>();
        if (solved.sessions() != null) {
            // Should two versions of a session ever hold at once, the later one is the one in force.
            solved.sessions().stream().filter(session -> session.holdsOn(date))
                    .forEach(session -> holding.merge(session.id(), session, (one, other) ->
                            LATER_FROM.compare(other, one) > 0 ? other : one));
        }
        apply(plan, List.copyOf(holding.values()));
        return plan;
    }

    /** The planning problem of the term on a date: the fortnight's work and the dated work holding on it. */
    static StaffPlan builtOn(PlanDocument problem, LocalDate date) {
        return PlanBuilder.build(problem, date == null ? List.of() : DatedWork.holdingOn(problem, date));
    }

    /** The sessions of the template in force at the end of the term. */
    public static List<PlanSession> current(PlanDocument solved) {
        return solved.sessions() == null ? List.of()
                : solved.sessions().stream().filter(session -> session.to() == null).toList();
    }

    /**
     * Puts each session's slot and each seat's staff member on the entity it came from, and the planner's locks: a
     * locked session keeps its time and the people in its seats, a locked person their seat. An empty seat is never
     * locked: whoever can take it may.
     */
    static void apply(StaffPlan plan, List<PlanSession> placedSessions) {
        Map<String, Session> sessions = byId(plan.getSessions(), Session::getId);
        Map<String, Staff> staff = byId(plan.getStaff(), Staff::id);
        for (PlanSession placed : placedSessions) {
            Session session = require(sessions, placed.sessionId(), "session");
            session.setSlot(slotOf(placed));
            Assignment seat = session.seat(placed.seat() == null ? 0 : placed.seat() - 1);
            if (seat == null) {
                throw new IllegalArgumentException("the solved plan names seat " + placed.seat() + " of session "
                        + session.getId() + ", which its problem lacks");
            }
            seat.setStaff(placed.staffId() == null ? null : require(staff, placed.staffId(), "staff member"));
            lock(session, seat, placed.locked());
        }
    }

    /**
     * Only the locked rows of a plan, on a plan whose other entities are still open: what a solve from scratch keeps.
     * A lock that no longer fits the term (its session, seat or person is gone, or the time is no longer allowed) is
     * left out rather than kept against the term.
     */
    static void applyLocks(StaffPlan plan, List<PlanSession> rows) {
        Map<String, Session> sessions = byId(plan.getSessions(), Session::getId);
        Map<String, Staff> staff = byId(plan.getStaff(), Staff::id);
        for (PlanSession row : rows) {
            Session session = sessions.get(row.sessionId());
            Assignment seat = session == null ? null : session.seat(row.seat() == null ? 0 : row.seat() - 1);
            Staff person = row.staffId() == null ? null : staff.get(row.staffId());
            if (row.locked() == null || seat == null || (person != null && !seat.getEligibleStaff().contains(person))) {
                continue;
            }
            if (row.locked() == Lock.SESSION) {
                TimeSlot slot = slotOf(row);
                if (!session.getCandidateSlots().contains(slot)) {
                    continue;
                }
                session.setSlot(slot);
            }
            seat.setStaff(person);
            lock(session, seat, row.locked());
        }
    }

    private static void lock(Session session, Assignment seat, Lock lock) {
        if (lock == Lock.SESSION) {
            session.setLocked(true);
        }
        if (lock != null && seat.getStaff() != null) {
            seat.setLocked(true);
        }
    }

    /** The locked rows of a plan's current template. */
    public static List<PlanSession> locks(PlanDocument solved) {
        return current(solved).stream().filter(row -> row.locked() != null).toList();
    }

    static TimeSlot slotOf(PlanSession placed) {
        return new TimeSlot(placed.week(), placed.day(), Times.minutes(placed.start()), Times.minutes(placed.end()));
    }

    private static <T> T require(Map<String, T> byId, String id, String what) {
        T found = byId.get(id);
        if (found == null) {
            throw new IllegalArgumentException("the solved plan names " + what + " " + id + ", which its problem lacks");
        }
        return found;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
