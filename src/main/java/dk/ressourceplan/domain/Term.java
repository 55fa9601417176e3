package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A school term, planned as a repeating fortnight. Weeks are counted from the Monday of the first date: the
 * first week is {@code firstWeek} (A unless given) and the weeks alternate from there, holiday weeks included,
 * so the A/B rhythm a school knows does not shift after a holiday. Holidays are ISO weeks ("2027-W07") or
 * single dates ("2027-05-06").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(String name, LocalDate firstDate, LocalDate lastDate, Week firstWeek, List<String> holidays) {

    public Term {
        firstWeek = firstWeek == null ? Week.A : firstWeek;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
