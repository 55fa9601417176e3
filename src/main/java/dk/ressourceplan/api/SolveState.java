package dk.ressourceplan.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a plan is being solved or rerun: not at all, waiting for a free solver, or solving. */
enum SolveState {
    IDLE, QUEUED, SOLVING;

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
