package dk.ressourceplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.GreedyPlanner;
import dk.ressourceplan.solver.KpiCalculator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TravelFloorTest {

    @Test
    void theFloorIsNeverMoreThanThePlanDrives() {
        for (long seed : List.of(1L, 2L, 3L)) {
            PlanDocument term = SyntheticMunicipality.generate(6, seed);
            for (GreedyPlanner.SlotChoice choice : GreedyPlanner.SlotChoice.values()) {
                StaffPlan plan = GreedyPlanner.plan(term, choice);
                int floor = TravelFloor.minutes(plan);
                int travel = KpiCalculator.calculate(plan).travelMinutesPerFortnight();
                assertTrue(floor > 0, "people drive to schools that are not their base");
                assertTrue(floor <= travel, "seed " + seed + " " + choice + ": floor " + floor + " > travel " + travel);
            }
        }
    }

    @Test
    void theShortestRoundIsTheBestOfEveryOrder() {
        StaffPlan plan = GreedyPlanner.plan(SyntheticMunicipality.generate(8, 5));
        Staff person = plan.getStaff().get(0);
        Map<Object, Session> oneSessionPerSchool = new LinkedHashMap<>();
        plan.getSessions().forEach(s -> oneSessionPerSchool.putIfAbsent(s.getSchool(), s));
        List<Session> stops = new ArrayList<>(oneSessionPerSchool.values()).subList(0, 5);

        int best = Integer.MAX_VALUE;
        for (List<Session> order : permutations(stops)) {
            int round = order.get(0).travelMinutesFromBase(person) + order.get(order.size() - 1).travelMinutesFromBase(person);
            for (int i = 1; i < order.size(); i++) {
                round += order.get(i - 1).travelMinutesTo(order.get(i));
            }
            best = Math.min(best, round);
        }
        assertEquals(best, TravelFloor.shortestRound(person, stops));
        assertEquals(0, TravelFloor.shortestRound(person, List.of()));
    }

    private static List<List<Session>> permutations(List<Session> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Session>> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Session> rest = new ArrayList<>(items);
            Session first = rest.remove(i);
            for (List<Session> tail : permutations(rest)) {
                List<Session> order = new ArrayList<>(Collections.singletonList(first));
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
