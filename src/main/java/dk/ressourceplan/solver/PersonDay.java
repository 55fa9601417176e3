package dk.ressourceplan.solver;

import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.Week;
import java.time.DayOfWeek;

/** One staff member's day in one single week: what a route, a daily maximum and a wait are measured over. */
record PersonDay(Staff staff, Week week, DayOfWeek day) {

    static PersonDay of(Visit visit) {
        return new PersonDay(visit.staff(), visit.week(), visit.day());
    }

    /**
     * By the staff member's id, which is unique in a plan: the score looks a day up every time one of its visits
     * changes, and a staff member's own hash goes through every field and list of the record.
     */
    @Override
    public int hashCode() {
        return (staff.id().hashCode() * 31 + week.ordinal()) * 31 + day.ordinal();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonDay that && week == that.week && day == that.day && staff.equals(that.staff);
    }
}
