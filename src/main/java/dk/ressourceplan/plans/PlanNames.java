package dk.ressourceplan.plans;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Term;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.ValidationError;
import java.util.List;
import java.util.Optional;

/** The name a plan is stored and listed under. */
public final class PlanNames {

    private PlanNames() {
    }

    /**
     * The name asked for, else the term's own, else a placeholder: the term's name is optional. A name asked for
     * is held to the rules of the term's own, since it is shown wherever that would be.
     *
     * @throws InvalidInputException naming the field {@code name}
     */
    public static String of(PlanDocument problem, String requested) {
        if (requested != null) {
            List<ValidationError> errors = InputValidator.planName(requested);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        return Optional.ofNullable(requested).filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(problem.term()).map(Term::name).filter(name -> !name.isBlank()))
                .orElse("Unnamed plan");
    }
}
