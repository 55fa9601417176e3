package dk.ressourceplan.solver;

import com.fasterxml.jackson.annotation.JsonValue;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Each staff member's fortnight as the KPIs count it: every day of week A and week B with its drives, and the minutes
 * of sessions and of travel against the minutes the person has. This is what the page draws and sums; it walks the
 * days with {@link DayRoute}, as {@link KpiCalculator} does, so the page's travel is the KPI's travel.
 */
public final class PersonDays {

    public enum LegKind {
        FROM_BASE, BETWEEN, TO_BASE;

        @JsonValue
        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One drive.
     *
     * @param fromId the school driven from; null from the base
     * @param toId   the school driven to; null to the base
     * @param start  minutes after midnight the drive starts
     */
    public record Leg(LegKind kind, String fromId, String toId, int minutes, int start, int end) {
    }

    /** One day of one single week (A or B) with its drives, in the order they are driven. */
    public record Day(Week week, DayOfWeek day, int travelMinutes, List<Leg> legs) {
    }

    /**
     * @param availableMinutes the fortnight's working minutes: two weeks of the person's weekly hours
     */
    public record Person(String staffId, int sessionMinutes, int travelMinutes, int availableMinutes, List<Day> days) {
    }

    private PersonDays() {
    }

    /** Everyone with a session in the plan, by id, each day in order (A before B, Monday first). */
    public static List<Person> of(StaffPlan plan) {
        Map<Staff, Map<List<Object>, List<Visit>>> byPerson = KpiCalculator.visitsOf(plan).stream()
                .collect(Collectors.groupingBy(Visit::staff,
                        Collectors.groupingBy(visit -> List.of(visit.week(), visit.day()))));
        List<Person> people = new ArrayList<>();
        for (Map.Entry<Staff, Map<List<Object>, List<Visit>>> person : byPerson.entrySet()) {
            Staff staff = person.getKey();
            Map<String, Day> days = new TreeMap<>();
            int sessionMinutes = 0;
            int travelMinutes = 0;
            for (List<Visit> visits : person.getValue().values()) {
                Visit any = visits.get(0);
                int travel = DayRoute.travelMinutes(staff, visits);
                sessionMinutes += DayRoute.sessionMinutes(visits);
                travelMinutes += travel;
                days.put(any.week().name() + any.day().getValue(),
                        new Day(any.week(), any.day(), travel, DayRoute.legs(staff, visits)));
            }
            people.add(new Person(staff.id(), sessionMinutes, travelMinutes,
                    (int) Math.round(2 * 60 * staff.hoursPerWeek()), List.copyOf(days.values())));
        }
        people.sort(Comparator.comparing(Person::staffId));
        return people;
    }

    /** The fortnight's driving of these people in the plan, each day walked as the KPIs walk it. */
    public static int travelMinutes(StaffPlan plan, Collection<Staff> people) {
        Map<Staff, Map<List<Object>, List<Visit>>> byPerson = KpiCalculator.visitsOf(plan).stream()
                .filter(visit -> people.contains(visit.staff()))
                .collect(Collectors.groupingBy(Visit::staff,
                        Collectors.groupingBy(visit -> List.of(visit.week(), visit.day()))));
        int minutes = 0;
        for (Map.Entry<Staff, Map<List<Object>, List<Visit>>> person : byPerson.entrySet()) {
            for (List<Visit> day : person.getValue().values()) {
                minutes += DayRoute.travelMinutes(person.getKey(), day);
            }
        }
        return minutes;
    }
}
