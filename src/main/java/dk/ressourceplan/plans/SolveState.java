package dk.ressourceplan.plans;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a plan is being solved or rerun: not at all, waiting for a free solver, or solving. */
public enum SolveState {
    IDLE, QUEUED, SOLVING;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
