package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a planner has locked in a solved plan, so that no solve, continued solve or rerun changes it. Written on the
 * plan's session rows as {@code "locked": "session"} or {@code "locked": "person"}; a row without it is free.
 */
public enum Lock {
    /** The session keeps its time and the people in its seats. */
    SESSION("session"),
    /** The seat keeps its person for all its sessions; their times may still move. */
    PERSON("person");

    private final String code;

    Lock(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Lock fromCode(String code) {
        for (Lock lock : values()) {
            if (lock.code.equalsIgnoreCase(code)) {
                return lock;
            }
        }
        throw new IllegalArgumentException("unknown lock: " + code + " (session or person)");
    }
}
