package dk.ressourceplan.io.workbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.ParserDetail;
import dk.ressourceplan.io.workbook.Layout.Column;
import dk.ressourceplan.io.workbook.Layout.Kind;
import dk.ressourceplan.io.workbook.Layout.Setting;
import dk.ressourceplan.io.workbook.Layout.Settings;
import dk.ressourceplan.io.workbook.Layout.Table;
import dk.ressourceplan.io.workbook.Sources.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a term workbook into the JSON tree of a plan document, remembering for every path the cell it came from,
 * and puts the tree through the same {@link InputValidator} as a JSON document. The problems only a workbook can
 * have (an unknown Danish word, a row naming a school that is not on Skoler, a missing column) are found on the way;
 * their paths are remembered so that the validator's view of the same cell is not reported a second time. A bad cell
 * costs its own value only: the rest of its row and of the workbook is read and checked.
 */
final class WorkbookImport {

    private static final Map<String, String> LABELS = labels();

    private final WorkbookReader.Content workbook;
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final Sources sources = new Sources(LABELS);
    private final List<WorkbookError> errors = new ArrayList<>();
    /** Paths whose cell has had its say: an error of the workbook's own, or a missing column reported once. */
    private final Set<String> reported = new HashSet<>();
    /** For cells handed on unconverted (a text where a number belongs): the text, to quote in the message. */
    private final Map<String, String> given = new HashMap<>();
    private final Map<String, SheetGrid> grids = new HashMap<>();
    private final Set<String> missingSheets = new HashSet<>();
    private LocalDate firstDate;
    private LocalDate lastDate;

    private WorkbookImport(WorkbookReader.Content workbook) {
        this.workbook = workbook;
    }

    static PlanDocument read(WorkbookReader.Content workbook) {
        WorkbookImport reading = new WorkbookImport(workbook);
        reading.sheets();
        reading.everything();
        return reading.validateAndBind();
    }

    // --- sheets -----------------------------------------------------------------------------------------------

    private void sheets() {
        for (String name : Layout.SHEETS) {
            SheetGrid grid = workbook.sheets().get(name);
            String unreadable = workbook.unreadable().get(name);
            if (grid != null) {
                grids.put(name, grid);
                continue;
            }
            grids.put(name, SheetGrid.empty(name));
            missingSheets.add(name);
            if (unreadable != null) {
                // A sheet that cannot be read is reported; the other sheets are still read.
                String plain = ParserDetail.plain(unreadable);
                errors.add(new WorkbookError(name, null, null, null,
                        "the sheet could not be read" + (plain.isEmpty() ? "" : ": " + plain),
                        "arket kunne ikke læses; er det gemt af Excel eller et program, der skriver .xlsx?"));
            } else if (Layout.REQUIRED_SHEETS.contains(name)) {
                errors.add(new WorkbookError(name, null, null, null, "the sheet is missing from the workbook",
                        "arket mangler i projektmappen"));
            }
        }
        if (missingSheets.contains(Layout.TERM)) {
            reported.add("term");
        }
    }

    private void everything() {
        term();
        ArrayNode schools = root.putArray("schools");
        Map<String, Integer> schoolIndex = items(Layout.SCHOOLS_TABLE, schools, "schools");
        children(Layout.SCHOOL_DAY_TABLE, Layout.SCHOOLS, "skole", "school", schools, schoolIndex, "schools", "schoolDay");
        children(Layout.MEETING_WINDOWS_TABLE, Layout.SCHOOLS, "skole", "school", schools, schoolIndex, "schools",
                "meetingWindows");
        children(Layout.LESSON_GRID_TABLE, Layout.SCHOOLS, "skole", "school", schools, schoolIndex, "schools", "lessonGrid");
        everySchoolHasADay(schools);
        ArrayNode classes = root.putArray("classes");
        Map<String, Integer> classIndex = items(Layout.CLASSES_TABLE, classes, "classes");
        classLessons(classes, classIndex);
        ArrayNode staff = root.putArray("staff");
        Map<String, Integer> staffIndex = items(Layout.STAFF_TABLE, staff, "staff");
        children(Layout.ABSENCE_TABLE, Layout.STAFF, "medarbejder", "staff member", staff, staffIndex, "staff",
                "unavailable");
        children(Layout.ABSENCES_TABLE, Layout.STAFF, "medarbejder", "staff member", staff, staffIndex, "staff",
                "absences");
        children(Layout.HOURS_FROM_TABLE, Layout.STAFF, "medarbejder", "staff member", staff, staffIndex, "staff",
                "hoursFrom");
        items(Layout.DEMANDS_TABLE, root.putArray("demands"), "demands");
        travel();
        rules();
    }

