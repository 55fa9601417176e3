package dk.ressourceplan.plans;

/**
 * Why a plan's last solve or rerun ended without finishing, in the planner's words, in English and Danish; the
 * details (which class, which line) are in the server's log, not here.
 */
public record JobFailure(String message, String messageDa) {

    static JobFailure of(boolean rerun) {
        return rerun
                ? new JobFailure("The rerun stopped with an error; the plan in force is unchanged. The details are in "
                        + "the server's log.", "Genplanlægningen stoppede med en fejl; den gældende plan er uændret. "
                        + "Detaljerne står i serverens log.")
                : new JobFailure("Solving stopped with an error; the best plan found before it, if any, is kept. The "
                        + "details are in the server's log.", "Beregningen stoppede med en fejl; den bedste plan, der "
                        + "blev fundet inden, er gemt. Detaljerne står i serverens log.");
    }
}
