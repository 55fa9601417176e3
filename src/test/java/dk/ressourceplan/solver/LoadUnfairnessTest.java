package dk.ressourceplan.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.impl.score.stream.collector.LoadBalanceImpl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast unfairness must be Timefold's to the last unit: "Uneven utilisation across staff" penalises it, and the
 * score may not change by a point. Compared with Timefold's own {@link LoadBalanceImpl} and its decimal square root.
 */
class LoadUnfairnessTest {

    @Test
    void equalsTimefoldsUnfairnessForLoadsOfStaff() {
        Random random = new Random(2027);
        for (int trial = 0; trial < 20_000; trial++) {
            LoadBalanceImpl<String> balance = new LoadBalanceImpl<>();
            LoadUnfairness.Loads loads = new LoadUnfairness.Loads();
            int people = random.nextInt(80);
            // Utilisation in per mille of half the weekly minutes: 0 to 1,000, sometimes far above (overbooked).
            int ceiling = random.nextInt(10) == 0 ? 100_000 : 1_001;
            for (int person = 0; person < people; person++) {
                long load = random.nextInt(ceiling);
                balance.registerBalanced("p" + person, load, 0);
                loads.add(load);
            }
            assertEquals(balance.unfairness().longValue(), loads.unfairness(), "trial " + trial);
        }
    }

    /** As in the solver: a person's load goes and comes back changed, one person at a time. */
    @Test
    void equalsTimefoldsUnfairnessAsLoadsComeAndGo() {
        Random random = new Random(7);
        LoadBalanceImpl<String> balance = new LoadBalanceImpl<>();
        LoadUnfairness.Loads loads = new LoadUnfairness.Loads();
        Map<String, Runnable[]> present = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            String person = "p" + random.nextInt(40);
            Runnable[] undo = present.remove(person);
            if (undo != null) {
                undo[0].run();
                undo[1].run();
            }
            if (undo == null || random.nextInt(4) > 0) {
                long load = random.nextInt(1_200);
                present.put(person, new Runnable[] {balance.registerBalanced(person, load, 0), loads.add(load)});
            }
            assertEquals(balance.unfairness().longValue(), loads.unfairness(), "step " + step);
        }
    }

    /** Squares of half-way roots, roots next to powers of ten and next to whole numbers, tiny and huge values. */
    @Test
    void equalsTheDecimalRootOnRoundingBoundaries() {
        List<Double> values = new ArrayList<>();
        for (long digits : new long[] {100_000, 123_456, 999_999, 500_000, 314_159}) {
            for (int shift = -8; shift <= 8; shift++) {
                double root = (digits + 0.5) * Math.pow(10, shift - 5);
                values.add(root * root);
                for (double nudge : new double[] {1e-15, 1e-12, 1e-9, 1e-6, 1e-3}) {
                    values.add(root * root * (1 + nudge));
                    values.add(root * root * (1 - nudge));
                }
            }
        }
        for (int power = -10; power <= 16; power++) {
            double root = Math.pow(10, power);
            values.add(root * root);
            values.add(Math.nextUp(root * root));
            values.add(Math.nextDown(root * root));
        }
        for (long whole = 1; whole < 3_000; whole += 7) {
            values.add((double) whole * whole);
            values.add(Math.nextDown((double) whole * whole));
            values.add(whole * whole - 0.25);
        }
        values.add(0.0);
        values.add(Double.MIN_VALUE);
        values.add(1e300);
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            values.add(Math.abs(random.nextDouble()) * Math.pow(10, random.nextInt(30) - 10));
        }
        for (double value : values) {
            assertEquals(LoadUnfairness.slow(value), LoadUnfairness.wholeRootToSixDigits(value), "root of " + value);
        }
    }

    @Test
    void oneOrNoPersonIsNeverUneven() {
        LoadUnfairness.Loads loads = new LoadUnfairness.Loads();
        assertEquals(0, loads.unfairness());
        Runnable undo = loads.add(900);
        assertEquals(0, loads.unfairness());
        loads.add(300);
        assertEquals(424, loads.unfairness(), "two people at 900 and 300: sqrt(180,000) = 424.264");
        undo.run();
        assertEquals(0, loads.unfairness());
    }
}
