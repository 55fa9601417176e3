package dk.ressourceplan.solver;

import java.util.List;

/** The names of the rules, as the planner reads them in the analysis and as weights are overridden. */
public final class ConstraintNames {

    public static final String DOUBLE_BOOKED = "Staff member in two places at once";
    public static final String TRAVEL_DOES_NOT_FIT = "Travel time does not fit between sessions";
    public static final String STAFF_UNAVAILABLE = "Session in staff member's unavailable time";
    public static final String OUTSIDE_SCHOOL_DAY = "Session outside the school day";
    public static final String OUTSIDE_CLASS_LESSONS = "Co-teaching outside the class's lessons";
    public static final String OUTSIDE_MEETING_WINDOWS = "Meeting outside the school's meeting windows";
    public static final String LACKS_ROLE_OR_COMPETENCE = "Staff member lacks role or competence";
    public static final String DEMAND_SESSIONS_CLASH = "Two sessions of one demand at once";
    public static final String WEEKLY_HOURS_EXCEEDED = "Weekly hours including travel exceeded";
    public static final String DAILY_MAXIMUM_EXCEEDED = "Daily maximum exceeded";
    public static final String TOO_MANY_SCHOOLS = "Too many schools for one staff member";
    public static final String ASSIGNED_HOURS_EXCEEDED = "Assigned hours exceed the hours available";
    public static final String DEMAND_NOT_COVERED = "Demand not covered";
    public static final String SEVERAL_CO_TEACHERS = "Class has more than one co-teacher for a competence";
    public static final String SEVERAL_PPR_CONTACTS = "School has more than one PPR contact";
    public static final String TRAVEL_TIME = "Travel time";
    public static final String SEVERAL_SCHOOLS_A_DAY = "More than one school in a day";
    public static final String IDLE_TIME = "Idle time between sessions";
    public static final String UNEVEN_UTILISATION = "Uneven utilisation across staff";
    public static final String UNEVEN_COVERAGE = "Uneven coverage across schools";
    public static final String MEETING_LOAD = "Meeting hours above their share";
    public static final String NON_PREFERRED_SCHOOL = "Staff member at a non-preferred school";
    public static final String NON_PREFERRED_DAY = "Session on a non-preferred day";
    public static final String MOVED_TO_ANOTHER_PERSON = "Session moved to another person than published";
    public static final String MOVED_TO_ANOTHER_TIME = "Session moved to another time than published";

    /** The preferences a municipality may weigh differently; hard and medium rules are not negotiable. */
    public static final List<String> ADJUSTABLE = List.of(SEVERAL_CO_TEACHERS, SEVERAL_PPR_CONTACTS, TRAVEL_TIME,
            SEVERAL_SCHOOLS_A_DAY, IDLE_TIME, UNEVEN_UTILISATION, UNEVEN_COVERAGE, MEETING_LOAD, NON_PREFERRED_SCHOOL,
            NON_PREFERRED_DAY, MOVED_TO_ANOTHER_PERSON, MOVED_TO_ANOTHER_TIME);

    private ConstraintNames() {
    }
}
