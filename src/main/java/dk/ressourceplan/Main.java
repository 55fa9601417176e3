package dk.ressourceplan;

import dk.ressourceplan.api.ServeCommand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.SyntheticMunicipality;
import dk.ressourceplan.solver.PlanSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: solve a term, generate a synthetic municipality, serve the planner, export, rerun. */
@Command(name = "ressourceplan", mixinStandardHelpOptions = true,
        description = "Plans PPR consultants, AKT supervisors and co-teachers for a school term.",
        subcommands = {ServeCommand.class, Main.Solve.class, Main.Generate.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Command(name = "solve", description = "Solve a term and write the plan with sessions and KPIs.")
    static final class Solve implements Callable<Integer> {
        @Option(names = "--input", required = true, description = "The term as JSON.")
        Path input;
        @Option(names = "--output", required = true, description = "Where to write the solved plan.")
        Path output;
        @Option(names = "--seconds", defaultValue = "30", description = "Time limit (default ${DEFAULT-VALUE}).")
        long seconds;

        @Override
        public Integer call() throws Exception {
            PlanDocument problem = Json.mapper().readValue(input.toFile(), PlanDocument.class);
            PlanDocument solved = PlanSolver.solve(problem, Duration.ofSeconds(seconds));
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), solved);
            Kpis kpis = solved.kpis();
            System.out.println("Score: " + solved.score());
            System.out.printf("Feasible: %s  coverage %.1f %%  travel %d min/fortnight%n", kpis.feasible(),
                    kpis.coveragePercent(), kpis.travelMinutesPerFortnight());
            System.out.printf("Continuity: co-teaching %.1f %%, PPR %.1f %%  utilisation %.1f-%.1f %%  meeting share max %.1f %%%n",
                    kpis.coTeachingContinuityPercent(), kpis.pprContinuityPercent(), kpis.utilisationMinPercent(),
                    kpis.utilisationMaxPercent(), kpis.meetingSharePercentMax());
            System.out.println(Json.mapper().writeValueAsString(java.util.Map.of("score", solved.score(), "kpis", kpis)));
            return kpis.feasible() ? 0 : 3;
        }
    }

    @Command(name = "generate", description = "Write a synthetic municipality (made-up schools, classes and staff).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--schools", required = true)
        int schools;
        @Option(names = "--seed", defaultValue = "1")
        long seed;
        @Option(names = "--output", required = true)
        Path output;

        @Override
        public Integer call() throws Exception {
            PlanDocument document = SyntheticMunicipality.generate(schools, seed);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), document);
            System.out.printf("Wrote %s: %d schools, %d classes, %d staff, %d demands%n", output, document.schools().size(),
                    document.classes().size(), document.staff().size(), document.demands().size());
            return 0;
        }
    }
}
