package dk.ressourceplan.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * Who covers a demand: one per co-teaching demand, one per presence demand, and one per seat of a
 * collaboration meeting. All sessions of the demand go to this person, so a class keeps one co-teacher for a
 * competence and a meeting keeps its faces all term. {@code staff == null} means uncovered.
 */
@PlanningEntity
public class Assignment {

    @PlanningId
    private String id;
    private Demand demand;
    private int seat;
    private School school;
    private SchoolClass schoolClass;
    private List<Role> roles;
    private NeedLevel priority;
    private int minutesPerFortnight;
    private int schoolDemandMinutesPerFortnight;
    private List<Staff> eligibleStaff;
    private Staff publishedStaff;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "eligibleStaff", allowsUnassigned = true)
    private Staff staff;

    public Assignment() {
    }

    public Assignment(String id, Demand demand, int seat, School school, SchoolClass schoolClass, List<Role> roles,
            NeedLevel priority, int minutesPerFortnight, List<Staff> eligibleStaff) {
        this.id = id;
        this.demand = demand;
        this.seat = seat;
        this.school = school;
        this.schoolClass = schoolClass;
        this.roles = roles;
        this.priority = priority;
        this.minutesPerFortnight = minutesPerFortnight;
        this.eligibleStaff = eligibleStaff;
    }

    @ValueRangeProvider(id = "eligibleStaff")
    public List<Staff> getEligibleStaff() {
        return eligibleStaff;
    }

    /** Whether the assigned person has a role this seat accepts and the competence the demand asks for. */
    public boolean staffQualifies() {
        return staff == null || (roles.contains(staff.role()) && staff.has(demand.competence()));
    }

    public boolean isPprSeat() {
        return demand.type() != DemandType.CO_TEACHING && roles.stream().allMatch(Role::isPpr);
    }

    /** Medium-level penalty when uncovered: priority weight per minute, times the minutes per fortnight. */
    public long uncoveredPenalty() {
        return (long) priority.weightPerMinute() * minutesPerFortnight;
    }

    public String getId() {
        return id;
    }

    public Demand getDemand() {
        return demand;
    }

    public int getSeat() {
        return seat;
    }

    public School getSchool() {
        return school;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public NeedLevel getPriority() {
        return priority;
    }

    public int getMinutesPerFortnight() {
        return minutesPerFortnight;
    }

    public int getSchoolDemandMinutesPerFortnight() {
        return schoolDemandMinutesPerFortnight;
    }

    public void setSchoolDemandMinutesPerFortnight(int minutes) {
        this.schoolDemandMinutesPerFortnight = minutes;
    }

    public Staff getStaff() {
        return staff;
    }

    public void setStaff(Staff staff) {
        this.staff = staff;
    }

    public Staff getPublishedStaff() {
        return publishedStaff;
    }

    public void setPublishedStaff(Staff publishedStaff) {
        this.publishedStaff = publishedStaff;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + "->" + (staff == null ? "uncovered" : staff.id());
    }
}
