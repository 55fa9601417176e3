package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Rule;
import dk.ressourceplan.domain.Rules;
import dk.ressourceplan.domain.StaffPlan;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names in {@link ConstraintNames} are what a planner reads and what a municipality overrides weights by, so
 * each rule has its own, and exactly the soft rules (preferences) are adjustable.
 */
class ConstraintNamesTest {

    private static Collection<ConstraintAnalysis<HardMediumSoftLongScore>> defined;

    /** The solver's own view of the rules: an analysis of an empty plan lists every constraint with its weight. */
    @BeforeAll
    static void analyseAnEmptyPlan() {
        StaffPlan empty = new StaffPlan(List.of(), List.of(), List.of(), List.of(), Rules.defaults(), List.of(),
                List.of(), ConstraintWeightOverrides.none());
        SolutionManager<StaffPlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(SolverFactory.<StaffPlan>create(SolverSettings.config(Duration.ofSeconds(1))));
        defined = solutionManager.analyze(empty).constraintAnalyses();
    }

    @Test
    void everyConstraintMethodIsDefinedUnderItsOwnName() {
        List<String> methods = Arrays.stream(PlanConstraints.class.getDeclaredMethods())
                .filter(m -> m.getReturnType() == Constraint.class)
                .filter(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {ConstraintFactory.class}))
                .map(Method::getName).toList();
        List<String> names = defined.stream().map(ConstraintAnalysis::constraintName).toList();

        assertEquals(27, methods.size(), methods::toString);
        assertEquals(methods.size(), names.size(), "every constraint method is in defineConstraints: " + names);
        assertEquals(names.size(), Set.copyOf(names).size(), "names are unique: " + names);
    }

    @Test
    void theNamesAreExactlyTheConstantsOfConstraintNames() throws IllegalAccessException {
        List<String> constants = nameConstants();
        assertEquals(constants.size(), new HashSet<>(constants).size(), "constants are unique: " + constants);
        assertEquals(Set.copyOf(constants),
                defined.stream().map(ConstraintAnalysis::constraintName).collect(Collectors.toSet()));
    }

    @Test
    void theTableHasEveryNameOnce() throws IllegalAccessException {
        List<String> table = ConstraintNames.RULES.stream().map(Rule::name).toList();
        assertEquals(table.size(), Set.copyOf(table).size(), "no rule listed twice: " + table);
        assertEquals(Set.copyOf(nameConstants()), Set.copyOf(table));
    }

    /** The planner reads the defaults from the table (the workbook's guide); the solver must weigh by the same. */
    @Test
    void theSolverWeighsEveryRuleAsTheTableSays() {
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : defined) {
            Rule rule = ConstraintNames.rule(constraint.constraintName());
            long[] expected = new long[Rule.Level.values().length];
            // Every rule is a penalty: the analysis gives its weight as the points it takes away.
            expected[rule.level().ordinal()] = -rule.defaultWeight();
            HardMediumSoftLongScore weight = constraint.weight();
            assertArrayEquals(expected, new long[] {weight.hardScore(), weight.mediumScore(), weight.softScore()},
                    rule.name());
        }
    }

    @Test
    void adjustableAreExactlyTheSoftConstraints() {
        Set<String> soft = defined.stream().filter(c -> isSoftOnly(c.weight()))
                .map(ConstraintAnalysis::constraintName).collect(Collectors.toSet());
        assertEquals(ConstraintNames.ADJUSTABLE.size(), Set.copyOf(ConstraintNames.ADJUSTABLE).size(),
                "no name listed twice: " + ConstraintNames.ADJUSTABLE);
        assertEquals(soft, Set.copyOf(ConstraintNames.ADJUSTABLE));
    }

    @Test
    void hardAndMediumRulesAreNotAdjustable() {
        Set<String> notSoft = defined.stream().filter(c -> !isSoftOnly(c.weight()))
                .map(ConstraintAnalysis::constraintName).collect(Collectors.toSet());
        assertEquals(14, notSoft.size(), notSoft::toString);
        notSoft.forEach(name -> assertFalse(ConstraintNames.ADJUSTABLE.contains(name), name));
    }

    private static boolean isSoftOnly(HardMediumSoftLongScore weight) {
        return weight.hardScore() == 0 && weight.mediumScore() == 0 && weight.softScore() != 0;
    }

    private static List<String> nameConstants() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : ConstraintNames.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
