package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import --input FILE.xlsx --output FILE.json}: a filled-in term workbook as the JSON document {@code solve}
 * reads. Problems are thrown as a {@link WorkbookException} for the command line's error handler, which prints them
 * one per line with sheet, row and column and exits with 2, as for wrong JSON.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Convert a filled-in term workbook (.xlsx) into the term as JSON.")
public final class ImportCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "The workbook (.xlsx), made from the template.")
    Path input;

    @Option(names = "--output", required = true, description = "Where to write the term as JSON.")
    Path output;

    @Override
    public Integer call() throws Exception {
        PlanDocument term = TermWorkbook.read(input);
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), term);
        System.out.printf("Wrote %s: %d schools, %d classes, %d staff, %d demands%n", output, term.schools().size(),
                term.classes().size(), term.staff().size(), term.demands().size());
        return 0;
    }
}
