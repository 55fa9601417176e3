package dk.ressourceplan.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The planning solution: a term's fortnight template. Hard score: the plan cannot be used. Medium: demand left
 * uncovered, by priority and minutes. Soft: the planner's preferences.
 */
@PlanningSolution
public class StaffPlan {

    @ProblemFactCollectionProperty
    private List<School> schools;
    @ProblemFactCollectionProperty
    private List<SchoolClass> classes;
    @ProblemFactCollectionProperty
    private List<Staff> staff;
    @ProblemFactCollectionProperty
    private List<Demand> demands;
    @ProblemFactProperty
    private Rules rules;
    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;
    @PlanningEntityCollectionProperty
    private List<Session> sessions;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public StaffPlan() {
    }

    public StaffPlan(List<School> schools, List<SchoolClass> classes, List<Staff> staff, List<Demand> demands,
            Rules rules, List<Assignment> assignments, List<Session> sessions,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.schools = schools;
        this.classes = classes;
        this.staff = staff;
        this.demands = demands;
        this.rules = rules;
        this.assignments = assignments;
        this.sessions = sessions;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<SchoolClass> getClasses() {
        return classes;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<Demand> getDemands() {
        return demands;
    }

    public Rules getRules() {
        return rules;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
