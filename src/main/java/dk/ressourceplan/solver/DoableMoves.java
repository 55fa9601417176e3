package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.move.MoveAdapters;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import dk.ressourceplan.domain.StaffPlan;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Prototype: the custom moves are preview {@code Move}s, which have no {@code isMoveDoable}; Timefold wraps them in
 * an adapter that is always doable. This filter, set on the local search's union of move selectors, puts back what
 * {@code isMoveDoable} did: the solver skips a proposal that changes nothing and draws again from the whole union.
 */
public final class DoableMoves implements SelectionFilter<StaffPlan, Move<StaffPlan>> {

    @Override
    public boolean accept(ScoreDirector<StaffPlan> scoreDirector, Move<StaffPlan> selection) {
        var move = MoveAdapters.unadapt(selection);
        if (move instanceof ReassignMove reassign) {
            return reassign.isDoable();
        }
        if (move instanceof RetimeMove retime) {
            return retime.isDoable();
        }
        return true;
    }

    static <M extends ai.timefold.solver.core.preview.api.move.Move<StaffPlan>> Iterator<Move<StaffPlan>> of(
            BooleanSupplier more, Supplier<M> propose) {
        return MoveAdapters.toLegacyMoveIterator(new Iterator<ai.timefold.solver.core.preview.api.move.Move<StaffPlan>>() {
            @Override
            public boolean hasNext() {
                return more.getAsBoolean();
            }

            @Override
            public ai.timefold.solver.core.preview.api.move.Move<StaffPlan> next() {
                return propose.get();
            }
        });
    }
}
