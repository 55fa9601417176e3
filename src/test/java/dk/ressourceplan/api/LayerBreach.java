package dk.ressourceplan.api;

import dk.ressourceplan.store.SqlitePlanStore;
import java.nio.file.Path;

/** A handler that opens the store itself, as the api must not: {@code ArchitectureRulesBiteTest} shows it is caught. */
final class LayerBreach {

    private LayerBreach() {
    }

    static SqlitePlanStore open() {
        return SqlitePlanStore.open(Path.of("var"));
    }
}
