package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One change a planner makes by hand to a solved plan:
 * <ul>
 * <li>{@code person}: the seat named by {@code sessionId} (a session row's id, with its seat suffix) or by
 * {@code demandId} and {@code seat} goes to {@code staffId}, or is left uncovered when it is null. One person covers
 * all sessions of a seat, so the change reaches all of them.</li>
 * <li>{@code time}: the session {@code sessionId} moves to {@code week}, {@code day} and {@code start}, one of the
 * times it may take (its length stays).</li>
 * <li>{@code lock}: the session row {@code sessionId} is locked ({@code lock}: session or person) or unlocked
 * ({@code lock} null).</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edit(Type type, String sessionId, String demandId, Integer seat, String staffId, Week week,
        DayOfWeek day, LocalTime start, Lock lock) {

    public enum Type {
        PERSON("person"), TIME("time"), LOCK("lock");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        @JsonCreator
        public static Type fromCode(String code) {
            for (Type type : values()) {
                if (type.code.equalsIgnoreCase(code)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown edit type: " + code + " (person, time or lock)");
        }
    }

    public static Edit person(String sessionId, String staffId) {
        return new Edit(Type.PERSON, sessionId, null, null, staffId, null, null, null, null);
    }

    public static Edit personOfDemand(String demandId, Integer seat, String staffId) {
        return new Edit(Type.PERSON, null, demandId, seat, staffId, null, null, null, null);
    }

    public static Edit time(String sessionId, Week week, DayOfWeek day, LocalTime start) {
        return new Edit(Type.TIME, sessionId, null, null, null, week, day, start, null);
    }

    public static Edit lock(String sessionId, Lock lock) {
        return new Edit(Type.LOCK, sessionId, null, null, null, null, null, null, lock);
    }
}
