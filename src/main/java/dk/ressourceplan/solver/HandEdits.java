package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Edit;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.Lock;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A planner's changes by hand, made on a solved plan's entities in the order given: who covers a seat, when a session
 * lies, what is locked. Each change must be one the solver itself could make (a qualified person, a time the session
 * may take); it may still break rules, which the score then says. Hand changes may touch locked work: a lock keeps
 * work from the solver, not from the planner, and holds the new value.
 */
public final class HandEdits {

    private final StaffPlan plan;
    private final Map<String, Session> sessions;
    private final Map<String, Assignment> assignments;
    private final Map<String, Staff> staff;
    private final List<ValidationError> errors = new ArrayList<>();

    private HandEdits(StaffPlan plan) {
        this.plan = plan;
        this.sessions = byId(plan.getSessions(), Session::getId);
        this.assignments = byId(plan.getAssignments(), Assignment::getId);
        this.staff = byId(plan.getStaff(), Staff::id);
    }

    /** @throws InvalidInputException naming each edit that cannot be made ({@code edits[2].staffId}) */
    public static void apply(StaffPlan plan, List<Edit> edits) {
        HandEdits applying = new HandEdits(plan);
        if (edits == null || edits.isEmpty()) {
            throw new InvalidInputException(List.of(new ValidationError("edits", "must name at least one change",
                    "skal indeholde mindst én ændring")));
        }
        for (int i = 0; i < edits.size(); i++) {
            applying.apply(edits.get(i), "edits[" + i + "]");
        }
        if (!applying.errors.isEmpty()) {
            throw new InvalidInputException(applying.errors);
        }
    }

    /** The seat an edit names: by a session row's id, or by demand and seat (from 1). */
    public static Optional<Assignment> seatOf(StaffPlan plan, String sessionRowId, String demandId, Integer seat) {
        HandEdits finding = new HandEdits(plan);
        return Optional.ofNullable(finding.seat(sessionRowId, demandId, seat, "$"));
    }

    /** The session a session row's id names (a meeting's rows carry their seat after a slash). */
    public static Optional<Session> sessionOf(StaffPlan plan, String sessionRowId) {
        return Optional.ofNullable(new HandEdits(plan).session(sessionRowId, "$"));
    }

    private void apply(Edit edit, String path) {
        if (edit == null || edit.type() == null) {
            errors.add(new ValidationError(path + ".type", "must be person, time or lock",
                    "skal være person, time eller lock"));
            return;
        }
        switch (edit.type()) {
            case PERSON -> givePerson(edit, path);
            case TIME -> move(edit, path);
            case LOCK -> lock(edit, path);
            default -> throw new IllegalStateException("unknown edit type " + edit.type());
        }
    }

    private void givePerson(Edit edit, String path) {
        Assignment seat = seat(edit.sessionId(), edit.demandId(), edit.seat(), path);
        if (seat == null) {
            return;
        }
        if (edit.staffId() == null) {
            seat.setStaff(null);
            seat.setLocked(false);
            return;
        }
        Staff person = staff.get(edit.staffId());
        if (person == null) {
            errors.add(new ValidationError(path + ".staffId", "no staff member " + edit.staffId() + " in the plan",
                    "planen har ingen medarbejder " + edit.staffId()));
        } else if (!seat.getEligibleStaff().contains(person)) {
            errors.add(new ValidationError(path + ".staffId", person.name() + " lacks the role or competence this "
                    + "work asks for", person.name() + " har ikke den rolle eller kompetence, opgaven kræver"));
        } else {
            seat.setStaff(person);
        }
    }

    private void move(Edit edit, String path) {
        Session session = session(edit.sessionId(), path);
        if (session == null) {
            return;
        }
        if (edit.week() == null || edit.day() == null || edit.start() == null) {
            errors.add(new ValidationError(path, "a new time needs week, day and start",
                    "et nyt tidspunkt skal have uge, dag og start"));
            return;
        }
        int start = Times.minutes(edit.start());
        Optional<TimeSlot> slot = session.getCandidateSlots().stream()
                .filter(s -> s.week() == edit.week() && s.day() == edit.day() && s.start() == start).findFirst();
        if (slot.isEmpty()) {
            errors.add(new ValidationError(path + ".start", "the session cannot lie at that time (the times it may "
                    + "take are answered by GET /api/plans/{id}/sessions/{sessionId}/times)",
                    "aftalen kan ikke ligge på det tidspunkt; vælg et af de tidspunkter, den må ligge på"));
            return;
        }
        session.setSlot(slot.get());
    }

    private void lock(Edit edit, String path) {
        Session session = session(edit.sessionId(), path);
        if (session == null) {
            return;
        }
        Assignment seat = seat(edit.sessionId(), null, null, path);
        if (edit.lock() == Lock.SESSION) {
            session.setLocked(true);
            session.getSeats().forEach(s -> s.setLocked(s.getStaff() != null));
        } else if (edit.lock() == Lock.PERSON) {
            if (seat.getStaff() == null) {
                errors.add(new ValidationError(path + ".lock", "an empty seat has no person to lock",
                        "et tomt sæde har ingen person at låse"));
                return;
            }
            seat.setLocked(true);
        } else if (session.isLocked()) {
            session.setLocked(false);
            // A person stays locked while another locked session of theirs holds them.
            session.getSeats().forEach(s -> s.setLocked(heldByLockedSession(s)));
        } else {
            seat.setLocked(false);
        }
    }

    private boolean heldByLockedSession(Assignment seat) {
        return seat.getStaff() != null && plan.getSessions().stream()
                .anyMatch(other -> other.isLocked() && other.getSeats().contains(seat));
    }

    private Session session(String rowId, String path) {
        if (rowId == null || rowId.isBlank()) {
            errors.add(new ValidationError(path + ".sessionId", "must name a session", "skal angive en aftale"));
            return null;
        }
        int slash = rowId.lastIndexOf('/');
        Session session = sessions.get(rowId);
        if (session == null && slash > 0) {
            session = sessions.get(rowId.substring(0, slash));
        }
        if (session == null) {
            errors.add(new ValidationError(path + ".sessionId", "no session " + rowId + " in the plan",
                    "planen har ingen aftale " + rowId));
        }
        return session;
    }

    private Assignment seat(String rowId, String demandId, Integer seatNumber, String path) {
        if (rowId != null) {
            Session session = session(rowId, path);
            if (session == null) {
                return null;
            }
            int seat = 0;
            if (!sessions.containsKey(rowId)) {
                try {
                    seat = Integer.parseInt(rowId.substring(rowId.lastIndexOf('/') + 1)) - 1;
                } catch (NumberFormatException e) {
                    seat = -1;
                }
            }
            Assignment assignment = seat < 0 ? null : session.seat(seat);
            if (assignment == null) {
                errors.add(new ValidationError(path + ".sessionId", "no such seat", "aftalen har ikke det sæde"));
            }
            return assignment;
        }
        if (demandId == null) {
            errors.add(new ValidationError(path + ".sessionId", "must name a session or a demand",
                    "skal angive en aftale eller et behov"));
            return null;
        }
        Assignment assignment = assignments.get(seatNumber == null ? demandId : demandId + "/seat" + seatNumber);
        if (assignment == null && seatNumber != null && seatNumber == 1) {
            assignment = assignments.get(demandId);
        }
        if (assignment == null) {
            errors.add(new ValidationError(path + ".demandId", "no demand " + demandId
                    + (seatNumber == null ? "" : " with seat " + seatNumber) + " in the plan",
                    "planen har intet behov " + demandId + (seatNumber == null ? "" : " med sæde " + seatNumber)));
        }
        return assignment;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
