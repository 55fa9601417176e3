package dk.ressourceplan.bench;

import dk.ressourceplan.bench.BenchResults.ScalingPoint;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The scaling curve as a small SVG, written by hand: two panels against the number of schools, the time to the
 * first feasible plan (left) and coverage (right: the solver's share of demand and of the bound, and the
 * hand-made plan's share of demand), with the solver started from Timefold's construction heuristics as a further
 * line when the benchmark ran it ({@code --cold-start}). A run without a feasible plan is drawn as a hollow circle: on the limit in the time panel, at
 * its (infeasible) plan's coverage in the coverage panel.
 */
final class ScalingChart {

    private static final int PANEL_WIDTH = 380;
    private static final int PANEL_HEIGHT = 260;
    private static final int LEFT = 55;
    private static final int TOP = 40;
    private static final int GAP = 90;

    private ScalingChart() {
    }

    static String svg(List<ScalingPoint> points) {
        int width = LEFT + 2 * PANEL_WIDTH + GAP + 30;
        int height = TOP + PANEL_HEIGHT + 70;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        double maxSchools = points.stream().mapToInt(ScalingPoint::schools).max().orElse(1);
        double limitSeconds = points.stream().mapToLong(ScalingPoint::limitSeconds).max().orElse(1);
        boolean cold = points.stream().anyMatch(p -> p.coldStartFeasible() != null);
        double maxTime = limitSeconds;
        Panel time = new Panel(LEFT, "Time to first feasible plan (s)", maxSchools, niceCeiling(maxTime), 0);
        time.axes(svg);
        time.dashedLevel(svg, limitSeconds, "time limit " + (long) limitSeconds + " s");
        time.line(svg, points, p -> p.firstFeasibleMillis() == null ? Double.NaN : p.firstFeasibleMillis() / 1000.0,
                "#1f77b4", "solver");
        for (ScalingPoint p : points) {
            if (p.firstFeasibleMillis() == null) {
                time.hollow(svg, p.schools(), limitSeconds, "#1f77b4");
            }
        }
        if (cold) {
            time.line(svg, points, p -> p.coldStartFirstFeasibleMillis() == null ? Double.NaN
                    : p.coldStartFirstFeasibleMillis() / 1000.0, "#9467bd", "solver from Timefold's construction");
            time.legend(svg, List.of("#1f77b4", "#9467bd"), List.of("solver", "from Timefold's construction"), 0);
        }
        double minCoverage = Math.max(0, Math.floor(points.stream().mapToDouble(p -> Math.min(p.coveragePercent(),
                p.greedyCoveragePercent())).min().orElse(0) / 10) * 10 - 20);
        Panel coverage = new Panel(LEFT + PANEL_WIDTH + GAP, "Coverage (%)", maxSchools, 100, minCoverage);
        coverage.axes(svg);
        // The variant first, so that the solver's hollow (infeasible) points stay visible on top of it.
        if (cold) {
            coverage.line(svg, points, p -> p.coldStartCoverageOfBoundPercent() == null ? Double.NaN
                    : p.coldStartCoverageOfBoundPercent(), "#9467bd", "solver from Timefold's construction, of bound",
                    p -> !Boolean.TRUE.equals(p.coldStartFeasible()));
        }
        coverage.line(svg, points, ScalingPoint::coverageOfBoundPercent, "#2ca02c", "solver, of bound",
                p -> !p.feasible());
        coverage.line(svg, points, ScalingPoint::coveragePercent, "#1f77b4", "solver, of demand", p -> !p.feasible());
        coverage.line(svg, points, ScalingPoint::greedyCoveragePercent, "#d62728", "hand-made, of demand",
                p -> !p.greedyFeasible());
        if (cold) {
            coverage.legend(svg, List.of("#2ca02c", "#1f77b4", "#d62728", "#9467bd"), List.of("solver, share of bound",
                    "solver, share of demand", "hand-made, share of demand", "from construction, share of bound"), 200);
        } else {
            coverage.legend(svg, List.of("#2ca02c", "#1f77b4", "#d62728"),
                    List.of("solver, share of bound", "solver, share of demand", "hand-made, share of demand"), 185);
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">Each point: one "
                        + "generated municipality (seed fixed), solved once for %d s. Hollow circle: no feasible plan within the limit "
                        + "(left), an infeasible plan at the limit (right).</text>%n",
                LEFT, height - 12, (long) limitSeconds));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double niceCeiling(double value) {
        double[] steps = {1, 2, 5, 10, 15, 20, 30, 40, 50, 60, 90, 120, 180, 240, 300, 600, 1200};
        for (double step : steps) {
            if (value <= step) {
                return step;
            }
        }
        return Math.ceil(value / 600) * 600;
    }

    private record Panel(int x, String title, double maxSchools, double maxY, double minY) {

        double px(double schools) {
            return x + schools / maxSchools * PANEL_WIDTH;
        }

        double py(double value) {
            return TOP + PANEL_HEIGHT - (value - minY) / (maxY - minY) * PANEL_HEIGHT;
        }

        void axes(StringBuilder svg) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x, TOP - 15, title));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                    x, TOP + PANEL_HEIGHT, x + PANEL_WIDTH, TOP + PANEL_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                    x, TOP, x, TOP + PANEL_HEIGHT));
            for (int i = 0; i <= 5; i++) {
                double value = minY + (maxY - minY) * i / 5;
                double y = py(value);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                        x, y, x + PANEL_WIDTH, y));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                        x - 6, y + 4, value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value)));
            }
            int step = maxSchools > 50 ? 20 : maxSchools > 20 ? 10 : 2;
            for (int schools = 0; schools <= maxSchools; schools += step) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                        px(schools), TOP + PANEL_HEIGHT + 18, schools));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">schools</text>%n",
                    px(maxSchools / 2), TOP + PANEL_HEIGHT + 36));
        }

        void dashedLevel(StringBuilder svg, double value, String label) {
            double y = py(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" "
                    + "stroke-dasharray=\"5,4\"/>%n", x, y, x + PANEL_WIDTH, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#666\">%s</text>%n",
                    x + PANEL_WIDTH, y - 5, label));
        }

        void line(StringBuilder svg, List<ScalingPoint> points, ToDoubleFunction<ScalingPoint> value, String colour,
                String name) {
            line(svg, points, value, colour, name, p -> false);
        }

        /** A polyline through the points; those {@code infeasible} says are drawn hollow. */
        void line(StringBuilder svg, List<ScalingPoint> points, ToDoubleFunction<ScalingPoint> value, String colour,
                String name, Predicate<ScalingPoint> infeasible) {
            StringBuilder coordinates = new StringBuilder();
            for (ScalingPoint p : points) {
                double v = value.applyAsDouble(p);
                if (Double.isNaN(v)) {
                    continue;
                }
                coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(p.schools()), py(v)));
                boolean hollow = infeasible.test(p);
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\" stroke=\"%s\" "
                        + "stroke-width=\"2\"><title>%s: %d schools, %.1f%s</title></circle>%n", px(p.schools()), py(v),
                        hollow ? "5" : "3.5", hollow ? "white" : colour, colour, name, p.schools(), v,
                        hollow ? " (infeasible)" : ""));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    coordinates.toString().trim(), colour));
        }

        void hollow(StringBuilder svg, double schools, double value, String colour) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"white\" stroke=\"%s\" "
                    + "stroke-width=\"2\"/>%n", px(schools), py(value), colour));
        }

        /** Inside the panel's lower right corner, {@code width} from its right edge (0: the lower left corner). */
        void legend(StringBuilder svg, List<String> colours, List<String> names, int width) {
            double lx = width == 0 ? x + 10 : x + PANEL_WIDTH - width;
            for (int i = 0; i < names.size(); i++) {
                double y = TOP + PANEL_HEIGHT - 15 * (names.size() - i);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                        + "stroke-width=\"2\"/>%n", lx, y, lx + 18, y, colours.get(i)));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", lx + 24, y + 4, names.get(i)));
            }
        }
    }
}
