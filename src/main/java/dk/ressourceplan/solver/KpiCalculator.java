package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Week;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The figures a planner judges a plan by, computed from a solved (or hand-made) plan. */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    public static Kpis calculate(StaffPlan plan) {
        return calculate(plan, PriorityExchange.inversions(plan));
    }

    /** With the plan's priority inversions already found (they are also the uncovered demand's reasons). */
    static Kpis calculate(StaffPlan plan, List<PriorityExchange.Inversion> inversions) {
        List<Visit> visits = visitsOf(plan);
        Map<Staff, Integer> workMinutes = new HashMap<>();
        Map<Staff, Integer> meetingMinutes = new HashMap<>();
        int travel = 0;
        Map<List<Object>, List<Visit>> days = visits.stream()
                .collect(Collectors.groupingBy(v -> List.of(v.staff(), v.week(), v.day())));
        for (List<Visit> day : days.values()) {
            Staff staff = day.get(0).staff();
            int dayTravel = DayRoute.travelMinutes(staff, day);
            travel += dayTravel;
            workMinutes.merge(staff, DayRoute.sessionMinutes(day) + dayTravel, Integer::sum);
        }
        visits.stream().filter(v -> v.type().isMeeting())
                .forEach(v -> meetingMinutes.merge(v.staff(), v.minutes(), Integer::sum));

        Map<Assignment, Integer> minutes = minutesOf(plan);
        long demanded = 0;
        long covered = 0;
        Map<NeedLevel, Integer> uncovered = new EnumMap<>(NeedLevel.class);
        for (NeedLevel level : NeedLevel.values()) {
            uncovered.put(level, 0);
        }
        for (Assignment assignment : plan.getAssignments()) {
            int own = minutes.getOrDefault(assignment, 0);
            demanded += own;
            if (assignment.getStaff() != null) {
                covered += own;
            } else {
                uncovered.merge(assignment.getPriority(), own, Integer::sum);
            }
        }

        List<Double> utilisation = new ArrayList<>();
        double meetingShareMax = 0;
        for (Staff staff : plan.getStaff()) {
            if (staff.minutesPerWeek() <= 0) {
                continue;
            }
            double available = 2.0 * staff.minutesPerWeek();
            utilisation.add(100.0 * workMinutes.getOrDefault(staff, 0) / available);
            meetingShareMax = Math.max(meetingShareMax, 100.0 * meetingMinutes.getOrDefault(staff, 0) / available);
        }
        HardMediumSoftLongScore score = plan.getScore();
        // A solve stopped while still placing sessions has no time for some of them: not a plan anyone can use.
        boolean everySessionPlaced = plan.getSessions().stream().allMatch(session -> session.getSlot() != null);
        return new Kpis(score != null && score.isFeasible() && everySessionPlaced, percent(covered, demanded), uncovered, travel,
                coTeachingContinuity(plan), pprContinuity(plan),
                round(utilisation.stream().mapToDouble(Double::doubleValue).min().orElse(0)),
                round(utilisation.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                round(meetingShareMax), inversions.size(), idleGapPersonDaysPercent(days.values()),
                null, null);
    }

    /** A wait of this long between two sessions of one person is a fragmented day. */
    static final int IDLE_GAP_MINUTES = 120;

    /** Share of person-days with a wait of two hours or more between two sessions (the drive not counted). */
    static double idleGapPersonDaysPercent(Collection<List<Visit>> days) {
        long fragmented = days.stream().filter(day -> DayRoute.longestIdle(day) >= IDLE_GAP_MINUTES).count();
        return days.isEmpty() ? 0.0 : percent(fragmented, days.size());
    }

    /**
     * Each seat's minutes per fortnight at the length of its sessions' own lessons, meetings and blocks, whether
     * covered or not: what is demanded, covered and left uncovered.
     */
    static Map<Assignment, Integer> minutesOf(StaffPlan plan) {
        Map<Assignment, Integer> minutes = new HashMap<>();
        for (SeatedSession seated : SeatedSession.of(plan)) {
            minutes.merge(seated.assignment(), seated.session().minutesPerFortnight(), Integer::sum);
        }
        return minutes;
    }

    /** Share of class+competence pairs with co-teaching that are served by exactly one person. */
    static double coTeachingContinuity(StaffPlan plan) {
        Map<List<Object>, Set<Staff>> servedBy = new HashMap<>();
        plan.getAssignments().stream()
                .filter(a -> a.isCoTeaching() && a.getStaff() != null)
                .forEach(a -> servedBy.computeIfAbsent(List.of(a.getSchoolClass(), a.getCompetence()),
                        k -> new HashSet<>()).add(a.getStaff()));
        return continuity(servedBy);
    }

    /**
     * Share of the schools' PPR services (psychology and pedagogy; speech and hearing) whose meetings and presence
     * are all served by one person.
     */
    static double pprContinuity(StaffPlan plan) {
        Map<Object, Set<Staff>> servedBy = new HashMap<>();
        plan.getAssignments().stream()
                .filter(a -> a.isFortnightPprSeat() && a.getStaff() != null)
                .forEach(a -> servedBy.computeIfAbsent(List.of(a.getSchool(), a.getPprFunction()), k -> new HashSet<>())
                        .add(a.getStaff()));
        return continuity(servedBy);
    }

    private static double continuity(Map<?, Set<Staff>> servedBy) {
        if (servedBy.isEmpty()) {
            return 100.0;
        }
        long single = servedBy.values().stream().filter(people -> people.size() == 1).count();
        return percent(single, servedBy.size());
    }

    /**
     * The sessions each person attends in each single week (a weekly session in both A and B), as the travel KPI
     * counts them: what the benchmark's travel floor routes through.
     */
    public static Map<Staff, Map<Week, List<Session>>> sessionsByPersonAndWeek(StaffPlan plan) {
        Map<Staff, Map<Week, List<Session>>> sessions = new LinkedHashMap<>();
        for (Visit visit : visitsOf(plan)) {
            sessions.computeIfAbsent(visit.staff(), s -> new EnumMap<>(Week.class))
                    .computeIfAbsent(visit.week(), w -> new ArrayList<>()).add(visit.session());
        }
        return sessions;
    }

    static List<Visit> visitsOf(StaffPlan plan) {
        List<Visit> visits = new ArrayList<>();
        for (SeatedSession seated : SeatedSession.of(plan)) {
            if (seated.assignment().getStaff() != null) {
                visits.addAll(Visit.of(seated.session(), seated.assignment(), seated.seat()).perWeek());
            }
        }
        return visits;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
