package dk.ressourceplan.domain;

import java.util.List;

/**
 * The PPR services a school meets a steady contact for: the psychologist or pedagogical consultant (who share the
 * school's meetings and open-door hours), and the speech and hearing consultant (tale-høre-konsulent).
 */
public enum PprFunction {
    PSYCHOLOGY_AND_PEDAGOGY,
    SPEECH_AND_HEARING;

    /** A seat for speech and hearing consultants only belongs to that service; every other PPR seat to the first. */
    public static PprFunction of(List<Role> roles) {
        return roles.stream().allMatch(role -> role == Role.SPEECH_HEARING_CONSULTANT)
                ? SPEECH_AND_HEARING : PSYCHOLOGY_AND_PEDAGOGY;
    }
}
