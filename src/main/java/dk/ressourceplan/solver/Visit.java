package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A staff member at a session in one single week (A or B). A weekly session gives two visits, one per week,
 * so that overlap, travel and hours are checked per week, and travel per fortnight adds up. The person and the
 * slot are copied in when the visit is made, so a visit never changes under the score calculation's feet.
 */
record Visit(Staff staff, Session session, Assignment assignment, int seat, Week week, TimeSlot slot) {

    /** The visit in single week {@code week} of whoever covers {@code assignment}, one of the session's seats. */
    static Visit of(Session session, Assignment assignment, Week week) {
        return new Visit(assignment.getStaff(), session, assignment, session.getSeats().indexOf(assignment), week,
                session.getSlot());
    }

    static Visit of(Session session, Assignment assignment, int seat) {
        return new Visit(assignment.getStaff(), session, assignment, seat, session.getSlot().week(), session.getSlot());
    }

    List<Visit> perWeek() {
        if (week != Week.AB) {
            return List.of(this);
        }
        return List.of(new Visit(staff, session, assignment, seat, Week.A, slot),
                new Visit(staff, session, assignment, seat, Week.B, slot));
    }

    DayOfWeek day() {
        return slot.day();
    }

    int start() {
        return slot.start();
    }

    int end() {
        return slot.end();
    }

    int minutes() {
        return end() - start();
    }

    School school() {
        return session.getSchool();
    }

    DemandType type() {
        return session.getType();
    }

    /** Orders visits so that each pair is looked at once: by session, seat and single week. */
    static int compareKeys(Visit a, Visit b) {
        int bySession = a.session.getId().compareTo(b.session.getId());
        if (bySession != 0) {
            return bySession;
        }
        return a.seat != b.seat ? Integer.compare(a.seat, b.seat) : a.week.compareTo(b.week);
    }
}
