package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * The whole part of the unfairness of a set of loads, exactly as Timefold's {@code loadBalance} collector followed by
 * {@code unfairness().longValue()} gives it, at a fraction of the cost: "Uneven utilisation across staff" asks for it
 * at every change of a seat's person, and Timefold's collector (a map of loads per item) and its decimal square root
 * were a twentieth of the solver's time.
 *
 * <p>Timefold's unfairness is the square root, to 6 significant digits rounded half-even, of the squared deviation
 * taken in {@code double} from whole numbers: {@code -(Σx)² / n + Σx²}, with {@code n} the items balanced. This
 * collector keeps {@code n}, {@code Σx} and {@code Σx²} as each item comes and goes (each item comes once: the
 * rule balances one load per person), takes the same {@code double}, its square root in {@code double}, and rounds it
 * to 6 digits itself; where the root lies so close to a rounding boundary (a half-way digit or a power of ten) that
 * the binary and decimal roots might round differently, it asks {@link BigDecimal#sqrt} as Timefold does.
 */
final class LoadUnfairness {

    /** Timefold's precision for the unfairness. */
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final int DIGITS = 6;
    /** How close, in units of the sixth digit, to a half-way point the fast rounding does not trust itself. */
    private static final double GUARD = 1e-6;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private LoadUnfairness() {
    }

    /** The loads balanced so far: how many, their sum and the sum of their squares. */
    static final class Loads {

        private int count;
        private long sum;
        private long squares;

        Runnable add(long load) {
            count++;
            sum += load;
            squares += load * load;
            return () -> {
                count--;
                sum -= load;
                squares -= load * load;
            };
        }

        /** {@code unfairness().longValue()} of Timefold's load balance over the same loads. */
        long unfairness() {
            if (count <= 1) {
                // One load deviates from nothing; none, from nothing either.
                return 0;
            }
            return wholeRootToSixDigits((double) -(sum * sum) / (double) count + (double) squares);
        }
    }

    /** The unfairness of the loads that {@code load} gives each pair, each pair one item. */
    static <A, B> BiConstraintCollector<A, B, Loads, Long> of(ToLongBiFunction<A, B> load) {
        return new BiConstraintCollector<>() {
            @Override
            public Supplier<Loads> supplier() {
                return Loads::new;
            }

            @Override
            public TriFunction<Loads, A, B, Runnable> accumulator() {
                return (loads, a, b) -> loads.add(load.applyAsLong(a, b));
            }

            @Override
            public Function<Loads, Long> finisher() {
                return Loads::unfairness;
            }
        };
    }

    /** {@code BigDecimal.valueOf(value).sqrt(6 digits, half even).longValue()}, decided in {@code double} where certain. */
    static long wholeRootToSixDigits(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return slow(value);
        }
        double root = Math.sqrt(value);
        int exponent = (int) Math.floor(Math.log10(root));
        // Next to a power of ten the number of the root's whole digits is uncertain: ask the decimals.
        double power = Math.pow(10, exponent);
        if (Math.abs(root / power - 1) < GUARD || Math.abs(root / (power * 10) - 1) < GUARD) {
            return slow(value);
        }
        int unitExponent = exponent - (DIGITS - 1);
        if (unitExponent > 18 || unitExponent < -18) {
            return slow(value);
        }
        double units = unitExponent >= 0 ? root / POWERS_OF_TEN[unitExponent] : root * POWERS_OF_TEN[-unitExponent];
        double whole = Math.floor(units);
        double fraction = units - whole;
        if (Math.abs(fraction - 0.5) < GUARD) {
            return slow(value);
        }
        long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
        return unitExponent >= 0 ? rounded * POWERS_OF_TEN[unitExponent] : rounded / POWERS_OF_TEN[-unitExponent];
    }

    /** Timefold's own way: the decimal of the {@code double}, its square root to 6 digits, the whole part. */
    static long slow(double value) {
        return BigDecimal.valueOf(value).sqrt(SIX_DIGITS).longValue();
    }
}
