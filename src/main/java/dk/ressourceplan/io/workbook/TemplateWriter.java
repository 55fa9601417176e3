package dk.ressourceplan.io.workbook;

import dk.ressourceplan.domain.ClassLesson;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Role;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Term;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.TravelSettings;
import dk.ressourceplan.io.workbook.Layout.Column;
import dk.ressourceplan.io.workbook.Layout.Kind;
import dk.ressourceplan.io.workbook.Layout.Setting;
import dk.ressourceplan.io.workbook.Layout.Settings;
import dk.ressourceplan.io.workbook.Layout.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a term into the workbook a planner fills in: the {@link Layout}'s sheets with a bold, frozen and coloured
 * header row (orange where the column must be filled in), a note on every header saying what goes there, drop-down
 * lists of the Danish words for roles, competences, need levels, weekdays, weeks and kinds of demand, and columns
 * of ids and lists formatted as text so that Excel does not turn "1,2" into a number. The drop-downs and formats
 * reach {@link #SPARE_ROWS} rows below the data, for the rows the planner adds.
 */
final class TemplateWriter {

    static final int SPARE_ROWS = 300;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 48;
    private static final byte[] REQUIRED_FILL = {(byte) 0xFF, (byte) 0xD9, (byte) 0xA8};
    private static final byte[] OPTIONAL_FILL = {(byte) 0xE4, (byte) 0xE4, (byte) 0xE4};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CreationHelper factory = workbook.getCreationHelper();
    private final XSSFCellStyle requiredHeader = header(REQUIRED_FILL);
    private final XSSFCellStyle optionalHeader = header(OPTIONAL_FILL);
    private final XSSFCellStyle bold = bold();
    private final XSSFCellStyle typed = format("@");
    private final XSSFCellStyle time = format("hh:mm");
    private final XSSFCellStyle date = format("yyyy-mm-dd");
    private final XSSFCellStyle explanation = explanation();
    private final Map<Kind, String> lists = new EnumMap<>(Kind.class);

    private TemplateWriter() {
    }

    static void write(PlanDocument document, OutputStream out) throws IOException {
        TemplateWriter writer = new TemplateWriter();
        try (XSSFWorkbook workbook = writer.workbook) {
            writer.all(document);
            workbook.write(out);
        }
    }

    private void all(PlanDocument document) {
        Guide.write(workbook.createSheet(Layout.GUIDE), workbook, bold);
        Sheet listSheet = workbook.createSheet(Layout.LISTS);
        lists();
        Sheet term = workbook.createSheet(Layout.TERM);
        term(term, document.term());
        table(workbook.createSheet(Layout.SCHOOLS), Layout.SCHOOLS_TABLE, schools(document.schools()));
        table(workbook.createSheet(Layout.SCHOOL_DAY), Layout.SCHOOL_DAY_TABLE,
                perSchool(document.schools(), School::schoolDay,
                        (s, w) -> Arrays.asList(s.id(), Vocabulary.WEEKS.word(w.week()), day(w.day()), w.start(), w.end())));
        table(workbook.createSheet(Layout.MEETING_WINDOWS), Layout.MEETING_WINDOWS_TABLE,
                perSchool(document.schools(), School::meetingWindows,
                        (s, w) -> Arrays.asList(s.id(), Vocabulary.WEEKS.word(w.week()), day(w.day()), w.start(), w.end())));
        table(workbook.createSheet(Layout.LESSON_GRID), Layout.LESSON_GRID_TABLE,
                perSchool(document.schools(), School::lessonGrid,
                        (s, p) -> Arrays.asList(s.id(), p.period(), p.start(), p.end())));
        table(workbook.createSheet(Layout.CLASSES), Layout.CLASSES_TABLE, classes(document.classes()));
        table(workbook.createSheet(Layout.CLASS_LESSONS), Layout.CLASS_LESSONS_TABLE, classLessons(document.classes()));
        table(workbook.createSheet(Layout.STAFF), Layout.STAFF_TABLE, staff(document.staff()));
        table(workbook.createSheet(Layout.ABSENCE), Layout.ABSENCE_TABLE, absence(document.staff()));
        table(workbook.createSheet(Layout.ABSENCES), Layout.ABSENCES_TABLE,
                perStaff(document.staff(), Staff::absences, (s, a) -> Arrays.asList(s.id(), a.from(), a.to())));
        table(workbook.createSheet(Layout.HOURS_FROM), Layout.HOURS_FROM_TABLE,
                perStaff(document.staff(), Staff::hoursFrom, (s, h) -> Arrays.asList(s.id(), h.from(), h.hoursPerWeek())));
        table(workbook.createSheet(Layout.DEMANDS), Layout.DEMANDS_TABLE, demands(document.demands()));
        travel(workbook.createSheet(Layout.TRAVEL), document.travel());
        rules(workbook.createSheet(Layout.RULES), document);
        for (Sheet sheet : workbook) {
            printOnA4(sheet);
        }
        workbook.setSheetOrder(Layout.LISTS, workbook.getNumberOfSheets() - 1);
        workbook.setSheetHidden(workbook.getSheetIndex(listSheet), true);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    // --- the rows of each table -------------------------------------------------------------------------------

    private static List<List<Object>> schools(List<School> schools) {
        return schools.stream().<List<Object>>map(s -> Arrays.asList(s.id(), s.name(), s.address(), s.lat(), s.lon(),
                s.pupils())).toList();
    }

    private static <T> List<List<Object>> perSchool(List<School> schools, Function<School, List<T>> items,
            RowMaker<School, T> row) {
        List<List<Object>> rows = new ArrayList<>();
        schools.forEach(school -> items.apply(school).forEach(item -> rows.add(row.make(school, item))));
        return rows;
    }

    private interface RowMaker<P, T> {
        List<Object> make(P parent, T item);
    }

    private static List<List<Object>> classes(List<SchoolClass> classes) {
        return classes.stream().<List<Object>>map(c -> Arrays.asList(c.id(), c.schoolId(), c.name(), c.grade(),
                c.pupils(), Vocabulary.NEED_LEVELS.word(c.needLevel()))).toList();
    }

    /** One row per class and weekday, the lessons as "1,2,3,4,5", in the order the class's timetable gives them. */
    private static List<List<Object>> classLessons(List<SchoolClass> classes) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolClass schoolClass : classes) {
            Map<DayOfWeek, List<Integer>> byDay = new LinkedHashMap<>();
            for (ClassLesson lesson : schoolClass.lessons()) {
                byDay.computeIfAbsent(lesson.day(), d -> new ArrayList<>()).add(lesson.period());
            }
            byDay.forEach((day, periods) -> rows.add(Arrays.asList(schoolClass.id(), day(day),
                    periods.stream().map(String::valueOf).collect(Collectors.joining(",")), null)));
        }
        return rows;
    }

    private static List<List<Object>> staff(List<Staff> staff) {
        return staff.stream().<List<Object>>map(s -> Arrays.asList(s.id(), s.name(),
                s.role() == null ? null : Vocabulary.ROLES.word(s.role()),
                joined(s.competences().stream().map(Vocabulary.COMPETENCES::word).toList()),
                s.contractedHours(), s.hoursPerWeek(), s.maxHoursPerDay(),
                s.base() == null ? null : s.base().name(), s.base() == null ? null : s.base().lat(),
                s.base() == null ? null : s.base().lon(), joined(s.preferredSchools()),
                joined(s.preferredDays().stream().map(TemplateWriter::day).toList()), s.maxSchools(),
                s.maxProgrammes())).toList();
    }

    private static <T> List<List<Object>> perStaff(List<Staff> staff, Function<Staff, List<T>> items,
            RowMaker<Staff, T> row) {
        List<List<Object>> rows = new ArrayList<>();
        staff.forEach(member -> items.apply(member).forEach(item -> rows.add(row.make(member, item))));
        return rows;
    }

    private static List<List<Object>> absence(List<Staff> staff) {
        List<List<Object>> rows = new ArrayList<>();
        for (Staff member : staff) {
            for (TimeWindow window : member.unavailable()) {
                rows.add(Arrays.asList(member.id(), Vocabulary.WEEKS.word(window.week()), day(window.day()),
                        window.start(), window.end()));
            }
        }
        return rows;
    }

    private static List<List<Object>> demands(List<Demand> demands) {
        return demands.stream().<List<Object>>map(d -> Arrays.asList(d.id(),
                d.type() == null ? null : Vocabulary.DEMAND_TYPES.word(d.type()), d.name(), d.classId(), d.schoolId(),
                d.classIds() == null ? null : joined(d.classIds()),
                d.competence() == null ? null : Vocabulary.COMPETENCES.word(d.competence()),
                d.lessonsPerWeek(), d.minutes(), d.seats() == null ? null : seats(d.seats()), d.hoursPerWeek(),
                d.hoursPerFortnight(), d.blockMinutes(), d.intervalWeeks(), d.count(), d.weeks(),
                d.roles() == null ? null : roles(d.roles(), ", "),
                d.priority() == null ? null : Vocabulary.NEED_LEVELS.word(d.priority()))).toList();
    }

    private static String seats(List<List<Role>> seats) {
        return seats.stream().map(seat -> roles(seat, " eller ")).collect(Collectors.joining("; "));
    }

    private static String roles(List<Role> roles, String separator) {
        return roles.stream().map(Vocabulary.ROLES::word).collect(Collectors.joining(separator));
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join(", ", items);
    }

    private static String day(DayOfWeek day) {
        return day == null ? null : Vocabulary.DAYS.word(day);
    }

    // --- sheets -----------------------------------------------------------------------------------------------

    private void term(Sheet sheet, Term term) {
        List<Object> values = term == null ? Arrays.asList(null, null, null, null)
                : Arrays.asList(term.name(), term.firstDate(), term.lastDate(), term.firstWeek().name());
        settings(sheet, Layout.TERM_SETTINGS, values);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int firstWeekRow = Layout.TERM_SETTINGS.settings().size();
        dropDown(sheet, helper.createExplicitListConstraint(new String[] {"A", "B"}), firstWeekRow, firstWeekRow, 1, false);
        List<List<Object>> holidays = new ArrayList<>();
        if (term != null) {
            term.holidays().forEach(h -> holidays.add(List.of(h.contains("W") ? h : LocalDate.parse(h))));
        }
        writeTable(sheet, Layout.HOLIDAYS, holidays);
        sheet.createFreezePane(0, 1);
    }

    private void travel(Sheet sheet, TravelSettings travel) {
        List<List<Object>> rows = travel == null ? List.of()
                : travel.minutes().stream().<List<Object>>map(e -> List.of(e.from(), e.to(), e.minutes())).toList();
        table(sheet, Layout.TRAVEL_TABLE, rows);
        settings(sheet, Layout.TRAVEL_SETTINGS, travel == null ? Arrays.asList(null, null, null)
                : Arrays.asList(travel.speedKmh(), travel.detourFactor(), travel.minutesPerTrip()));
    }

    /**
     * The meeting share, then one row per weight: every preference a municipality may weigh, blank for the default,
     * and any other weight the term gives.
     */
    private void rules(Sheet sheet, PlanDocument document) {
        settings(sheet, Layout.RULES_SETTINGS, Arrays.asList(
                document.rules() == null ? null : document.rules().meetingSharePercentMax(),
                document.rules() == null ? null : document.rules().idleGapMinutes()));
        Map<String, Long> weights = document.weights() == null ? Map.of() : document.weights();
        Set<String> names = new LinkedHashSet<>(ConstraintNames.ADJUSTABLE);
        names.addAll(weights.keySet());
        int row = Layout.RULES_SETTINGS.settings().size() + 1;
        for (String name : names) {
            Row r = row(sheet, row++);
            cell(r, 0, name, Kind.TEXT).setCellStyle(bold);
            cell(r, 1, weights.get(name), Kind.WHOLE);
            cell(r, 2, Guide.weight(name), Kind.TEXT).setCellStyle(explanation);
        }
        sheet.createFreezePane(0, 1);
    }

    private void table(Sheet sheet, Table table, List<List<Object>> rows) {
        writeTable(sheet, table, rows);
        int last = table.firstColumn() + table.columns().size() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), table.firstColumn(), last));
        sheet.createFreezePane(0, 1);
    }

    private void writeTable(Sheet sheet, Table table, List<List<Object>> rows) {
        Row header = row(sheet, 0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int lastRow = rows.size() + SPARE_ROWS;
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            int c = table.firstColumn() + i;
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? requiredHeader : optionalHeader);
            note(drawing, cell, column.help());
            int longest = column.header().length() + 3;
            for (int r = 0; r < rows.size(); r++) {
                Object value = rows.get(r).get(i);
                cell(row(sheet, r + 1), c, value, column.kind());
                longest = Math.max(longest, shownLength(value));
            }
            sheet.setColumnWidth(c, width(longest));
            if (column.kind().isTyped()) {
                sheet.setDefaultColumnStyle(c, typed);
            } else if (column.kind() == Kind.TIME) {
                sheet.setDefaultColumnStyle(c, time);
            } else if (column.kind() == Kind.DATE) {
                sheet.setDefaultColumnStyle(c, date);
            }
            String list = lists.get(column.kind());
            if (list != null) {
                DataValidationConstraint constraint = sheet.getDataValidationHelper().createFormulaListConstraint(list);
                dropDown(sheet, constraint, 1, lastRow, c, column.kind().isList());
            }
        }
    }

    private void settings(Sheet sheet, Settings settings, List<Object> values) {
        int label = settings.labelColumn();
        Row header = row(sheet, 0);
        String[] headers = {settings.labelHeader(), Layout.VALUE_HEADER, Layout.EXPLANATION_HEADER};
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(label + i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(i == 1 ? requiredHeader : optionalHeader);
        }
        int longestLabel = settings.labelHeader().length();
        int longestHelp = Layout.EXPLANATION_HEADER.length();
        for (int i = 0; i < settings.settings().size(); i++) {
            Setting setting = settings.settings().get(i);
            Row row = row(sheet, i + 1);
            cell(row, label, setting.label(), Kind.TEXT).setCellStyle(bold);
            cell(row, label + 1, values.get(i), setting.kind());
            cell(row, label + 2, setting.help(), Kind.TEXT).setCellStyle(explanation);
            longestLabel = Math.max(longestLabel, setting.label().length());
            longestHelp = Math.max(longestHelp, setting.help().length());
        }
        if (settings == Layout.RULES_SETTINGS) {
            longestLabel = Math.max(longestLabel, ConstraintNames.ADJUSTABLE.stream().mapToInt(String::length).max().orElse(0));
            longestHelp = Math.max(longestHelp, ConstraintNames.ADJUSTABLE.stream().map(Guide::weight)
                    .mapToInt(String::length).max().orElse(0));
        }
        sheet.setColumnWidth(label, (longestLabel + 2) * 256);
        sheet.setColumnWidth(label + 1, width(14));
        sheet.setColumnWidth(label + 2, (longestHelp + 2) * 256);
    }

    /** The words of the drop-down lists, one column each, on the hidden sheet the lists refer to. */
    private void lists() {
        Sheet sheet = workbook.getSheet(Layout.LISTS);
        List<ListColumn> columns = List.of(
                new ListColumn("Roller", Vocabulary.ROLES.offered(), Kind.ROLE, Kind.ROLE_LIST),
                new ListColumn("Kompetencer", Vocabulary.COMPETENCES.offered(), Kind.COMPETENCE, Kind.COMPETENCE_LIST),
                new ListColumn("Behovsniveauer", Vocabulary.NEED_LEVELS.offered(), Kind.NEED_LEVEL),
                new ListColumn("Ugedage", Vocabulary.DAYS.offered(), Kind.DAY, Kind.DAY_LIST),
                new ListColumn("Uger", Vocabulary.WEEKS.offered(), Kind.WEEK),
                new ListColumn("Behovstyper", Vocabulary.DEMAND_TYPES.offered(), Kind.DEMAND_TYPE));
        for (int c = 0; c < columns.size(); c++) {
            ListColumn column = columns.get(c);
            cell(row(sheet, 0), c, column.title(), Kind.TEXT).setCellStyle(bold);
            for (int r = 0; r < column.words().size(); r++) {
                cell(row(sheet, r + 1), c, column.words().get(r), Kind.TEXT);
            }
            String letter = CellReference.convertNumToColString(c);
            String range = Layout.LISTS + "!$" + letter + "$2:$" + letter + "$" + (column.words().size() + 1);
            column.kinds().forEach(kind -> lists.put(kind, range));
            sheet.setColumnWidth(c, width(24));
        }
    }

    private record ListColumn(String title, List<String> words, List<Kind> kinds) {
        ListColumn(String title, List<String> words, Kind... kinds) {
            this(title, words, List.of(kinds));
        }
    }

    /**
     * A drop-down over rows {@code first} to {@code last} of a column. A wrong word only warns: English codes are
     * understood on import too. A list column (several words, comma-separated) offers one word and never warns.
     */
    private static void dropDown(Sheet sheet, DataValidationConstraint constraint, int first, int last, int column,
            boolean severalWords) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column));
        // In POI's XSSF implementation, true here shows the arrow.
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(!severalWords);
        validation.createErrorBox("Ukendt værdi", "Vælg en værdi på listen. Se arket Vejledning.");
        sheet.addValidationData(validation);
    }

    private void note(Drawing<?> drawing, Cell cell, String text) {
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("Ressourceplan");
        cell.setCellComment(comment);
    }

    /** Every column on one page's width; the tables landscape, the header row on every page. */
    private static void printOnA4(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(!sheet.getSheetName().equals(Layout.GUIDE));
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (!sheet.getSheetName().equals(Layout.GUIDE)) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    // --- cells ------------------------------------------------------------------------------------------------

    private Cell cell(Row row, int column, Object value, Kind kind) {
        Cell cell = row.createCell(column);
        if (kind.isTyped()) {
            cell.setCellStyle(typed);
        }
        if (value == null) {
            return cell;
        }
        if (value instanceof LocalTime t) {
            cell.setCellValue((t.getHour() * 60 + t.getMinute()) / (24.0 * 60));
            cell.setCellStyle(time);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static int shownLength(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalTime) {
            return 5;
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        return value instanceof Number n ? new CellValue.Number(n.doubleValue()).shown().length() : value.toString().length();
    }

    private static int width(int characters) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, characters + 2)) * 256;
    }

    // --- styles -----------------------------------------------------------------------------------------------

    private XSSFCellStyle header(byte[] fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(new XSSFColor(fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private XSSFCellStyle bold() {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private XSSFCellStyle format(String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private XSSFCellStyle explanation() {
        XSSFCellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setItalic(true);
        font.setColor(new XSSFColor(new byte[] {0x55, 0x55, 0x55}, null));
        style.setFont(font);
        return style;
    }
}
