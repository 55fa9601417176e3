package dk.ressourceplan.api;

import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do. Each route names the roles that may call it where it is registered in {@link PlannerApp};
 * {@link Access} turns everyone else away, and the controllers narrow what a school leader sees to one school.
 */
enum UserRole implements RouteRole {
    /** The district planner (forvaltningen): everything. */
    PLANNER("planner", "planlægger"),
    /** The PPR leader: reads every plan, reruns after staff changes and publishes; does not submit, solve or delete. */
    PPR_LEADER("ppr-leader", "PPR-leder"),
    /** A school leader: reads the published plan of the own school only. */
    SCHOOL_LEADER("school-leader", "skoleleder"),
    /** A staff member: only the personal calendar feed, by its link. */
    STAFF("staff", "medarbejder");

    private final String code;
    private final String danish;

    UserRole(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    /** The role as a Danish user reads it: "skoleleder", never the code. */
    String danish() {
        return danish;
    }

    @JsonValue
    String code() {
        return code;
    }

    /** The role by its code ({@code ppr-leader}) or its stored name ({@code PPR_LEADER}), in any case. */
    static Optional<UserRole> parse(String text) {
        return Arrays.stream(values())
                .filter(role -> role.code.equalsIgnoreCase(text) || role.name().equalsIgnoreCase(text))
                .findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(UserRole::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}
