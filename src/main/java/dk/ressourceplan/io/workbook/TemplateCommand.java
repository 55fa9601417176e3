package dk.ressourceplan.io.workbook;

import dk.ressourceplan.io.PlanReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code template --output FILE.xlsx [--from plan.json | --empty]}: the term workbook a planner fills in, with the
 * small example term, with a given term (last term's plan, to change and submit again), or with headers only.
 * {@code data/ressourceplan-skabelon.xlsx} is made with {@code template --output data/ressourceplan-skabelon.xlsx}.
 */
@Command(name = "template", mixinStandardHelpOptions = true, description = "Write the term workbook (.xlsx) to fill in: with an example, "
        + "a given term, or empty.")
public final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, description = "Where to write the workbook (.xlsx).")
    Path output;

    @Option(names = "--from", description = "A term or solved plan (JSON) to fill the workbook with, "
            + "instead of the example.")
    Path from;

    @Option(names = "--empty", description = "Headers, instructions and lists only, no example.")
    boolean empty;

    @Override
    public Integer call() throws Exception {
        if (from != null && empty) {
            throw new IllegalArgumentException("--from and --empty exclude each other");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (from != null) {
            TermWorkbook.write(PlanReader.read(from), bytes);
        } else if (empty) {
            TermWorkbook.writeEmpty(bytes);
        } else {
            TermWorkbook.writeTemplate(bytes);
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(output, bytes.toByteArray());
        System.out.println("Wrote " + output + " (" + bytes.size() + " bytes)");
        return 0;
    }
}
