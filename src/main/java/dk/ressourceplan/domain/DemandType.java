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
    PRESENCE("presence"),
    /**
     * Koordinerings- og prioriteringsmøde: the school's leadership with the PPR staff who serve it, every few weeks
     * (4-8 by the school's size). Dated: each meeting lies in one calendar week of the term.
     */
    COORDINATION_MEETING("coordination-meeting"),
    /** Forløb: a psychologist's programme at a school, a weekly session for a number of weeks (6). Dated. */
    PROGRAMME("programme");

    private final String code;

    DemandType(String code) {
        this.code = code;
    }

    /** Work that lies on some weeks of the term only, not in every fortnight: placed on dates, planned per stretch. */
    public boolean isDated() {
        return this == COORDINATION_MEETING || this == PROGRAMME;
    }

    /** Meetings count towards a person's meeting share. */
    public boolean isMeeting() {
        return this == COLLABORATION_MEETING || this == COORDINATION_MEETING;
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