    // --- term, travel, rules: settings ------------------------------------------------------------------------

    private void term() {
        SheetGrid grid = grids.get(Layout.TERM);
        ObjectNode term = JsonNodeFactory.instance.objectNode();
        settings(grid, Layout.TERM_SETTINGS, term, "term");
        firstDate = dateIn(term, "firstDate");
        lastDate = dateIn(term, "lastDate");
        ArrayNode holidays = JsonNodeFactory.instance.arrayNode();
        Header header = header(grid, Layout.HOLIDAYS);
        Column column = Layout.HOLIDAYS.columns().get(0);
        for (int row : rowsOf(grid, header)) {
            String path = "term.holidays[" + holidays.size() + "]";
            JsonNode value = value(grid.cell(row, header.index(column)), column.kind(), path,
                    new Source(grid.name(), row + 1, column.header()));
            if (value != null) {
                holidays.add(value);
            }
        }
        if (!holidays.isEmpty()) {
            term.set("holidays", holidays);
        }
        sources.put("term", new Source(Layout.TERM, null, null));
        if (!missingSheets.contains(Layout.TERM)) {
            root.set("term", term);
        }
    }

    private void travel() {
        SheetGrid grid = grids.get(Layout.TRAVEL);
        ObjectNode travel = JsonNodeFactory.instance.objectNode();
        settings(grid, Layout.TRAVEL_SETTINGS, travel, "travel");
        ArrayNode minutes = JsonNodeFactory.instance.arrayNode();
        Header header = header(grid, Layout.TRAVEL_TABLE);
        for (int row : rowsOf(grid, header)) {
            String path = "travel.minutes[" + minutes.size() + "]";
            minutes.add(item(grid, Layout.TRAVEL_TABLE, header, row, path));
        }
        if (!minutes.isEmpty()) {
            travel.set("minutes", minutes);
        }
        sources.put("travel", new Source(Layout.TRAVEL, null, null));
        if (!travel.isEmpty()) {
            root.set("travel", travel);
        }
    }

    /** The rules' settings, and below them one row per weight: the rule's name and the weight, blank for the default. */
    private void rules() {
        SheetGrid grid = grids.get(Layout.RULES);
        ObjectNode rules = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> others = settings(grid, Layout.RULES_SETTINGS, rules, "rules");
        ObjectNode weights = JsonNodeFactory.instance.objectNode();
        others.forEach((name, row) -> {
            String path = "weights." + name;
            JsonNode weight = value(grid.cell(row, Layout.RULES_SETTINGS.labelColumn() + 1), Kind.WHOLE, path,
                    new Source(grid.name(), row + 1, name));
            if (weight != null) {
                weights.set(name, weight);
            }
        });
        sources.put("rules", new Source(Layout.RULES, null, null));
        sources.put("weights", new Source(Layout.RULES, null, null));
        if (!rules.isEmpty()) {
            root.set("rules", rules);
        }
        if (!weights.isEmpty()) {
            root.set("weights", weights);
        }
    }

    /**
     * Reads labelled values into {@code target}; gives the rows whose label is none of the settings, by label.
     * A setting missing from the sheet is still located, by its label, for the validator's "is required".
     */
    private Map<String, Integer> settings(SheetGrid grid, Settings settings, ObjectNode target, String path) {
        Map<String, Setting> byLabel = new LinkedHashMap<>();
        settings.settings().forEach(s -> byLabel.put(normalise(s.label()), s));
        settings.settings().forEach(s -> sources.put(path + "." + s.field(), new Source(grid.name(), null, s.label())));
        Map<String, Integer> others = new LinkedHashMap<>();
        for (int row : grid.rowsBelowHeader()) {
            if (!(grid.cell(row, settings.labelColumn()) instanceof CellValue.Text label)) {
                continue;
            }
            Setting setting = byLabel.get(normalise(label.text()));
            if (setting == null) {
                others.putIfAbsent(label.text(), row);
                continue;
            }
            String fieldPath = path + "." + setting.field();
            Source source = new Source(grid.name(), row + 1, setting.label());
            sources.put(fieldPath, source);
            JsonNode value = value(grid.cell(row, settings.labelColumn() + 1), setting.kind(), fieldPath, source);
            if (value != null) {
                target.set(setting.field(), value);
            }
        }
        return others;
    }

