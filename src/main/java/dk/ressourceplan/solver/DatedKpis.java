package dk.ressourceplan.solver;

import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.DatedWork.Occurrence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.Kpis.ProgrammeWeeks;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.TermCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dated work's own figures, read from a solved term's sessions on their dates: programme weeks with a person
 * against each school's expectation, and coordination meetings held on time.
 */
public final class DatedKpis {

    private DatedKpis() {
    }

    /** The term's KPIs with the dated work's figures; unchanged for a term without dated demands. */
    public static Kpis with(PlanDocument solved) {
        if (solved.kpis() == null || !DatedWork.hasDatedDemands(solved)) {
            return solved.kpis();
        }
        TermCalendar calendar = new TermCalendar(solved.term());
        List<Occurrence> occurrences = DatedWork.of(solved);
        Map<String, List<PlanSession>> parts = solved.sessions() == null ? Map.of()
                : solved.sessions().stream().collect(Collectors.groupingBy(PlanSession::sessionId));
        List<ProgrammeWeeks> bySchool = programmeWeeks(solved, calendar, occurrences, parts);
        int covered = bySchool.stream().mapToInt(ProgrammeWeeks::covered).sum();
        int expected = bySchool.stream().mapToInt(ProgrammeWeeks::expected).sum();
        Double programmePercent = bySchool.isEmpty() ? null : percent(covered, expected);
        return solved.kpis().withDatedWork(programmePercent, bySchool.isEmpty() ? null : bySchool,
                meetingsOnTime(calendar, occurrences, parts));
    }

    private static List<ProgrammeWeeks> programmeWeeks(PlanDocument solved, TermCalendar calendar,
            List<Occurrence> occurrences, Map<String, List<PlanSession>> parts) {
        Map<String, int[]> weeks = new LinkedHashMap<>();
        for (Demand demand : solved.demands()) {
            if (demand.type() == DemandType.PROGRAMME) {
                weeks.putIfAbsent(demand.schoolId(), new int[2]);
            }
        }
        for (Occurrence programme : occurrences) {
            if (!programme.isProgramme()) {
                continue;
            }
            int[] counts = weeks.get(programme.school().id());
            for (LocalDate monday : calendar.teachingMondays()) {
                if (programme.holdsOn(monday) || programme.holdsOn(monday.plusDays(4))) {
                    counts[1]++;
                    counts[0] += heldIn(parts.getOrDefault(programme.id() + "/1", List.of()), calendar, monday) ? 1 : 0;
                }
            }
        }
        List<ProgrammeWeeks> bySchool = new ArrayList<>();
        for (School school : solved.schools()) {
            int[] counts = weeks.get(school.id());
            if (counts != null) {
                int expected = DatedWork.expectedProgrammeWeeks(school, calendar);
                bySchool.add(new ProgrammeWeeks(school.id(), counts[0], counts[1], expected, percent(counts[0], expected)));
            }
        }
        return bySchool;
    }

    /** Whether the session takes place with its person(s) on some date of the calendar week. */
    static boolean heldIn(List<PlanSession> seats, TermCalendar calendar, LocalDate monday) {
        if (seats.isEmpty()) {
            return false;
        }
        boolean anyDate = false;
        for (PlanSession seat : seats) {
            List<LocalDate> dates = calendar.datesOf(seat.week(), seat.day(), monday, monday.plusDays(6)).stream()
                    .filter(seat::holdsOn).toList();
            if (!dates.isEmpty()) {
                anyDate = true;
                if (seat.staffId() == null) {
                    return false;
                }
            }
        }
        return anyDate;
    }

    /**
     * The share of coordination meetings held with every seat covered and within their school's interval ±1 week of
     * the meeting before (the first within the interval +1 of the term's first week).
     */
    private static Double meetingsOnTime(TermCalendar calendar, List<Occurrence> occurrences,
            Map<String, List<PlanSession>> parts) {
        Map<String, List<Occurrence>> bySchool = occurrences.stream()
                .filter(occurrence -> occurrence.demand().type() == DemandType.COORDINATION_MEETING)
                .collect(Collectors.groupingBy(occurrence -> occurrence.demand().id(), LinkedHashMap::new, Collectors.toList()));
        if (bySchool.isEmpty()) {
            return null;
        }
        int onTime = 0;
        int total = 0;
        LocalDate firstMonday = TermCalendar.mondayOf(calendar.term().firstDate());
        for (List<Occurrence> meetings : bySchool.values()) {
            int interval = meetings.get(0).demand().intervalWeeksAt(meetings.get(0).school());
            LocalDate previous = null;
            for (Occurrence meeting : meetings) {
                total++;
                LocalDate monday = TermCalendar.mondayOf(meeting.first());
                if (!heldIn(parts.getOrDefault(meeting.id() + "/1", List.of()), calendar, monday)) {
                    continue;
                }
                long gap = ChronoUnit.WEEKS.between(previous == null ? firstMonday : previous, monday);
                boolean spaced = previous == null ? gap <= interval + 1 : Math.abs(gap - interval) <= 1;
                onTime += spaced ? 1 : 0;
                previous = monday;
            }
        }
        return percent(onTime, total);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
