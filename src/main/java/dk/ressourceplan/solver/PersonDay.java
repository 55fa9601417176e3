package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;

/** One staff member's day in one single week: what a route, a daily maximum and a wait are measured over. */
record PersonDay(Staff staff, Week week, DayOfWeek day) {

    static PersonDay of(Visit visit) {
        return new PersonDay(visit.staff(), visit.week(), visit.day());
    }
}
