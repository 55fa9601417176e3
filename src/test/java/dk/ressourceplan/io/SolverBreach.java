package dk.ressourceplan.io;

import dk.ressourceplan.solver.SolverSettings;

/** A format that reads the solver, as io must not: {@code ArchitectureRulesBiteTest} shows it is caught. */
final class SolverBreach {

    private SolverBreach() {
    }

    static Class<?> reach() {
        return SolverSettings.class;
    }
}
