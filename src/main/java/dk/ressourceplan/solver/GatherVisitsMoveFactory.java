package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Proposes {@link RetimeMove}s that gather a person's visits to a school onto fewer days: all of one person's
 * sessions at one school on one day move together to another day when that person is already at that school
 * (now and then to any day, to take a school off a day shared with another). Each moved session gets a free
 * time of its own on the new day; if one of them has none, no move is proposed. This is what saves a drive:
 * a trip disappears only when the last session of that day's visit has gone.
 */
public final class GatherVisitsMoveFactory extends DayMovesFactory {

    @Override
    public long getSize(ScoreDirector<StaffPlan> scoreDirector) {
        return size;
    }

    @Override
    RetimeMove propose(Random random) {
        Assignment assignment = assignments.get(random.nextInt(assignments.size()));
        Staff staff = assignment.getStaff();
        if (staff == null) {
            return RetimeMove.none();
        }
        List<Session> busy = weeks.busyOf(staff, null, Set.of());
        Map<Day, List<Session>> visits = new LinkedHashMap<>();
        for (Session session : busy) {
            if (session.getSchool().equals(assignment.getSchool())) {
                visits.computeIfAbsent(Day.of(session), d -> new ArrayList<>())
                        .add(session);
            }
        }
        List<Day> days = new ArrayList<>(visits.keySet());
        if (days.isEmpty()) {
            return RetimeMove.none();
        }
        Day from = days.get(random.nextInt(days.size()));
        List<Session> moving = visits.get(from);
        if (moving.stream().anyMatch(Session::isPinned)) {
            return RetimeMove.none();
        }
        Day to;
        if (days.size() > 1 && random.nextInt(4) != 0) {
            do {
                to = days.get(random.nextInt(days.size()));
            } while (to.equals(from));
        } else {
            TimeSlot any = moving.get(0).getCandidateSlots().get(random.nextInt(moving.get(0).getCandidateSlots().size()));
            to = new Day(any.week(), any.day());
            if (to.equals(from)) {
                return RetimeMove.none();
            }
        }
        Day target = to;
        return retime(weeks, staff, busy, moving, session -> target, random);
    }
}
