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
 * </ul>
 * The priority is taken from the class's need level unless given; school-level demands default to yellow.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Demand(String id, DemandType type, String name, String classId, String schoolId, List<String> classIds,
        Competence competence, Integer lessonsPerWeek, Integer minutes, List<List<Role>> seats, Double hoursPerWeek,
        Double hoursPerFortnight, Integer blockMinutes, List<Role> roles, NeedLevel priority) {

    public static final int DEFAULT_MEETING_MINUTES = 90;
    /** At most this many people attend one session. */
    public static final int MAX_SEATS = 4;
    public static final int DEFAULT_BLOCK_MINUTES = 120;

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
        };
    }

    @JsonIgnore
    public int meetingMinutes() {
        return minutes == null ? DEFAULT_MEETING_MINUTES : minutes;
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
