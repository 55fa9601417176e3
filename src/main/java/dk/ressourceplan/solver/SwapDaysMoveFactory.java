package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Proposes {@link RetimeMove}s that swap two of a person's days: everything they do on one day of the fortnight goes
 * to the other and the other day's work comes back, each session to a free time of its own there. Where gathering a
 * visit finds the other day full, a swap may still shorten a week's driving: a day at the far school moves next to
 * the day that passes it. Benchmarked in docs/benchmarks.md (issue 18).
 */
public final class SwapDaysMoveFactory extends DayMovesFactory {

    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return assignments == null ? 0 : assignments.size();
    }

    @Override
    RetimeMove propose(Random random) {
        Staff staff = assignments.get(random.nextInt(assignments.size())).getStaff();
        if (staff == null) {
            return RetimeMove.none();
        }
        List<Session> busy = weeks.busyOf(staff, null, Set.of());
        Map<Day, List<Session>> days = new LinkedHashMap<>();
        for (Session session : busy) {
            days.computeIfAbsent(Day.of(session), d -> new ArrayList<>()).add(session);
        }
        if (days.size() < 2) {
            return RetimeMove.none();
        }
        List<Day> worked = new ArrayList<>(days.keySet());
        Day one = worked.get(random.nextInt(worked.size()));
        Day other;
        do {
            other = worked.get(random.nextInt(worked.size()));
        } while (other.equals(one));
        List<Session> moving = new ArrayList<>(days.get(one));
        moving.addAll(days.get(other));
        if (moving.stream().anyMatch(Session::isPinned)) {
            return RetimeMove.none();
        }
        Day first = one;
        Day second = other;
        return retime(weeks, staff, busy, moving,
                session -> Day.of(session).equals(first) ? second : first, random);
    }
}
