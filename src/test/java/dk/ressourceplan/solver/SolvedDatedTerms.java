package dk.ressourceplan.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Term;
import dk.ressourceplan.io.SyntheticMunicipality;
import java.time.LocalDate;

/** Small terms with dated work, solved on a budget of moves (the same plan on any machine), for tests elsewhere. */
public final class SolvedDatedTerms {

    private static PlanDocument sixSchools;

    private SolvedDatedTerms() {
    }

    /**
     * The first eight weeks of spring 2027 (the winter holiday, week 7, among them) at six schools with coordination
     * meetings and programmes: the problem.
     */
    public static PlanDocument sixSchoolsEightWeeksProblem() {
        PlanDocument generated = SyntheticMunicipality.withDatedWork(SyntheticMunicipality.generate(6, 1));
        return new PlanDocument(new Term(generated.term().name(), generated.term().firstDate(),
                LocalDate.of(2027, 2, 26), generated.term().firstWeek(), generated.term().holidays()),
                generated.schools(), generated.classes(), generated.staff(), generated.demands(), generated.travel(),
                generated.weights(), generated.rules(), null, null, null, null);
    }

    /** The same, solved once per test run. */
    public static synchronized PlanDocument sixSchoolsEightWeeks() {
        if (sixSchools == null) {
            sixSchools = TermPlanner.solve(sixSchoolsEightWeeksProblem(),
                    MoveBudget.config(EnvironmentMode.REPRODUCIBLE, 2_000));
        }
        return sixSchools;
    }
}
