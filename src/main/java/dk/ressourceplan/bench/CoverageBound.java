package dk.ressourceplan.bench;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import java.util.HashMap;
import java.util.Map;

/**
 * The most demand minutes per fortnight any plan could cover, given each person's hours, role and competences:
 * a maximum flow from the source through every {@link Assignment} (capacity: its minutes per fortnight) to each
 * person who may take it (its eligible staff) and on to the sink (capacity: the person's minutes per fortnight).
 *
 * <p>It is a relaxation, so a true upper bound but not always a reachable one: it ignores time (lessons, meeting
 * windows, clashes, unavailable hours), travel, the daily maximum and the cap on schools, and it lets one
 * assignment be split between several people, where the real model gives an assignment to one person or nobody.
 */
public final class CoverageBound {

    private CoverageBound() {
    }

    public static long minutes(StaffPlan plan) {
        MaxFlow flow = new MaxFlow();
        int source = flow.addNode();
        int sink = flow.addNode();
        Map<Staff, Integer> staffNodes = new HashMap<>();
        for (Staff person : plan.getStaff()) {
            int node = flow.addNode();
            staffNodes.put(person, node);
            flow.addEdge(node, sink, 2L * Math.max(0, person.minutesPerWeek()));
        }
        for (Assignment assignment : plan.getAssignments()) {
            int node = flow.addNode();
            flow.addEdge(source, node, assignment.getMinutesPerFortnight());
            for (Staff person : assignment.getEligibleStaff()) {
                flow.addEdge(node, staffNodes.get(person), MaxFlow.UNLIMITED);
            }
        }
        return flow.maxFlow(source, sink);
    }

    /** All demand minutes per fortnight, covered or not. */
    public static long demandedMinutes(StaffPlan plan) {
        return plan.getAssignments().stream().mapToLong(Assignment::getMinutesPerFortnight).sum();
    }

    /** The minutes per fortnight a plan covers: every assignment with a person. */
    public static long coveredMinutes(StaffPlan plan) {
        return plan.getAssignments().stream().filter(a -> a.getStaff() != null)
                .mapToLong(Assignment::getMinutesPerFortnight).sum();
    }
}
