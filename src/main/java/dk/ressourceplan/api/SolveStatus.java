package dk.ressourceplan.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a plan's solving stands, as {@code GET /api/plans/{id}/status} answers it.
 *
 * @param score         of the best solution so far while solving, else of the latest solution revision; null if none
 * @param secondsSpent  solving time so far, while solving
 * @param queuePosition 1 for the next plan to start, while queued
 * @param revision      the solution revision that score and KPIs belong to, once saved
 */
record SolveStatus(SolveState status, String score, JsonNode kpis, Double secondsSpent, Integer queuePosition,
        Integer revision) {
}
