package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of work that need staff time. */
public enum DemandType {
    /** Co-teaching lessons in a class: a second adult for N lessons a week. */
    CO_TEACHING("co-teaching"),
    /** Samarbejds- og indsatsmøde: a fortnightly meeting between a school (or a team) and PPR. */
    COLLABORATION_MEETING("collaboration-meeting"),
    /** PPR presence at a school: observation, short consultation, open door (åben dør). */
    PRESENCE("presence");

    private final String code;

    DemandType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static DemandType fromCode(String code) {
        for (DemandType type : values()) {
            if (type.code.equalsIgnoreCase(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown demand type: " + code);
    }
}
