package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a co-teaching demand is about, and what a staff member is qualified for. */
public enum Competence {
    READING("reading", "læsning"),
    DLD("dld", "sprog (DLD)"),
    MATHS("maths", "matematik"),
    BEHAVIOUR("behaviour", "adfærd (ADHD)"),
    AUTISM("autism", "autisme"),
    WELLBEING("wellbeing", "trivsel og angst");

    private final String code;
    private final String danish;

    Competence(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    @JsonCreator
    public static Competence fromCode(String code) {
        for (Competence competence : values()) {
            if (competence.code.equalsIgnoreCase(code) || competence.name().equalsIgnoreCase(code)) {
                return competence;
            }
        }
        throw new IllegalArgumentException("unknown competence: " + code);
    }
}
