package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint is broken, in words a planner reads (Danish, and English for the English page), with the
 * sessions, staff and schools concerned so that the page can point at them in the grid.
 */
public record Reason(String text, String textEn, List<String> sessionIds, List<String> staffIds,
        List<String> schoolIds) implements ConstraintJustification {
}
