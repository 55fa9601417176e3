package dk.ressourceplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.io.workbook.TermWorkbook;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The largest term the validator takes, written as the workbook, imports again: the lists that fill a sheet a row
 * an item (class lessons a row per class and weekday, unavailable times, demands, travel times, holidays) are bounded
 * so that they fit its 50,000 rows, and the file stays under the size limit.
 */
class LargestTermWorkbookTest {

    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    @Test
    void aTermAtTheLimitsRoundTripsThroughTheWorkbook() throws Exception {
        PlanDocument largest = PlanReader.read(Json.mapper().writeValueAsBytes(largestTerm()));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();

        TermWorkbook.write(largest, workbook);

        assertTrue(workbook.size() <= TermWorkbook.MAX_FILE_BYTES, workbook.size() + " bytes");
        PlanDocument again = TermWorkbook.read(workbook.toByteArray());
        assertEquals(InputValidator.MAX_CLASSES, again.classes().size());
        assertEquals(InputValidator.MAX_STAFF * InputValidator.MAX_UNAVAILABLE,
                again.staff().stream().mapToInt(person -> person.unavailable().size()).sum());
        assertEquals(InputValidator.MAX_HOLIDAYS, again.term().holidays().size());
        assertEquals(largest, again);
    }

    private static ObjectNode largestTerm() {
        ObjectNode term = Json.mapper().createObjectNode();
        LocalDate first = LocalDate.parse("2027-01-04");
        ObjectNode dates = term.putObject("term").put("name", "Skoleåret 2027").put("firstDate", first.toString())
                .put("lastDate", first.plusYears(1).minusDays(1).toString());
        ArrayNode holidays = dates.putArray("holidays");
        for (int week = 1; holidays.size() < 35; week++) {
            holidays.add(String.format("2027-W%02d", week));
        }
        for (LocalDate day = first; holidays.size() < InputValidator.MAX_HOLIDAYS; day = day.plusDays(1)) {
            holidays.add(day.toString());
        }
        ArrayNode schools = term.putArray("schools");
        for (int s = 0; s < InputValidator.MAX_SCHOOLS_PER_TERM; s++) {
            ObjectNode school = schools.addObject().put("id", "s" + s).put("name", "Skole " + s)
                    .put("lat", 55 + s / 1000.0).put("lon", 10 + s / 1000.0);
            DAYS.forEach(day -> school.withArray("schoolDay").addObject().put("day", day).put("start", "08:00")
                    .put("end", "15:00"));
            school.putArray("meetingWindows").addObject().put("week", "AB").put("day", "TUESDAY")
                    .put("start", "12:00").put("end", "15:00");
            for (int period = 1; period <= 6; period++) {
                school.withArray("lessonGrid").addObject().put("period", period)
                        .put("start", String.format("%02d:00", 7 + period)).put("end", String.format("%02d:45", 7 + period));
            }
        }
        ArrayNode classes = term.putArray("classes");
        for (int c = 0; c < InputValidator.MAX_CLASSES; c++) {
            ObjectNode schoolClass = classes.addObject().put("id", "c" + c)
                    .put("schoolId", "s" + c % InputValidator.MAX_SCHOOLS_PER_TERM).put("name", c % 10 + ".A")
                    .put("needLevel", "yellow");
            for (String day : DAYS) {
                for (int period = 1; period <= 6; period++) {
                    schoolClass.withArray("lessons").addObject().put("day", day).put("period", period);
                }
            }
        }
        ArrayNode staff = term.putArray("staff");
        for (int p = 0; p < InputValidator.MAX_STAFF; p++) {
            ObjectNode person = staff.addObject().put("id", "p" + p).put("name", "Medarbejder " + p)
                    .put("role", "co-teacher").put("hoursPerWeek", 30);
            person.putArray("competences").add("reading");
            for (String week : List.of("A", "B")) {
                for (String day : DAYS) {
                    person.withArray("unavailable").addObject().put("week", week).put("day", day)
                            .put("start", "08:00").put("end", "09:00");
                    person.withArray("unavailable").addObject().put("week", week).put("day", day)
                            .put("start", "14:00").put("end", "15:00");
                }
            }
        }
        ArrayNode demands = term.putArray("demands");
        for (int d = 0; d < InputValidator.MAX_DEMANDS; d++) {
            demands.addObject().put("id", "d" + d).put("type", "co-teaching")
                    .put("classId", "c" + d % InputValidator.MAX_CLASSES).put("competence", "reading")
                    .put("lessonsPerWeek", 2);
        }
        ArrayNode travel = term.putObject("travel").putArray("minutes");
        for (int from = 0; travel.size() < InputValidator.MAX_TRAVEL_MINUTES; from++) {
            for (int to = from + 1; to < InputValidator.MAX_SCHOOLS_PER_TERM
                    && travel.size() < InputValidator.MAX_TRAVEL_MINUTES; to++) {
                travel.addObject().put("from", "s" + from).put("to", "s" + to).put("minutes", 5 + (from + to) % 40);
            }
        }
        return term;
    }
}
