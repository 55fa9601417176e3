package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How urgent a class's need is, and so the priority of a demand:
 * red = indgribende, yellow = foregribende, green = forebyggende.
 * When staff hours run short the green demand is left uncovered first.
 */
public enum NeedLevel {
    RED("red", "rød", 100),
    YELLOW("yellow", "gul", 10),
    GREEN("green", "grøn", 1);

    private final String code;
    private final String danish;
    private final int weightPerMinute;

    NeedLevel(String code, String danish, int weightPerMinute) {
        this.code = code;
        this.danish = danish;
        this.weightPerMinute = weightPerMinute;
    }

    public String danish() {
        return danish;
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
