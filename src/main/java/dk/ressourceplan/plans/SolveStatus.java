package dk.ressourceplan.plans;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a plan's solving or rerun stands, as {@code GET /api/plans/{id}/status} answers it.
 *
 * @param score         of the best plan so far while solving, else of the latest revision holding a plan; null if
 *                      none
 * @param secondsSpent  solving time so far, while solving
 * @param queuePosition 1 for the next plan to start, while queued
 * @param revision      the revision that score and KPIs belong to: a solve's once saved, a rerun's from the start
 * @param error         why the plan's last job failed, until the next one starts; null if it did not
 * @param movesEvaluated how many moves the solver has tried in the current solve or stretch of a rerun, while
 *                      solving: how hard it works (the benchmark's and the load test's moves per second)
 */
public record SolveStatus(SolveState status, String score, JsonNode kpis, Double secondsSpent, Integer queuePosition,
        Integer revision, JobFailure error, Long movesEvaluated) {

    /** The status as a school leader sees it: whether the plan is solving, not the whole plan's score and KPIs. */
    public SolveStatus withoutFigures() {
        return new SolveStatus(status, null, null, secondsSpent, queuePosition, null, error, null);
    }
}
