package dk.ressourceplan;

import dk.ressourceplan.api.ServeCommand;
import dk.ressourceplan.bench.BenchCommand;
import dk.ressourceplan.api.UserCommand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.io.ChangeReader;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import dk.ressourceplan.io.export.ExportFilter;
import dk.ressourceplan.io.export.ExportFormat;
import dk.ressourceplan.io.export.Exports;
import dk.ressourceplan.io.timetable.ImportTimetableCommand;
import dk.ressourceplan.io.workbook.ImportCommand;
import dk.ressourceplan.io.workbook.TemplateCommand;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.plans.PlanDiff;
import dk.ressourceplan.plans.Reruns;
import dk.ressourceplan.solver.PlanSolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: solve a term, generate a synthetic municipality, serve the planner, manage users, export, rerun. */
@Command(name = "ressourceplan", mixinStandardHelpOptions = true,
        description = "Plans PPR consultants, AKT supervisors and co-teachers for a school term.",
        subcommands = {ServeCommand.class, UserCommand.class, Main.Solve.class, Main.Generate.class, Main.Export.class,
                Main.RerunCommand.class, Main.Diff.class, ImportCommand.class, ImportTimetableCommand.class, TemplateCommand.class,
                BenchCommand.class})
public final class Main {

    /** Exit code for input a planner must fix; the errors are printed one per line, naming the field. */
    public static final int INVALID_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::reportError);
    }

    /** Wrong input and unreadable files are told in words, never as a stack trace. */
    private static int reportError(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (error instanceof InvalidInputException invalid) {
            err.println("The input has " + invalid.errors().size() + " problem(s):");
            invalid.errors().forEach(e -> err.println("  " + e.path() + ": " + e.message() + " (" + e.messageDa() + ")"));
            return INVALID_INPUT;
        }
        if (error instanceof IOException || error instanceof IllegalArgumentException) {
            err.println("Error: " + error.getMessage());
            return INVALID_INPUT;
        }
        err.println("Unexpected error: " + error);
        // What went wrong where, for whoever mends it; the person at the command line got the one line above.
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("Unexpected error", error);
        return 1;
    }

    @Command(name = "solve", mixinStandardHelpOptions = true, description = "Solve a term and write the plan with sessions and KPIs.")
    static final class Solve implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "The term as JSON.")
        Path input;
        @Option(names = "--output", required = true, description = "Where to write the solved plan.")
        Path output;
        @Option(names = "--seconds", defaultValue = "30", description = "Time limit (default ${DEFAULT-VALUE}).")
        long seconds;

        @Override
        public Integer call() throws Exception {
            PlanDocument problem = PlanReader.read(input);
            PlanDocument solved = PlanSolver.solve(problem, Duration.ofSeconds(seconds));
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), solved);
            printSummary(solved);
            return solved.kpis().feasible() ? 0 : 3;
        }
    }

    /** The score and KPIs in words, then once more as one JSON line at the very end, for scripts. */
    static void printSummary(PlanDocument solved) throws IOException {
        Kpis kpis = solved.kpis();
        System.out.println("Score: " + solved.score());
        System.out.printf("Feasible: %s  coverage %.1f %%  travel %d min/fortnight%n", kpis.feasible(),
                kpis.coveragePercent(), kpis.travelMinutesPerFortnight());
        System.out.printf("Continuity: co-teaching %.1f %%, PPR %.1f %%  utilisation %.1f-%.1f %%  meeting share max %.1f %%%n",
                kpis.coTeachingContinuityPercent(), kpis.pprContinuityPercent(), kpis.utilisationMinPercent(),
                kpis.utilisationMaxPercent(), kpis.meetingSharePercentMax());
        if (kpis.changedSessions() != null) {
            System.out.printf("Changed: %d sessions at %d schools%n", kpis.changedSessions(), kpis.changedSchools());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("score", solved.score());
        summary.put("kpis", kpis);
        System.out.println(Json.mapper().writeValueAsString(summary));
    }

    @Command(name = "rerun", mixinStandardHelpOptions = true, description = "Repair a published plan after staff changes from an effective date, "
            + "changing only what must change.")
    static final class RerunCommand implements Callable<Integer> {
        @Option(names = "--plan", required = true, description = "The published (solved) plan.")
        Path plan;
        @Option(names = "--changes", required = true, description = "The changes: {\"effectiveDate\": ..., \"changes\": [...]}.")
        Path changes;
        @Option(names = "--output", required = true)
        Path output;
        @Option(names = "--seconds", defaultValue = "30", description = "Time limit (default ${DEFAULT-VALUE}).")
        long seconds;

        @Override
        public Integer call() throws Exception {
            PlanDocument published = PlanReader.read(plan);
            ChangeSet changeSet = ChangeReader.read(changes, published);
            PlanDocument rerun = Reruns.rerun(published, changeSet, Duration.ofSeconds(seconds));
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), rerun);
            PlanDiff.between(published, rerun).entries().forEach(entry -> System.out.println(entry.message()));
            printSummary(rerun);
            return rerun.kpis().feasible() ? 0 : 3;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "What changed between two revisions of a plan, per session, in words.")
    static final class Diff implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "The earlier plan.")
        Path from;
        @Option(names = "--to", required = true, description = "The later plan.")
        Path to;
        @Option(names = "--json", description = "Print the diff as JSON instead of sentences.")
        boolean json;
        @Option(names = "--english", description = "Sentences in English.")
        boolean english;

        @Override
        public Integer call() throws Exception {
            PlanDiff.Result diff = PlanDiff.between(PlanReader.read(from), PlanReader.read(to));
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(diff));
            } else {
                diff.entries().forEach(entry -> System.out.println(english ? entry.messageEn() : entry.message()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export a solved plan as a calendar (ics), csv or xlsx, for the whole "
            + "plan, one school or one staff member.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--plan", required = true, description = "A solved plan (JSON).")
        Path plan;
        @Option(names = "--format", required = true, description = "ics, csv or xlsx.")
        String format;
        @Option(names = "--school", description = "Only this school's sessions.")
        String school;
        @Option(names = "--staff", description = "Only this staff member's sessions.")
        String staff;
        @Option(names = "--output", required = true)
        Path output;

        @Override
        public Integer call() throws Exception {
            PlanDocument document = PlanReader.read(plan);
            ExportFormat exportFormat = ExportFormat.parse(format);
            ExportFilter filter = ExportFilter.of(school, staff);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Exports.write(document, exportFormat, filter, bytes);
            Files.write(output, bytes.toByteArray());
            System.out.println("Wrote " + output + " (" + bytes.size() + " bytes)");
            return 0;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a synthetic municipality (made-up schools, classes and staff).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--schools", required = true)
        int schools;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--staffing", paramLabel = "PERCENT", description = "Short-staffed: the staff hours of each "
                + "role and competence as this share of the hours demanded of it ("
                + SyntheticMunicipality.MIN_STAFFING_PERCENT + "-" + SyntheticMunicipality.MAX_STAFFING_PERCENT
                + "), with reading bands, four-day part-timers, a school across the fjord, team meetings and "
                + "week-A-only meeting windows. Without it, every role has about a third to spare.")
        Integer staffing;
        @Option(names = "--dated", description = "Add the dated work of the sources: coordination meetings every 4-8 "
                + "weeks and programmes (forløb) at every school, and psychologists for the programmes.")
        boolean dated;
        @Option(names = "--output", required = true)
        Path output;

        @Override
        public Integer call() throws Exception {
            PlanDocument generated = SyntheticMunicipality.generate(schools, seed, staffing);
            PlanDocument document = dated ? SyntheticMunicipality.withDatedWork(generated) : generated;
            Files.createDirectories(output.toAbsolutePath().getParent());
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), document);
            System.out.printf("Wrote %s: %d schools, %d classes, %d staff, %d demands%s%n", output,
                    document.schools().size(), document.classes().size(), document.staff().size(),
                    document.demands().size(), staffing == null ? "" : ", staffed at " + staffing + " %");
            return 0;
        }
    }
}
