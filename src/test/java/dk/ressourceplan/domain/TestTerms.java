package dk.ressourceplan.domain;

import java.time.LocalDate;
import java.util.List;

/** Terms with real Danish holidays, shared by the tests of the calendar and of the exports. */
public final class TestTerms {

    private TestTerms() {
    }

    /**
     * Spring 2027, Monday 4 January to Friday 25 June: winter holiday in ISO week 7, Easter (Maundy Thursday,
     * Good Friday, Easter Monday), Ascension Day and the Friday after it, Whit Monday.
     */
    public static Term spring2027() {
        return new Term("Forår 2027", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 25),
                Week.A, List.of("2027-W07", "2027-03-25", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-07",
                        "2027-05-17"));
    }
}
