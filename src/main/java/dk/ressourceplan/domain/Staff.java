package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff member: role, competences, the hours a week available to this plan (a psychologist also writes
 * assessments, so this is usually less than the contracted hours), a daily maximum, a home base,
 * unavailable times and preferences. {@code absences} are dated days away (a course day, a day off, a leave with an
 * end date that a rerun has planned): on their dates the person has no hours. {@code hoursFrom} changes the hours
 * a week from a date on; before the first of them the person has {@code hoursPerWeek}. {@code maxProgrammes}: how
 * many programmes (forløb) the person runs at once at most (default 3).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Staff(String id, String name, Role role, List<Competence> competences, Double contractedHours,
        double hoursPerWeek, Double maxHoursPerDay, Place base, List<TimeWindow> unavailable,
        List<String> preferredSchools, List<DayOfWeek> preferredDays, Integer maxSchools,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Absence> absences,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HoursFrom> hoursFrom, Integer maxProgrammes) {

    public static final double DEFAULT_MAX_HOURS_PER_DAY = 8.0;
    /** "i alt 3 forløb i gang på samme tid på de skoler de betjener" (Vejle, TCBU). */
    public static final int DEFAULT_MAX_PROGRAMMES = 3;

    /** Hours a week from a date on (until the next such date). */
    public record HoursFrom(LocalDate from, double hoursPerWeek) {
    }

    public Staff {
        competences = competences == null ? List.of() : List.copyOf(competences);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        preferredSchools = preferredSchools == null ? List.of() : List.copyOf(preferredSchools);
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
        absences = absences == null ? List.of() : List.copyOf(absences);
        hoursFrom = hoursFrom == null ? List.of() : hoursFrom.stream()
                .sorted(java.util.Comparator.comparing(HoursFrom::from)).toList();
    }

    public Staff(String id, String name, Role role, List<Competence> competences, Double contractedHours,
            double hoursPerWeek, Double maxHoursPerDay, Place base, List<TimeWindow> unavailable,
            List<String> preferredSchools, List<DayOfWeek> preferredDays, Integer maxSchools, List<Absence> absences) {
        this(id, name, role, competences, contractedHours, hoursPerWeek, maxHoursPerDay, base, unavailable,
                preferredSchools, preferredDays, maxSchools, absences, List.of(), null);
    }

    public Staff(String id, String name, Role role, List<Competence> competences, Double contractedHours,
            double hoursPerWeek, Double maxHoursPerDay, Place base, List<TimeWindow> unavailable,
            List<String> preferredSchools, List<DayOfWeek> preferredDays, Integer maxSchools) {
        this(id, name, role, competences, contractedHours, hoursPerWeek, maxHoursPerDay, base, unavailable,
                preferredSchools, preferredDays, maxSchools, List.of());
    }

    public Staff withHoursPerWeek(double hours) {
        return new Staff(id, name, role, competences, contractedHours, hours, maxHoursPerDay, base, unavailable,
                preferredSchools, preferredDays, maxSchools, absences, hoursFrom, maxProgrammes);
    }

    /**
     * The hours a week the person has in the calendar week of a date, days away aside: a change of hours holds from
     * the Monday of the week its date lies in, so that every calendar week has one number of hours.
     */
    public double hoursInWeekOf(LocalDate date) {
        LocalDate sunday = date.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        double hours = hoursPerWeek;
        for (HoursFrom change : hoursFrom) {
            if (!change.from().isAfter(sunday)) {
                hours = change.hoursPerWeek();
            }
        }
        return hours;
    }

    /** The same person, also unavailable in these windows (days away in a week of the term). */
    public Staff withUnavailable(List<TimeWindow> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TimeWindow> all = new ArrayList<>(unavailable);
        all.addAll(more);
        return new Staff(id, name, role, competences, contractedHours, hoursPerWeek, maxHoursPerDay, base, all,
                preferredSchools, preferredDays, maxSchools, absences, hoursFrom, maxProgrammes);
    }

    @JsonIgnore
    public int programmeCap() {
        return maxProgrammes == null ? DEFAULT_MAX_PROGRAMMES : maxProgrammes;
    }

    public Staff withAbsence(Absence absence) {
        List<Absence> more = new ArrayList<>(absences);
        more.add(absence);
        return new Staff(id, name, role, competences, contractedHours, hoursPerWeek, maxHoursPerDay, base, unavailable,
                preferredSchools, preferredDays, maxSchools, more, hoursFrom, maxProgrammes);
    }

    public boolean isAbsentOn(LocalDate date) {
        return absences.stream().anyMatch(absence -> absence.covers(date));
    }

    @JsonIgnore
    public int minutesPerWeek() {
        return (int) Math.round(hoursPerWeek * 60);
    }

    @JsonIgnore
    public int maxMinutesPerDay() {
        return (int) Math.round((maxHoursPerDay == null ? DEFAULT_MAX_HOURS_PER_DAY : maxHoursPerDay) * 60);
    }

    @JsonIgnore
    public int schoolCap() {
        return maxSchools == null ? Integer.MAX_VALUE : maxSchools;
    }

    public boolean has(Competence competence) {
        return competence == null || competences.contains(competence);
    }

    public boolean isUnavailable(Week week, DayOfWeek day, int start, int end) {
        // A loop, not a stream: the score asks this of every visit that changes.
        for (TimeWindow window : unavailable) {
            if (window.overlaps(week, day, start, end)) {
                return true;
            }
        }
        return false;
    }

    public boolean prefersSchool(String schoolId) {
        return preferredSchools.isEmpty() || preferredSchools.contains(schoolId);
    }

    public boolean prefersDay(DayOfWeek day) {
        return preferredDays.isEmpty() || preferredDays.contains(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
