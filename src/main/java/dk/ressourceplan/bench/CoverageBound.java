package dk.ressourceplan.bench;

import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Two bounds on what any plan could achieve, given each person's hours, role and competences, both flows through
 * the same network: every {@link Assignment} (its minutes per fortnight) to each person who may take it (its
 * eligible staff) and on to the sink (the person's minutes per fortnight).
 *
 * <ul>
 * <li>{@link #minutes}: the most demand minutes any plan could cover, the maximum flow.</li>
 * <li>{@link #uncoveredPenalty}: the least medium-level penalty (uncovered minutes times their priority's weight)
 * any plan could have, a minimum-cost flow in which each minute may instead go straight to the sink at its
 * priority's weight. A short-staffed term cannot cover everything; this says how cheaply it could fail.</li>
 * </ul>
 *
 * <p>Both are relaxations, so true bounds but not always reachable ones: they ignore time (lessons, meeting windows,
 * clashes, unavailable hours), travel, the daily maximum and the cap on schools, and they let one assignment be
 * split between several people, where the real model gives an assignment to one person or nobody.
 */
public final class CoverageBound {

    private CoverageBound() {
    }

    public static long minutes(StaffPlan plan) {
        Graph<Object, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Object source = new Object();
        Object sink = new Object();
        network.addVertex(source);
        network.addVertex(sink);
        // The max-flow algorithms read an edge's capacity from its weight.
        for (Staff person : plan.getStaff()) {
            network.addVertex(person);
            network.setEdgeWeight(network.addEdge(person, sink), fortnightCapacity(person));
        }
        for (Assignment assignment : plan.getAssignments()) {
            network.addVertex(assignment);
            network.setEdgeWeight(network.addEdge(source, assignment), assignment.getMinutesPerFortnight());
            for (Staff person : assignment.getEligibleStaff()) {
                network.setEdgeWeight(network.addEdge(assignment, person), assignment.getMinutesPerFortnight());
            }
        }
        return Math.round(new PushRelabelMFImpl<>(network).getMaximumFlowValue(source, sink));
    }

    /**
     * The least {@code uncoveredPenalty} summed over uncovered assignments (the score's medium level, negated) that
     * any plan could have. Every priority weighs more than nothing, so the cheapest flow also covers the most minutes:
     * it leaves {@code demandedMinutes - minutes} uncovered, placed where they cost least.
     */
    public static long uncoveredPenalty(StaffPlan plan) {
        Graph<Object, DefaultWeightedEdge> network = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<Object, Integer> supply = new HashMap<>();
        Object sink = new Object();
        network.addVertex(sink);
        supply.put(sink, -Math.toIntExact(demandedMinutes(plan)));
        for (Staff person : plan.getStaff()) {
            network.addVertex(person);
            arc(network, capacity, person, sink, fortnightCapacity(person), 0);
        }
        for (Assignment assignment : plan.getAssignments()) {
            int minutes = assignment.getMinutesPerFortnight();
            network.addVertex(assignment);
            supply.put(assignment, minutes);
            arc(network, capacity, assignment, sink, minutes, assignment.getPriority().weightPerMinute());
            for (Staff person : assignment.getEligibleStaff()) {
                arc(network, capacity, assignment, person, minutes, 0);
            }
        }
        MinimumCostFlowProblem<Object, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network, v -> supply.getOrDefault(v, 0),
                        capacity::get);
        return Math.round(new CapacityScalingMinimumCostFlow<Object, DefaultWeightedEdge>().getMinimumCostFlow(problem)
                .getCost());
    }

    /** Costs go in the edge weights: JGraphT 1.5.3's minimum-cost flow reads them there, not from the problem. */
    private static void arc(Graph<Object, DefaultWeightedEdge> network, Map<DefaultWeightedEdge, Integer> capacity,
            Object from, Object to, int upperBound, int costPerMinute) {
        DefaultWeightedEdge edge = network.addEdge(from, to);
        network.setEdgeWeight(edge, costPerMinute);
        capacity.put(edge, upperBound);
    }

    private static int fortnightCapacity(Staff person) {
        return 2 * Math.max(0, person.minutesPerWeek());
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
