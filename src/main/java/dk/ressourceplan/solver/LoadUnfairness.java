package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The whole part of a {@link LoadBalance}'s unfairness, exactly as {@code balance.unfairness().longValue()} gives it,
 * without the decimal square root where the answer is certain. "Uneven utilisation across staff" asks for it at
 * every change of a seat's person, and Timefold's decimal square root (6 significant digits) was a twentieth of the
 * solver's time.
 *
 * <p>Timefold computes the unfairness as the square root, to 6 significant digits rounded half-even, of the squared
 * deviation {@code Σx² − (Σx)²/n} taken in {@code double} (the sum of squares and the square of the sum kept as whole
 * numbers, then {@code -(Σx)² / n + Σx²}). This class takes the same {@code double} from the loads, its square root
 * in {@code double}, and rounds it to 6 digits itself; where the root lies so close to a rounding boundary (a
 * half-way digit or a power of ten) that the binary and decimal roots might round differently, it asks
 * {@link BigDecimal#sqrt} as Timefold does.
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

    /** {@code balance.unfairness().longValue()}, usually without a decimal square root. */
    static long of(LoadBalance<?> balance) {
        int n = balance.loads().size();
        if (n <= 1) {
            // One item deviates from nothing; none, from nothing either.
            return 0;
        }
        long sum = 0;
        long squares = 0;
        for (Long load : balance.loads().values()) {
            sum += load;
            squares += load * load;
        }
        double squaredDeviation = (double) -(sum * sum) / (double) n + (double) squares;
        return wholeRootToSixDigits(squaredDeviation);
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