    // --- tables -----------------------------------------------------------------------------------------------

    /** One JSON item per row of the table, added to {@code list}; gives the row index of each id, the first if repeated. */
    private Map<String, Integer> items(Table table, ArrayNode list, String path) {
        SheetGrid grid = grids.get(table.sheet());
        Header header = header(grid, table);
        Map<String, Integer> index = new HashMap<>();
        for (int row : rowsOf(grid, header)) {
            ObjectNode item = item(grid, table, header, row, path + "[" + list.size() + "]");
            if (item.get("id") != null && item.get("id").isTextual()) {
                index.putIfAbsent(item.get("id").textValue(), list.size());
            }
            list.add(item);
        }
        return index;
    }

    /**
     * Rows that belong to an item of another sheet (a school's day, a staff member's absence), added to the list
     * {@code field} of that item. A row naming no known item cannot be placed and is reported as such.
     */
    private void children(Table table, String parentSheet, String parentWord, String parentWordEn, ArrayNode parents,
            Map<String, Integer> parentIndex, String parentsPath, String field) {
        SheetGrid grid = grids.get(table.sheet());
        Header header = header(grid, table);
        for (int row : rowsOf(grid, header)) {
            Integer parent = parent(grid, table, header, row, parentSheet, parentWord, parentWordEn, parentIndex);
            if (parent == null) {
                continue;
            }
            ObjectNode owner = (ObjectNode) parents.get(parent);
            ArrayNode list = owner.has(field) ? (ArrayNode) owner.get(field) : owner.putArray(field);
            list.add(item(grid, table, header, row, parentsPath + "[" + parent + "]." + field + "[" + list.size() + "]"));
        }
    }

    /** A class's lessons of one weekday in one row, "1,2,3,4,5"; each becomes a lesson of the JSON. */
    private void classLessons(ArrayNode classes, Map<String, Integer> classIndex) {
        Table table = Layout.CLASS_LESSONS_TABLE;
        SheetGrid grid = grids.get(table.sheet());
        Header header = header(grid, table);
        Column dayColumn = table.column("day");
        Column periodsColumn = table.column("period");
        ClassByName byName = new ClassByName(classes);
        for (int row : rowsOf(grid, header)) {
            Integer owner = classOf(grid, table, header, row, classIndex, byName);
            if (owner == null) {
                continue;
            }
            ObjectNode schoolClass = (ObjectNode) classes.get(owner);
            ArrayNode lessons = schoolClass.has("lessons") ? (ArrayNode) schoolClass.get("lessons")
                    : schoolClass.putArray("lessons");
            String lessonsPath = "classes[" + owner + "].lessons";
            Source rowSource = new Source(grid.name(), row + 1, null);
            Source periodsSource = rowSource.atColumn(periodsColumn.header());
            if (header.missing(periodsColumn) || header.missing(dayColumn)) {
                continue;
            }
            CellValue periods = grid.cell(row, header.index(periodsColumn));
            List<String> numbers = periods == null ? List.of() : Cells.numbers(listText(periods, Kind.WHOLE_LIST));
            if (numbers.isEmpty()) {
                own(periodsSource, null, "is required", "skal angives");
                continue;
            }
            String firstDayPath = lessonsPath + "[" + lessons.size() + "].day";
            Source daySource = rowSource.atColumn(dayColumn.header());
            JsonNode day = value(grid.cell(row, header.index(dayColumn)), Kind.DAY, firstDayPath, daySource);
            boolean dayReported = isReported(firstDayPath);
            for (String number : numbers) {
                String lessonPath = lessonsPath + "[" + lessons.size() + "]";
                ObjectNode lesson = lessons.addObject();
                sources.put(lessonPath, rowSource);
                sources.put(lessonPath + ".day", daySource);
                sources.put(lessonPath + ".period", periodsSource);
                if (day != null) {
                    lesson.set("day", day);
                }
                if (dayReported) {
                    reported.add(lessonPath + ".day");
                }
                lesson.set("period", number(new CellValue.Text(number), lessonPath + ".period"));
            }
        }
    }

