package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed mid-term and from when: the input of a rerun. {@code changeLevel} says how strongly the rerun
 * holds on to the published plan: {@code soft} (default) weighs a moved session against the other preferences,
 * {@code medium} weighs it against coverage itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeSet(LocalDate effectiveDate, List<Change> changes, String changeLevel) {

    public ChangeSet {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public boolean holdsOnMediumLevel() {
        return "medium".equalsIgnoreCase(changeLevel);
    }
}
