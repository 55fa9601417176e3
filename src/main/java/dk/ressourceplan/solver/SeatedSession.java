package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import java.util.ArrayList;
import java.util.List;

/** A placed session with the assignment that fills one of its seats: what a plan is made of, seat by seat. */
record SeatedSession(Session session, int seat, int seats, Assignment assignment) {

    /** Every seat of every session that has a time, in the plan's order. */
    static List<SeatedSession> of(StaffPlan plan) {
        List<SeatedSession> seated = new ArrayList<>();
        for (Session session : plan.getSessions()) {
            if (session.getSlot() == null) {
                continue;
            }
            int seats = session.getSeats().size();
            for (int seat = 0; seat < seats; seat++) {
                seated.add(new SeatedSession(session, seat, seats, session.seat(seat)));
            }
        }
        return seated;
    }
}
