package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something that needs staff time. One shape for the three kinds; which fields apply depends on the type:
 * <ul>
 * <li>co-teaching: {@code classId}, {@code competence}, {@code lessonsPerWeek}, optional {@code roles}
 * (default co-teacher);</li>
 * <li>collaboration meeting (samarbejds- og indsatsmøde), fortnightly: {@code schoolId}, optional
 * {@code classIds} for a team, {@code minutes} (default 90), {@code seats}: for each person who must attend,
 * the roles that may fill the seat;</li>
 * <li>presence (tilstedeværelse, åben dør): {@code schoolId}, {@code hoursPerWeek} or
 * {@code hoursPerFortnight}, {@code blockMinutes} (default 120), {@code roles}.</li>
 * <li>coordination meeting (koordinerings- og prioriteringsmøde), dated: {@code schoolId}, {@code intervalWeeks}
 * (default from the school's pupils, {@link #defaultIntervalWeeks}), {@code minutes} (default 60), {@code seats}
 * (default one seat for the school's PPR contact);</li>
 * <li>programme (forløb), dated: {@code schoolId}, {@code count} programmes in the term (default from pupils),
 * {@code weeks} each (default 6), {@code minutes} a week (default 60), {@code roles} (default psychologist),
 * optional {@code competence}.</li>
 * </ul>
 * The priority is taken from the class's need level unless given; school-level demands default to yellow.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Demand(String id, DemandType type, String name, String classId, String schoolId, List<String> classIds,
        Competence competence, Integer lessonsPerWeek, Integer minutes, List<List<Role>> seats, Double hoursPerWeek,
        Double hoursPerFortnight, Integer blockMinutes, List<Role> roles, NeedLevel priority, Integer intervalWeeks,
        Integer count, Integer weeks) {

    public static final int DEFAULT_MEETING_MINUTES = 90;
    /** At most this many people attend one session. */
    public static final int MAX_SEATS = 4;
    public static final int DEFAULT_BLOCK_MINUTES = 120;
    public static final int DEFAULT_COORDINATION_MINUTES = 60;
    public static final int DEFAULT_PROGRAMME_MINUTES = 60;
    /** "Forløbene forløber over 6 uger" (Vejle, TCBU). */
    public static final int DEFAULT_PROGRAMME_WEEKS = 6;
    /** "hver 4.-8. uge (afhængig af skolestørrelse)": every 8 weeks up to this many pupils ... */
    static final int SMALL_SCHOOL_PUPILS = 300;
    /** ... every 4 weeks from this many, in between by size. */
    static final int LARGE_SCHOOL_PUPILS = 700;
    /** "Har en skole 500 elever kan skolen forvente, at der kontinuerligt er et forløb i gang." */
    public static final int PUPILS_PER_RUNNING_PROGRAMME = 500;

    /** A fortnightly demand, without the fields of the dated kinds. */
    public Demand(String id, DemandType type, String name, String classId, String schoolId, List<String> classIds,
            Competence competence, Integer lessonsPerWeek, Integer minutes, List<List<Role>> seats, Double hoursPerWeek,
            Double hoursPerFortnight, Integer blockMinutes, List<Role> roles, NeedLevel priority) {
        this(id, type, name, classId, schoolId, classIds, competence, lessonsPerWeek, minutes, seats, hoursPerWeek,
                hoursPerFortnight, blockMinutes, roles, priority, null, null, null);
    }

    public Demand {
        classIds = classIds == null ? null : List.copyOf(classIds);
        seats = seats == null ? null : seats.stream().map(List::copyOf).toList();
        roles = roles == null ? null : List.copyOf(roles);
    }

    /** The roles that may fill each seat of this demand; co-teaching and presence have one seat. */
    @JsonIgnore
    public List<List<Role>> seatRoles() {
        return switch (type) {
            case CO_TEACHING -> List.of(roles == null || roles.isEmpty() ? List.of(Role.CO_TEACHER) : roles);
            case COLLABORATION_MEETING -> seats == null || seats.isEmpty()
                    ? List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT))
                    : seats;
            case PRESENCE -> List.of(roles == null || roles.isEmpty()
                    ? List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT)
                    : roles);
            case COORDINATION_MEETING -> seats == null || seats.isEmpty()
                    ? List.of(List.of(Role.PSYCHOLOGIST, Role.PEDAGOGICAL_CONSULTANT))
                    : seats;
            case PROGRAMME -> List.of(roles == null || roles.isEmpty() ? List.of(Role.PSYCHOLOGIST) : roles);
        };
    }

    /** The length of one meeting or of a programme's weekly session. */
    @JsonIgnore
    public int meetingMinutes() {
        if (minutes != null) {
            return minutes;
        }
        return switch (type) {
            case COORDINATION_MEETING -> DEFAULT_COORDINATION_MINUTES;
            case PROGRAMME -> DEFAULT_PROGRAMME_MINUTES;
            default -> DEFAULT_MEETING_MINUTES;
        };
    }

    /** A programme's length in teaching weeks. */
    @JsonIgnore
    public int programmeWeeks() {
        return weeks == null ? DEFAULT_PROGRAMME_WEEKS : weeks;
    }

    /** The weeks between a school's coordination meetings: as given, or by the school's size. */
    public int intervalWeeksAt(School school) {
        return intervalWeeks != null ? intervalWeeks : defaultIntervalWeeks(school.pupils());
    }

    /** 8 weeks up to 300 pupils, 4 weeks from 700, in between by size (rounded to whole weeks). */
    public static int defaultIntervalWeeks(int pupils) {
        if (pupils <= SMALL_SCHOOL_PUPILS) {
            return 8;
        }
        if (pupils >= LARGE_SCHOOL_PUPILS) {
            return 4;
        }
        double share = (pupils - SMALL_SCHOOL_PUPILS) / (double) (LARGE_SCHOOL_PUPILS - SMALL_SCHOOL_PUPILS);
        return (int) Math.round(8 - 4 * share);
    }

    @JsonIgnore
    public int presenceBlockMinutes() {
        return blockMinutes == null ? DEFAULT_BLOCK_MINUTES : blockMinutes;
    }

    /** Presence is weekly when given per week, otherwise it is spread over the fortnight. */
    @JsonIgnore
    public boolean presenceIsWeekly() {
        return hoursPerWeek != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Demand other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
