package dk.ressourceplan.io;

/**
 * Where in a file a problem is, as a planner reads it: "Medarbejdere, række 7, 'Timer pr. uge'" in a workbook,
 * "GPU001.TXT, linje 12, 'Klasse'" in a timetable export, or the whole file's name when the problem has no place.
 */
public final class Places {

    private Places() {
    }

    /**
     * @param part       the sheet or file, or null when the problem is the whole input's
     * @param number     the row or line, or null
     * @param numberWord "række", "row", "linje", "line"
     * @param field      the column or field, or null
     * @param whole      what the whole input is called ("Projektmappen")
     */
    public static String of(String part, Integer number, String numberWord, String field, String whole) {
        if (part == null) {
            return whole;
        }
        StringBuilder place = new StringBuilder(part);
        if (number != null) {
            place.append(", ").append(numberWord).append(' ').append(number);
        }
        if (field != null) {
            place.append(", '").append(field).append('\'');
        }
        return place.toString();
    }
}
