package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How urgent a class's need is, and so the priority of a demand:
 * red = indgribende, yellow = foregribende, green = forebyggende.
 * When staff hours run short the green demand is left uncovered first.
 */
public enum NeedLevel {
    RED("red", 100),
    YELLOW("yellow", 10),
    GREEN("green", 1);

    private final String code;
    private final int weightPerMinute;

    NeedLevel(String code, int weightPerMinute) {
        this.code = code;
        this.weightPerMinute = weightPerMinute;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Medium-level penalty for one uncovered minute of demand at this level. */
    public int weightPerMinute() {
        return weightPerMinute;
    }

    @JsonCreator
    public static NeedLevel fromCode(String code) {
        for (NeedLevel level : values()) {
            if (level.code.equalsIgnoreCase(code)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown need level: " + code);
    }
}
