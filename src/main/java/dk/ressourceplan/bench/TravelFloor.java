package dk.ressourceplan.bench;

import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.KpiCalculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least a plan's people could drive, keeping who serves which school: each person, each week, one shortest
 * round from their base through every school they serve that week and back. Any real week (one route a day,
 * lessons at fixed times, a daily maximum) drives at least this much, because the routes of a week joined end to
 * end pass every school, and a shortest round is never longer than a walk past the same places (travel times
 * here obey the triangle inequality up to a minute of rounding). It says how far travel can fall without giving
 * schools to other people.
 */
public final class TravelFloor {

    /** Above this many schools in a week, the exact round is not searched and the farthest school's round trip is used. */
    private static final int EXACT_UP_TO = 14;

    private TravelFloor() {
    }

    public static int minutes(StaffPlan plan) {
        int total = 0;
        for (Map.Entry<Staff, Map<Week, List<Session>>> person : KpiCalculator.sessionsByPersonAndWeek(plan).entrySet()) {
            for (List<Session> week : person.getValue().values()) {
                Map<School, Session> oneAtEachSchool = new LinkedHashMap<>();
                week.forEach(session -> oneAtEachSchool.putIfAbsent(session.getSchool(), session));
                total += shortestRound(person.getKey(), new ArrayList<>(oneAtEachSchool.values()));
            }
        }
        return total;
    }

    /** Held and Karp's dynamic programme over the subsets of schools: exact for up to {@link #EXACT_UP_TO}. */
    static int shortestRound(Staff staff, List<Session> stops) {
        int n = stops.size();
        if (n == 0) {
            return 0;
        }
        if (n > EXACT_UP_TO) {
            return stops.stream().mapToInt(s -> 2 * s.travelMinutesFromBase(staff)).max().orElse(0);
        }
        int[][] best = new int[1 << n][n];
        for (int[] row : best) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        for (int i = 0; i < n; i++) {
            best[1 << i][i] = stops.get(i).travelMinutesFromBase(staff);
        }
        for (int mask = 1; mask < 1 << n; mask++) {
            for (int last = 0; last < n; last++) {
                int cost = best[mask][last];
                if (cost == Integer.MAX_VALUE) {
                    continue;
                }
                for (int next = 0; next < n; next++) {
                    if ((mask & 1 << next) == 0) {
                        int via = cost + stops.get(last).travelMinutesTo(stops.get(next));
                        if (via < best[mask | 1 << next][next]) {
                            best[mask | 1 << next][next] = via;
                        }
                    }
                }
            }
        }
        int all = (1 << n) - 1;
        int round = Integer.MAX_VALUE;
        for (int last = 0; last < n; last++) {
            round = Math.min(round, best[all][last] + stops.get(last).travelMinutesFromBase(staff));
        }
        return round;
    }
}
