package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.StaffPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A placed session with the assignment that fills one of its seats: what a plan is made of, seat by seat. */
record SeatedSession(Session session, int seat, int seats, Assignment assignment) {

    /** Every seat of every session that has a time, in the plan's order. */
    static List<SeatedSession> of(StaffPlan plan) {
        Map<String, Assignment> byId = plan.getAssignments().stream()
                .collect(Collectors.toMap(Assignment::getId, Function.identity()));
        List<SeatedSession> seated = new ArrayList<>();
        for (Session session : plan.getSessions()) {
            if (session.getSlot() == null) {
                continue;
            }
            int seats = session.getSeatKeys().size();
            for (int seat = 0; seat < seats; seat++) {
                seated.add(new SeatedSession(session, seat, seats, byId.get(session.seatKey(seat))));
            }
        }
        return seated;
    }
}
