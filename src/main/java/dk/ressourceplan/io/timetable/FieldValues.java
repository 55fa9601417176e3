package dk.ressourceplan.io.timetable;

import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values timetable exports write, read leniently where the meaning is certain and never guessed otherwise. */
final class FieldValues {

    private static final Map<String, DayOfWeek> DAY_WORDS = Map.ofEntries(
            Map.entry("mandag", DayOfWeek.MONDAY), Map.entry("man", DayOfWeek.MONDAY), Map.entry("ma", DayOfWeek.MONDAY),
            Map.entry("tirsdag", DayOfWeek.TUESDAY), Map.entry("tir", DayOfWeek.TUESDAY), Map.entry("ti", DayOfWeek.TUESDAY),
            Map.entry("onsdag", DayOfWeek.WEDNESDAY), Map.entry("ons", DayOfWeek.WEDNESDAY), Map.entry("on", DayOfWeek.WEDNESDAY),
            Map.entry("torsdag", DayOfWeek.THURSDAY), Map.entry("tor", DayOfWeek.THURSDAY), Map.entry("to", DayOfWeek.THURSDAY),
            Map.entry("fredag", DayOfWeek.FRIDAY), Map.entry("fre", DayOfWeek.FRIDAY), Map.entry("fr", DayOfWeek.FRIDAY),
            Map.entry("lørdag", DayOfWeek.SATURDAY), Map.entry("lør", DayOfWeek.SATURDAY), Map.entry("lø", DayOfWeek.SATURDAY),
            Map.entry("søndag", DayOfWeek.SUNDAY), Map.entry("søn", DayOfWeek.SUNDAY), Map.entry("sø", DayOfWeek.SUNDAY));

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");
    /** "A", "B", "A-uge", "uge B", "WA" (Untis's German default), "A-Woche", "week A". */
    private static final Pattern WEEK_TYPE = Pattern.compile("(?:uge|woche|week|w|u)?([ab])(?:uge|woche|week)?");

    private FieldValues() {
    }

    /** 1 (Monday) to 7 as Untis counts, or a Danish or English weekday, in full or short. */
    static Optional<DayOfWeek> day(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT).replace(".", "");
        if (word.matches("[1-7]")) {
            return Optional.of(DayOfWeek.of(Integer.parseInt(word)));
        }
        if (DAY_WORDS.containsKey(word)) {
            return Optional.of(DAY_WORDS.get(word));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String english = day.name().toLowerCase(Locale.ROOT);
            if (word.equals(english) || word.equals(english.substring(0, 3))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> whole(String text) {
        String number = text.trim();
        return number.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(number)) : Optional.empty();
    }

    /** "08:00", "8:00", "08.00" and "0800". */
    static Optional<LocalTime> time(String text) {
        Matcher matcher = TIME.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** Untis's dates, YYYYMMDD. */
    static Optional<LocalDate> untisDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Empty is every week; A or B in the ways schools name them; anything else (a C week, say) is not a week. */
    static Optional<Week> week(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", "");
        if (word.isEmpty() || word.equals("ab") || word.equals("hveruge") || word.equals("alle")) {
            return Optional.of(Week.AB);
        }
        Matcher matcher = WEEK_TYPE.matcher(word);
        return matcher.matches() ? Optional.of(matcher.group(1).equals("a") ? Week.A : Week.B) : Optional.empty();
    }

    static String danish(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "mandag";
            case TUESDAY -> "tirsdag";
            case WEDNESDAY -> "onsdag";
            case THURSDAY -> "torsdag";
            case FRIDAY -> "fredag";
            case SATURDAY -> "lørdag";
            case SUNDAY -> "søndag";
        };
    }
}