    /**
     * The class a row of Klasselektioner names: by its id, as the template writes it, or else by its name as a
     * school's timetable export writes it ("3b" for 3.B), within the school of the row's Skole-id if it has one.
     * A name is never guessed: one that fits no class, or several at different schools, is reported.
     */
    private Integer classOf(SheetGrid grid, Table table, Header header, int row, Map<String, Integer> classIndex,
            ClassByName byName) {
        Column column = table.parent().orElseThrow();
        if (header.missing(column)) {
            return null;
        }
        CellValue cell = grid.cell(row, header.index(column));
        if (cell == null || classIndex.containsKey(cell.shown())) {
            return parent(grid, table, header, row, Layout.CLASSES, "klasse", "class", classIndex);
        }
        Column schoolColumn = table.column("schoolId");
        CellValue school = header.missing(schoolColumn) ? null : grid.cell(row, header.index(schoolColumn));
        List<Integer> found = byName.find(cell.shown(), school == null ? null : school.shown());
        Source source = new Source(grid.name(), row + 1, column.header());
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            own(source, null, "no class on the sheet " + Layout.CLASSES + " has the id or name '" + cell.shown() + "'"
                            + (school == null ? "" : " at the school '" + school.shown() + "'"),
                    "der er ingen klasse med id'et eller navnet '" + cell.shown() + "' på arket " + Layout.CLASSES
                            + (school == null ? "" : " på skolen '" + school.shown() + "'"));
        } else {
            own(source, null, "classes at several schools are called '" + cell.shown()
                            + "'; give the school in the column Skole-id",
                    "flere skoler har en klasse, der hedder '" + cell.shown() + "'; angiv skolen i kolonnen Skole-id");
        }
        return null;
    }

    /** The classes by their names with case, spaces, dots and hyphens ignored: "3.B", "3b" and "3 B" are one. */
    private static final class ClassByName {

        private final Map<String, List<Integer>> byKey = new HashMap<>();
        private final List<String> schools = new ArrayList<>();

        ClassByName(ArrayNode classes) {
            for (int i = 0; i < classes.size(); i++) {
                JsonNode name = classes.get(i).get("name");
                JsonNode school = classes.get(i).get("schoolId");
                schools.add(school != null && school.isTextual() ? school.textValue() : null);
                if (name != null && name.isTextual()) {
                    byKey.computeIfAbsent(key(name.textValue()), k -> new ArrayList<>()).add(i);
                }
            }
        }

        List<Integer> find(String name, String schoolId) {
            return byKey.getOrDefault(key(name), List.of()).stream()
                    .filter(i -> schoolId == null || schoolId.equals(schools.get(i))).toList();
        }

        private static String key(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s.\\-/_]+", "");
        }
    }

    /** The index of the item a child row names, or null (reported) when it names none. */
    private Integer parent(SheetGrid grid, Table table, Header header, int row, String parentSheet, String word,
            String wordEn, Map<String, Integer> parentIndex) {
        Column column = table.parent().orElseThrow();
        Source source = new Source(grid.name(), row + 1, column.header());
        if (header.missing(column)) {
            return null;
        }
        CellValue cell = grid.cell(row, header.index(column));
        if (cell == null) {
            own(source, null, "is required: which " + wordEn + " the row belongs to",
                    "skal angives: hvilken " + word + " rækken hører til");
            return null;
        }
        String id = cell.shown();
        Integer parent = parentIndex.get(id);
        if (parent == null) {
            own(source, null, "no " + wordEn + " on the sheet " + parentSheet + " has the id '" + id + "'",
                    "der er ingen " + word + " med id'et '" + id + "' på arket " + parentSheet);
        }
        return parent;
    }

    private ObjectNode item(SheetGrid grid, Table table, Header header, int row, String path) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        sources.put(path, new Source(grid.name(), row + 1, null));
        for (Column column : table.columns()) {
            if (column.field() == null) {
                continue;
            }
            String fieldPath = path + "." + column.field();
            Source source = new Source(grid.name(), row + 1, column.header());
            sources.put(fieldPath, source);
            if (header.missing(column)) {
                if (column.required()) {
                    reported.add(fieldPath);
                }
                continue;
            }
            JsonNode value = value(grid.cell(row, header.index(column)), column.kind(), fieldPath, source);
            if (value != null) {
                put(item, column.field(), value, path, source);
            }
        }
        return item;
    }

    /** Sets a field, "base.lat" inside "base", which is located at its row. */
    private void put(ObjectNode item, String field, JsonNode value, String itemPath, Source source) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            item.set(field, value);
            return;
        }
        String outer = field.substring(0, dot);
        sources.put(itemPath + "." + outer, source.atColumn(LABELS.get(outer)));
        ObjectNode nested = item.has(outer) ? (ObjectNode) item.get(outer) : item.putObject(outer);
        nested.set(field.substring(dot + 1), value);
    }

    /** A school without a day cannot be planned; said at the school, with where the days go. */
    private void everySchoolHasADay(ArrayNode schools) {
        for (int i = 0; i < schools.size(); i++) {
            String path = "schools[" + i + "].schoolDay";
            if (missingSheets.contains(Layout.SCHOOL_DAY)) {
                reported.add(path);
            } else if (!schools.get(i).has("schoolDay") && !isReported(path)) {
                Source school = sources.locate("schools[" + i + "]");
                own(school, path, "the school has no rows on the sheet " + Layout.SCHOOL_DAY,
                        "skolen har ingen rækker på arket " + Layout.SCHOOL_DAY);
            }
        }
    }

    // --- headers ----------------------------------------------------------------------------------------------

    /** Where each column of a table is: found by its header in row 1, from the table's first column to a blank. */
    private record Header(Map<Column, Integer> index, Set<Column> missingColumns) {

        int index(Column column) {
            return index.get(column);
        }

        boolean missing(Column column) {
            return !index.containsKey(column);
        }
    }

    private Header header(SheetGrid grid, Table table) {
        Map<String, Integer> found = new HashMap<>();
        for (int c = table.firstColumn(); grid.cell(0, c) != null; c++) {
            found.putIfAbsent(normalise(grid.cell(0, c).shown()), c);
        }
        Map<Column, Integer> index = new LinkedHashMap<>();
        Set<Column> missing = new LinkedHashSet<>();
        for (Column column : table.columns()) {
            Integer c = found.get(normalise(column.header()));
            if (c == null) {
                missing.add(column);
            } else {
                index.put(column, c);
            }
        }
        Header header = new Header(index, missing);
        boolean hasRows = rowsOf(grid, header).iterator().hasNext();
        for (Column column : missing) {
            if (column.required() && hasRows) {
                own(new Source(grid.name(), 1, column.header()), null, "the column is missing from the header row",
                        "kolonnen mangler i overskriftsrækken");
            }
        }
        return header;
    }

    /** The rows with something in the table's columns. */
    private static List<Integer> rowsOf(SheetGrid grid, Header header) {
        List<Integer> rows = new ArrayList<>();
        for (int row : grid.rowsBelowHeader()) {
            if (header.index().values().stream().anyMatch(c -> grid.cell(row, c) != null)) {
                rows.add(row);
            }
        }
        return rows;
    }

    // --- values -----------------------------------------------------------------------------------------------

    /** The JSON value of a cell, or null for a blank one or one whose error is already reported. */
    private JsonNode value(CellValue cell, Kind kind, String path, Source source) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof CellValue.Failed failed) {
            own(source, path, "the cell holds the error value " + failed.code(),
                    "cellen indeholder fejlværdien " + failed.code());
            return null;
        }
        if (cell instanceof CellValue.BadNumber bad) {
            own(source, path, "the cell holds a number that cannot be read: '" + bad.shown() + "'",
                    "cellen indeholder et tal, der ikke kan læses: '" + bad.shown() + "'");
            return null;
        }
        if (cell.shown().length() > WorkbookFile.LONGEST_TEXT) {
            own(source, path, "the text is longer than " + WorkbookFile.LONGEST_TEXT + " characters",
                    "teksten er længere end " + WorkbookFile.LONGEST_TEXT + " tegn");
            return null;
        }
        return switch (kind) {
            case TEXT -> text(cell.shown());
            case NUMBER, WHOLE -> number(cell, path);
            case TIME -> parsed(cell, path, Cells::time, Cells::time);
            case DATE -> parsed(cell, path, n -> Cells.date(n, workbook.date1904()), Cells::date);
            case HOLIDAY -> holiday(cell, path);
            case DAY -> word(cell.shown(), Vocabulary.DAYS, Enum::name, path, source);
            case WEEK -> word(cell.shown(), Vocabulary.WEEKS, Enum::name, path, source);
            case ROLE -> word(cell.shown(), Vocabulary.ROLES, r -> r.code(), path, source);
            case COMPETENCE -> word(cell.shown(), Vocabulary.COMPETENCES, c -> c.code(), path, source);
            case NEED_LEVEL -> word(cell.shown(), Vocabulary.NEED_LEVELS, n -> n.code(), path, source);
            case DEMAND_TYPE -> word(cell.shown(), Vocabulary.DEMAND_TYPES, t -> t.code(), path, source);
            case TEXT_LIST -> list(cell, path, source, this::textItem);
            case DAY_LIST -> list(cell, path, source,
                    (item, at, src) -> word(item, Vocabulary.DAYS, Enum::name, at, src));
            case ROLE_LIST -> list(cell, path, source,
                    (item, at, src) -> word(item, Vocabulary.ROLES, r -> r.code(), at, src));
            case COMPETENCE_LIST -> list(cell, path, source,
                    (item, at, src) -> word(item, Vocabulary.COMPETENCES, c -> c.code(), at, src));
            case WHOLE_LIST -> {
                ArrayNode numbers = JsonNodeFactory.instance.arrayNode();
                for (String item : Cells.numbers(listText(cell, kind))) {
                    sources.put(path + "[" + numbers.size() + "]", source);
                    numbers.add(number(new CellValue.Text(item), path + "[" + numbers.size() + "]"));
                }
                yield numbers;
            }
            case SEATS -> seats(cell, path, source);
        };
    }

    private JsonNode textItem(String item, String path, Source source) {
        return text(item);
    }

    private static JsonNode text(String text) {
        return JsonNodeFactory.instance.textNode(text);
    }

    /** A number, or the text as it is for the validator to call "not a number". */
    private JsonNode number(CellValue cell, String path) {
        if (cell instanceof CellValue.Number number) {
            return numberNode(BigDecimal.valueOf(number.value()));
        }
        BigDecimal value = Cells.decimal(cell.shown());
        if (value != null) {
            return numberNode(value);
        }
        given.put(path, cell.shown());
        return text(cell.shown());
    }

    private static JsonNode numberNode(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return JsonNodeFactory.instance.numberNode(plain.longValueExact());
        }
        if (Double.isInfinite(value.doubleValue())) {
            // As a double it would be quoted back to the planner as "Infinity" instead of the digits typed.
            return JsonNodeFactory.instance.numberNode(value);
        }
        return JsonNodeFactory.instance.numberNode(value.doubleValue());
    }

    private JsonNode parsed(CellValue cell, String path, Function<Double, String> fromNumber,
            Function<String, String> fromText) {
        String value = cell instanceof CellValue.Number number ? fromNumber.apply(number.value())
                : fromText.apply(cell.shown());
        if (value != null) {
            return text(value);
        }
        given.put(path, cell.shown());
        return text(cell.shown());
    }

    private JsonNode holiday(CellValue cell, String path) {
        if (cell instanceof CellValue.Number number) {
            return parsed(cell, path, n -> Cells.date(n, workbook.date1904()), t -> null);
        }
        String value = Cells.holiday(cell.shown(), firstDate, lastDate);
        if (value == null && (firstDate == null || lastDate == null) && cell.shown().toLowerCase(Locale.ROOT).startsWith("uge")) {
            // "uge 7" is only a week once the term's dates are known; their own error is the one to fix first.
            reported.add(path);
        }
        if (value != null) {
            return text(value);
        }
        given.put(path, cell.shown());
        return text(cell.shown());
    }

    /** A Danish word (or a JSON code) for one of the domain's codes; an unknown word is reported here. */
    private <E> JsonNode word(String word, Vocabulary<E> vocabulary, Function<E, String> code, String path,
            Source source) {
        E value = vocabulary.find(word);
        if (value != null) {
            return text(code.apply(value));
        }
        own(source, path, vocabulary.unknownEn(word), vocabulary.unknownDa(word));
        return text(word);
    }

    private interface ItemReader {
        JsonNode read(String item, String path, Source source);
    }

    private JsonNode list(CellValue cell, String path, Source source, ItemReader reader) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String item : Cells.items(cell.shown())) {
            String itemPath = path + "[" + list.size() + "]";
            sources.put(itemPath, source);
            list.add(reader.read(item, itemPath, source));
        }
        return list.isEmpty() ? null : list;
    }

    private JsonNode seats(CellValue cell, String path, Source source) {
        ArrayNode seats = JsonNodeFactory.instance.arrayNode();
        for (List<String> roles : Cells.seats(cell.shown())) {
            String seatPath = path + "[" + seats.size() + "]";
            sources.put(seatPath, source);
            ArrayNode seat = seats.addArray();
            for (String role : roles) {
                String rolePath = seatPath + "[" + seat.size() + "]";
                sources.put(rolePath, source);
                seat.add(word(role, Vocabulary.ROLES, r -> r.code(), rolePath, source));
            }
        }
        return seats.isEmpty() ? null : seats;
    }

    /**
     * The text of a list cell. Danish Excel turns "1,2" typed into a cell that is not formatted as text into the
     * number 1.2; its digits are the lessons.
     */
    private static String listText(CellValue cell, Kind kind) {
        if (kind == Kind.WHOLE_LIST && cell instanceof CellValue.Number) {
            return cell.shown().replace('.', ',');
        }
        return cell.shown();
    }

    private LocalDate dateIn(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        String date = Cells.date(value.textValue());
        return date == null ? null : LocalDate.parse(date);
    }

    // --- errors -----------------------------------------------------------------------------------------------

    /** An error of the workbook's own; {@code path} (may be null) is the JSON field it stands for. */
    private void own(Source source, String path, String message, String messageDa) {
        errors.add(new WorkbookError(source.sheet(), source.row(), source.column(), path, message, messageDa));
        if (path != null) {
            reported.add(path);
        }
    }

    private boolean isReported(String path) {
        for (String p = path; p != null; p = Sources.parent(p)) {
            if (reported.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private PlanDocument validateAndBind() {
        for (ValidationError error : InputValidator.validate(root)) {
            if (!isReported(error.path())) {
                errors.add(sources.translate(error, given.get(error.path())));
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkbookException(ordered(errors));
        }
        try {
            return Json.mapper().treeToValue(root, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new WorkbookException(WorkbookError.ofFile("the workbook could not be read: "
                    + ParserDetail.plain(e.getOriginalMessage()), "projektmappen kunne ikke læses: en værdi har en "
                    + "forkert type"));
        }
    }

    /** Sheet by sheet in the workbook's order, row by row; one error per cell and message, as a row of lessons repeats them. */
    private static List<WorkbookError> ordered(List<WorkbookError> errors) {
        Map<String, WorkbookError> unique = new LinkedHashMap<>();
        for (WorkbookError error : errors) {
            unique.putIfAbsent(error.sheet() + "|" + error.row() + "|" + error.column() + "|" + error.messageDa(), error);
        }
        return unique.values().stream()
                .sorted(Comparator.comparingInt((WorkbookError e) -> e.sheet() == null ? -1 : Layout.SHEETS.indexOf(e.sheet()))
                        .thenComparingInt(e -> e.row() == null ? 0 : e.row()))
                .toList();
    }

    static String normalise(String text) {
        return Vocabulary.normalise(text).replace(".", "").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (Table table : List.of(Layout.SCHOOLS_TABLE, Layout.SCHOOL_DAY_TABLE, Layout.MEETING_WINDOWS_TABLE,
                Layout.LESSON_GRID_TABLE, Layout.CLASSES_TABLE, Layout.CLASS_LESSONS_TABLE, Layout.STAFF_TABLE,
                Layout.ABSENCE_TABLE, Layout.ABSENCES_TABLE, Layout.DEMANDS_TABLE, Layout.TRAVEL_TABLE,
                Layout.HOURS_FROM_TABLE, Layout.HOLIDAYS)) {
            for (Column column : table.columns()) {
                if (column.field() != null && !column.field().contains(".")) {
                    labels.putIfAbsent(column.field(), column.header());
                }
            }
        }
        for (Settings settings : List.of(Layout.TERM_SETTINGS, Layout.TRAVEL_SETTINGS, Layout.RULES_SETTINGS)) {
            settings.settings().forEach(s -> labels.putIfAbsent(s.field(), s.label()));
        }
        labels.put("schoolDay", Layout.SCHOOL_DAY);
        labels.put("meetingWindows", Layout.MEETING_WINDOWS);
        labels.put("lessonGrid", Layout.LESSON_GRID);
        labels.put("lessons", Layout.CLASS_LESSONS);
        labels.put("unavailable", Layout.ABSENCE);
        labels.put("absences", Layout.ABSENCES);
        labels.put("hoursFrom", Layout.HOURS_FROM);
        labels.put("base", "Base");
        labels.put("term", Layout.TERM);
        labels.put("weights", Layout.RULES);
        return Map.copyOf(labels);
    }
}
