package dk.ressourceplan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The term as JSON: the problem a planner submits (term, schools, classes, staff, demands, optional travel,
 * weights and rules) and, once solved, the same document with {@code sessions}, {@code uncovered},
 * {@code kpis} and {@code score}. Exports, reruns and the page all read exactly this.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"term", "schools", "classes", "staff", "demands", "travel", "weights", "rules", "score", "kpis",
        "uncovered", "sessions"})
public record PlanDocument(Term term, List<School> schools, List<SchoolClass> classes, List<Staff> staff,
        List<Demand> demands, TravelSettings travel, Map<String, Long> weights, Rules rules, String score, Kpis kpis,
        List<Uncovered> uncovered, List<PlanSession> sessions) {

    public PlanDocument {
        schools = schools == null ? List.of() : List.copyOf(schools);
        classes = classes == null ? List.of() : List.copyOf(classes);
        staff = staff == null ? List.of() : List.copyOf(staff);
        demands = demands == null ? List.of() : List.copyOf(demands);
    }

    /** The problem alone, without any solution. */
    public PlanDocument problem() {
        return new PlanDocument(term, schools, classes, staff, demands, travel, weights, rules, null, null, null, null);
    }

    public PlanDocument withSolution(String newScore, Kpis newKpis, List<Uncovered> newUncovered,
            List<PlanSession> newSessions) {
        return new PlanDocument(term, schools, classes, staff, demands, travel, weights, rules, newScore, newKpis,
                newUncovered, newSessions);
    }

    public TravelSettings travelOrDefaults() {
        return travel == null ? TravelSettings.defaults() : travel;
    }

    public Rules rulesOrDefaults() {
        return rules == null ? Rules.defaults() : rules;
    }
}
