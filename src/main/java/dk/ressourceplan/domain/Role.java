package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The job a staff member holds; a demand asks for one or more of these. */
public enum Role {
    /** psykolog / psykologisk rådgiver (PPR) */
    PSYCHOLOGIST("psychologist", "psykolog", true),
    /** pædagogisk konsulent (PPR) */
    PEDAGOGICAL_CONSULTANT("pedagogical-consultant", "pædagogisk konsulent", true),
    /** tale-høre-konsulent (PPR) */
    SPEECH_HEARING_CONSULTANT("speech-hearing-consultant", "tale-høre-konsulent", true),
    /** AKT-vejleder: adfærd, kontakt, trivsel */
    AKT_SUPERVISOR("akt-supervisor", "AKT-vejleder", false),
    /** ressourceperson (co-teacher, ressourcelærer, vejleder): the Danish word is ui/i18n/glossary.json's */
    CO_TEACHER("co-teacher", "ressourceperson", false);

    private final String code;
    private final String danish;
    private final boolean ppr;

    Role(String code, String danish, boolean ppr) {
        this.code = code;
        this.danish = danish;
        this.ppr = ppr;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    /** True for the roles employed by PPR (pædagogisk psykologisk rådgivning). */
    public boolean isPpr() {
        return ppr;
    }

    @JsonCreator
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code.equalsIgnoreCase(code) || role.name().equalsIgnoreCase(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + code);
    }
}
