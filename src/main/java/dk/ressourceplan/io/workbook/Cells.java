package dk.ressourceplan.io.workbook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a planner's way of writing a value becomes the JSON form: "7,5" is 7.5, "8.15" and Excel's time 0.34 are
 * "08:15", "4-1-2027" and Excel's date 46391 are "2027-01-04", "uge 7" is "2027-W07". Each parse gives null for text
 * it does not understand; the caller then hands the text on as it is, for the validator to say what it should be.
 */
final class Cells {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");
    private static final Pattern TIME = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?");
    private static final Pattern HOUR = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-?W(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK_NUMBER = Pattern.compile("uge\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");
    /** Excel's last day, 9999-12-31; POI makes a larger day number into a wrong date (1899-12-31) rather than none. */
    private static final double LAST_EXCEL_DAY = 2_958_465;
    /** Beyond this a "range" of lessons is a typing error, not a school day. */
    private static final int LONGEST_RANGE = 20;

    private Cells() {
    }

    /** A number written as text: "7,5", "7.5", "37". */
    static BigDecimal decimal(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "");
        return DECIMAL.matcher(compact).matches() ? new BigDecimal(compact.replace(',', '.')) : null;
    }

    /** "HH:mm" from Excel's time of day (a fraction of a day) or a whole hour (8 is 08:00). */
    static String time(double value) {
        if (value >= 0 && value < 1) {
            long minutes = Math.round(value * 24 * 60);
            return minutes >= 24 * 60 ? null : hhmm((int) minutes / 60, (int) minutes % 60);
        }
        if (value == Math.rint(value) && value >= 0 && value < 24) {
            return hhmm((int) value, 0);
        }
        return null;
    }

    /** "HH:mm" from "8:15", "08.15", "kl. 8" or "08:15:00". */
    static String time(String text) {
        String compact = text.strip().toLowerCase(Locale.ROOT);
        Matcher time = TIME.matcher(compact);
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            boolean noSeconds = time.group(3) == null || Integer.parseInt(time.group(3)) == 0;
            return hour < 24 && minute < 60 && noSeconds ? hhmm(hour, minute) : null;
        }
        Matcher hour = HOUR.matcher(compact);
        if (hour.matches() && Integer.parseInt(hour.group(1)) < 24) {
            return hhmm(Integer.parseInt(hour.group(1)), 0);
        }
        return null;
    }

    /** "yyyy-MM-dd" from Excel's date number. */
    static String date(double value, boolean date1904) {
        if (!DateUtil.isValidExcelDate(value) || value < 1 || value >= LAST_EXCEL_DAY + 1) {
            return null;
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
        return dateTime == null ? null : dateTime.toLocalDate().toString();
    }

    /** "yyyy-MM-dd" from "2027-01-04", "2027-1-4", "4-1-2027", "4.1.2027" or "4/1/2027" (day first, as in Denmark). */
    static String date(String text) {
        String compact = text.strip();
        Matcher iso = ISO_DATE.matcher(compact);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher danish = DANISH_DATE.matcher(compact);
        if (danish.matches()) {
            return date(danish.group(3), danish.group(2), danish.group(1));
        }
        return null;
    }

    /**
     * A holiday as the JSON has it, an ISO week ("2027-W07") or a date, from "2027-W07", "uge 7" or a date. "uge 7"
     * is the week 7 that falls in the term, {@code first} to {@code last}; null when those are not known.
     */
    static String holiday(String text, LocalDate first, LocalDate last) {
        String compact = text.strip();
        Matcher iso = ISO_WEEK.matcher(compact);
        if (iso.matches()) {
            return isoWeek(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
        }
        Matcher week = WEEK_NUMBER.matcher(compact);
        if (week.matches()) {
            return first == null || last == null ? null : weekInTerm(Integer.parseInt(week.group(1)), first, last);
        }
        return date(compact);
    }

    /** The items of a list in one cell: "læsning, matematik" or one per line. */
    static List<String> items(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Lesson numbers: "1,2,3", "1 2 3", "1-5"; an item that is no number or range is kept as it is. */
    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        for (String trimmed : text.replaceAll("\\s*[-–]\\s*", "-").split("[,;\\s]+")) {
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(trimmed);
            if (range.matches() && range.group(1).length() < 4 && range.group(2).length() < 4) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (from <= to && to - from < LONGEST_RANGE) {
                    for (int n = from; n <= to; n++) {
                        numbers.add(String.valueOf(n));
                    }
                    continue;
                }
            }
            numbers.add(trimmed);
        }
        return numbers;
    }

    /** The seats of a meeting, each the roles that may fill it: "psykolog eller pædagogisk konsulent; AKT-vejleder". */
    static List<List<String>> seats(String text) {
        List<List<String>> seats = new ArrayList<>();
        for (String seat : text.split("[;\\n]")) {
            List<String> roles = Arrays.stream(seat.split("\\||,|\\s+eller\\s+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!roles.isEmpty()) {
                seats.add(roles);
            }
        }
        return seats;
    }

    private static String weekInTerm(int week, LocalDate first, LocalDate last) {
        for (int year : new int[] {first.get(IsoFields.WEEK_BASED_YEAR), last.get(IsoFields.WEEK_BASED_YEAR)}) {
            LocalDate monday = mondayOf(year, week);
            if (monday != null && !monday.plusDays(6).isBefore(first) && !monday.isAfter(last)) {
                return isoWeek(year, week);
            }
        }
        return isoWeek(first.get(IsoFields.WEEK_BASED_YEAR), week);
    }

    private static LocalDate mondayOf(int year, int week) {
        try {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.MONDAY);
            return monday.get(IsoFields.WEEK_BASED_YEAR) == year ? monday : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String isoWeek(int year, int week) {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String hhmm(int hour, int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
