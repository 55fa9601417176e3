package dk.ressourceplan.domain;

import static dk.ressourceplan.domain.Rule.Level.HARD;
import static dk.ressourceplan.domain.Rule.Level.MEDIUM;
import static dk.ressourceplan.domain.Rule.Level.SOFT;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of the plan in one table: the names as the planner reads them in the analysis and as weights are
 * overridden, the Danish name the page shows, with each rule's level, default weight and unit. The solver weighs its constraints by this table,
 * and the workbook's guide states the defaults from it, so the two cannot tell a planner different numbers.
 */
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
    public static final String TOO_MANY_PROGRAMMES = "Staff member runs more programmes at once than allowed";
    public static final String COORDINATION_WITHOUT_PPR_CONTACT = "Coordination meeting without the school's PPR contact";
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

    private static final String PER_MINUTE_DA = "pr. minut";
    private static final String PER_MINUTE_EN = "per minute";
    private static final String PER_MINUTE_OVER_DA = "pr. minut over";
    private static final String PER_MINUTE_OVER_EN = "per minute over";
    private static final String PER_MINUTE_OF_OVERLAP_DA = "pr. minut, de overlapper";
    private static final String PER_MINUTE_OF_OVERLAP_EN = "per minute of overlap";
    private static final String PER_EXTRA_PERSON_DA = "pr. ekstra person";
    private static final String PER_EXTRA_PERSON_EN = "per extra person";
    private static final String PER_UNFAIRNESS_DA = "pr. enhed ulighed";
    private static final String PER_UNFAIRNESS_EN = "per unit of unfairness";
    private static final String PER_TEN_MINUTES_DA = "pr. 10 minutter";
    private static final String PER_TEN_MINUTES_EN = "per 10 minutes";
    private static final String PER_SESSION_DA = "pr. aftale";
    private static final String PER_SESSION_EN = "per session";

    /** In the order the solver defines them: hard, medium, soft, then the two that only a rerun breaks. */
    public static final List<Rule> RULES = List.of(
            new Rule(DOUBLE_BOOKED, "Medarbejder to steder på samme tid", HARD, 1, PER_MINUTE_OF_OVERLAP_DA, PER_MINUTE_OF_OVERLAP_EN),
            new Rule(TRAVEL_DOES_NOT_FIT, "Kørslen kan ikke nås mellem to aftaler", HARD, 1, "pr. manglende minut", "per missing minute"),
            new Rule(STAFF_UNAVAILABLE, "Aftale i medarbejderens fraværstid", HARD, 1, PER_MINUTE_DA, PER_MINUTE_EN),
            new Rule(OUTSIDE_SCHOOL_DAY, "Aftale uden for skoledagen", HARD, 1, PER_MINUTE_DA, PER_MINUTE_EN),
            new Rule(OUTSIDE_CLASS_LESSONS, "Co-teaching uden for klassens lektioner", HARD, 1, PER_MINUTE_DA, PER_MINUTE_EN),
            new Rule(OUTSIDE_MEETING_WINDOWS, "Møde uden for skolens mødetider", HARD, 1, PER_MINUTE_DA, PER_MINUTE_EN),
            new Rule(LACKS_ROLE_OR_COMPETENCE, "Medarbejderen mangler rolle eller kompetence", HARD, 1, "pr. minut pr. 14 dage", "per minute per fortnight"),
            new Rule(DEMAND_SESSIONS_CLASH, "To aftaler for samme behov på samme tid", HARD, 1, PER_MINUTE_OF_OVERLAP_DA, PER_MINUTE_OF_OVERLAP_EN),
            new Rule(WEEKLY_HOURS_EXCEEDED, "Ugens timer inkl. kørsel overskredet", HARD, 1, PER_MINUTE_OVER_DA, PER_MINUTE_OVER_EN),
            new Rule(DAILY_MAXIMUM_EXCEEDED, "Dagens maksimum overskredet", HARD, 1, PER_MINUTE_OVER_DA, PER_MINUTE_OVER_EN),
            new Rule(TOO_MANY_SCHOOLS, "For mange skoler for én medarbejder", HARD, 1, "pr. skole for meget", "per school over"),
            new Rule(ASSIGNED_HOURS_EXCEEDED, "Tildelte timer overstiger timerne til rådighed", HARD, 1, PER_MINUTE_OVER_DA, PER_MINUTE_OVER_EN),
            new Rule(TOO_MANY_PROGRAMMES, "Medarbejderen har flere forløb i gang på samme tid end tilladt", HARD, 1, "pr. forløb for meget", "per programme over"),
            // The priority's own weight per minute is the need level's (NeedLevel.weightPerMinute).
            new Rule(DEMAND_NOT_COVERED, "Behov uden medarbejder", MEDIUM, 1, "pr. udækket minut pr. 14 dage gange prioritetens vægt",
                    "per uncovered minute per fortnight times the priority's weight"),
            new Rule(SEVERAL_CO_TEACHERS, "Klassen har flere ressourcepersoner i samme fag", SOFT, 200, PER_EXTRA_PERSON_DA, PER_EXTRA_PERSON_EN),
            new Rule(SEVERAL_PPR_CONTACTS, "Skolen har mere end én PPR-kontakt", SOFT, 1000, PER_EXTRA_PERSON_DA, PER_EXTRA_PERSON_EN),
            new Rule(COORDINATION_WITHOUT_PPR_CONTACT, "Koordinerings- og prioriteringsmøde uden skolens PPR-kontakt", SOFT, 1000, "pr. møde", "per meeting"),
            new Rule(TRAVEL_TIME, "Kørsel", SOFT, 3, PER_MINUTE_DA, PER_MINUTE_EN),
            new Rule(SEVERAL_SCHOOLS_A_DAY, "Mere end én skole på en dag", SOFT, 30, "pr. ekstra skole", "per extra school"),
            new Rule(IDLE_TIME, "Ventetid mellem aftaler", SOFT, 1, PER_MINUTE_OVER_DA, PER_MINUTE_OVER_EN),
            new Rule(UNEVEN_UTILISATION, "Ujævn udnyttelse af medarbejderne", SOFT, 1, PER_UNFAIRNESS_DA, PER_UNFAIRNESS_EN),
            new Rule(UNEVEN_COVERAGE, "Ujævn dækning mellem skolerne", SOFT, 1, PER_UNFAIRNESS_DA, PER_UNFAIRNESS_EN),
            new Rule(MEETING_LOAD, "Mødetimer over den aftalte andel", SOFT, 1, PER_MINUTE_OVER_DA, PER_MINUTE_OVER_EN),
            new Rule(NON_PREFERRED_SCHOOL, "Medarbejder på en skole, vedkommende ikke har ønsket", SOFT, 1, PER_TEN_MINUTES_DA, PER_TEN_MINUTES_EN),
            new Rule(NON_PREFERRED_DAY, "Aftale på en dag, medarbejderen ikke har ønsket", SOFT, 1, PER_TEN_MINUTES_DA, PER_TEN_MINUTES_EN),
            // High, so that a rerun changes only what it must.
            new Rule(MOVED_TO_ANOTHER_PERSON, "Aftale flyttet til en anden end i den offentliggjorte plan", SOFT, 1000, PER_SESSION_DA, PER_SESSION_EN),
            new Rule(MOVED_TO_ANOTHER_TIME, "Aftale flyttet til et andet tidspunkt end i den offentliggjorte plan", SOFT, 1000, PER_SESSION_DA, PER_SESSION_EN));

    /** The preferences a municipality may weigh differently. */
    public static final List<String> ADJUSTABLE = RULES.stream().filter(Rule::adjustable).map(Rule::name).toList();

    private static final Map<String, Rule> BY_NAME = RULES.stream()
            .collect(Collectors.toUnmodifiableMap(Rule::name, Function.identity()));

    private ConstraintNames() {
    }

    /** The rule of this name; a name that is no rule has no level or default to give. */
    public static Rule rule(String name) {
        Rule rule = BY_NAME.get(name);
        if (rule == null) {
            throw new IllegalArgumentException("no rule is named " + name);
        }
        return rule;
    }
}
