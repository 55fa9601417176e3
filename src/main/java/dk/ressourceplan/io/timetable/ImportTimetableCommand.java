package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import-timetable}: one school's class timetables from its timetabling system into a term. Problems are
 * thrown as a {@link TimetableException} for the command line's error handler, which prints them one per line with
 * file, line and field and exits with 2; the output is then not written.
 */
@Command(name = "import-timetable", mixinStandardHelpOptions = true,
        description = "Set one school's class timetables in a term from an Untis export (GPU001.TXT, with GPU002.TXT "
                + "for A/B weeks) or a CSV (class;day;period or class;day;start;end, with a header row).")
public final class ImportTimetableCommand implements Callable<Integer> {

    @Option(names = "--school", required = true, split = ",", paramLabel = "ID", description = "The id of the school "
            + "in the term; several (s01,s02) when one file holds the classes of more than one school.")
    List<String> schools;

    @Option(names = "--format", required = true, description = "untis or csv.")
    String format;

    @Option(names = "--input", required = true, description = "GPU001.TXT, or the CSV file.")
    Path input;

    @Option(names = "--lessons", description = "Untis: GPU002.TXT, for the week types of an A/B-week model "
            + "(default: GPU002.TXT beside the input, if there is one).")
    Path lessons;

    @Option(names = "--grid", description = "The school's lesson grid, one line per period: period;start;end. "
            + "Without it the term's grid is kept.")
    Path grid;

    @Option(names = "--columns", split = ",", paramLabel = "FIELD=HEADER", description = "CSV: the file's header "
            + "for a field (class, day, period, start, end, week) where it is not a usual one, e.g. "
            + "class=Hold,day=Dag,period=Modul.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--term", required = true, description = "The term as JSON.")
    Path term;

    @Option(names = "--output", required = true, description = "Where to write the term with the timetables.")
    Path output;

    @Override
    public Integer call() throws Exception {
        TimetableImport.Format kind = TimetableImport.Format.parse(format);
        PlanDocument document = PlanReader.read(term);
        Path lessonFile = lessons != null ? lessons
                : kind == TimetableImport.Format.UNTIS ? besideInput("GPU002.TXT").orElse(null) : null;
        TimetableImport.Result result = TimetableImport.apply(document, new TimetableImport.Request(schools, kind,
                upload(input), upload(lessonFile), upload(grid), columns));
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), result.term());
        result.encodings().forEach((file, charset) -> System.out.println("Read " + file + " (" + charset + ")"));
        for (TimetableImport.ClassTimetable set : result.classes()) {
            System.out.printf("  %s: %d lessons a week%s%n", set.name(), set.lessons(), set.oneWeekOnly() == 0 ? ""
                    : " (" + set.oneWeekOnly() + " in week A or B only, left out: co-teaching comes every week)");
        }
        if (!result.classesNotInFile().isEmpty()) {
            System.out.println("Not in the file, lessons kept: " + String.join(", ", result.classesNotInFile()));
        }
        if (result.gridSet()) {
            System.out.println("Lesson grid set: " + result.lessonGrid().size() + " periods");
        }
        System.out.printf("Wrote %s: timetables of %d classes%n", output, result.classes().size());
        return 0;
    }

    private Optional<Path> besideInput(String name) throws IOException {
        Path directory = input.toAbsolutePath().getParent();
        if (directory == null) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(name)).findFirst();
        }
    }

    private static TimetableImport.Upload upload(Path file) throws IOException {
        return file == null ? null : new TimetableImport.Upload(file.getFileName().toString(), Files.readAllBytes(file));
    }
}
