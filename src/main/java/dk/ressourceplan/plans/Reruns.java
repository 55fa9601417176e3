package dk.ressourceplan.plans;

import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.solver.Rerun;
import java.time.Duration;
import java.util.List;

/**
 * A rerun after staff changes as the service and the command line run it: the changes must leave a term that
 * could be submitted as it stands, checked as a submitted term is, before anything is solved. The solver's
 * {@link Rerun} trusts its input, as the solver does everywhere.
 */
public final class Reruns {

    private Reruns() {
    }

    /**
     * The published plan repaired after the changes. The changes are applied once here to be checked and once more
     * by the solver: a list walk, against a solve of seconds.
     *
     * @throws InvalidInputException when the term after the changes is not valid, every problem under
     *     {@code afterChanges.}
     */
    public static PlanDocument rerun(PlanDocument published, ChangeSet changes, Duration limit) {
        changedProblem(published, changes);
        return Rerun.rerun(published, changes, limit);
    }

    /**
     * The term after the changes, checked as a submitted term is, for a rerun that is queued and solved later.
     *
     * @throws InvalidInputException when the term after the changes is not valid, every problem under
     *     {@code afterChanges.}
     */
    public static PlanDocument changedProblem(PlanDocument published, ChangeSet changes) {
        PlanDocument changed = Rerun.changedProblem(published, changes);
        requireValid(changed);
        return changed;
    }

    private static void requireValid(PlanDocument changed) {
        List<ValidationError> errors = InputValidator.validate(Json.mapper().valueToTree(changed)).stream()
                .map(e -> new ValidationError("afterChanges." + e.path(), "after the changes: " + e.message(),
                        "efter ændringerne: " + e.messageDa()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
