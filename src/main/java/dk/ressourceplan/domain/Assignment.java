package dk.ressourceplan.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * Who covers one seat: a co-teaching demand, a presence demand, or a seat at a collaboration meeting. All sessions
 * of the seat go to this person, so a class keeps one co-teacher for a competence and a meeting keeps its faces
 * all term. {@code staff == null} means uncovered. {@code minutesPerFortnight} is what the seat is expected to
 * take before its sessions have times (see {@code PlanBuilder.expectedMinutesPerFortnight}).
 */
@PlanningEntity
public class Assignment {

    @PlanningId
    private String id;
    private List<Seat> seats;
    private School school;
    private SchoolClass schoolClass;
    private List<Role> roles;
    private Competence competence;
    private NeedLevel priority;
    private int minutesPerFortnight;
    private int schoolDemandMinutesPerFortnight;
    private int sessionCount;
    private List<Staff> eligibleStaff;
    private Staff publishedStaff;
    private boolean pinned;
    private boolean locked;
    /** Read by the score and the moves at every change of a seat, so worked out once from the seat's roles. */
    private boolean pprSeat;
    private PprFunction pprFunction;

    @PlanningVariable(valueRangeProviderRefs = "eligibleStaff", allowsUnassigned = true)
    private Staff staff;

    public Assignment() {
    }

    public Assignment(String id, List<Seat> seats, School school, SchoolClass schoolClass, List<Role> roles,
            Competence competence, NeedLevel priority, List<Staff> eligibleStaff) {
        this.id = id;
        this.seats = seats;
        this.school = school;
        this.schoolClass = schoolClass;
        this.roles = roles;
        this.competence = competence;
        this.priority = priority;
        this.minutesPerFortnight = seats.stream().mapToInt(Seat::minutesPerFortnight).sum();
        this.eligibleStaff = eligibleStaff;
        this.pprSeat = !isCoTeaching() && roles.stream().allMatch(Role::isPpr);
        this.pprFunction = pprSeat ? PprFunction.of(roles) : null;
    }

    @ValueRangeProvider(id = "eligibleStaff")
    public List<Staff> getEligibleStaff() {
        return eligibleStaff;
    }

    /** Whether the assigned person has a role these seats accept and the competence the demand asks for. */
    public boolean staffQualifies() {
        return staff == null || (roles.contains(staff.role()) && staff.has(competence));
    }

    public boolean isCoTeaching() {
        return seats.get(0).demand().type() == DemandType.CO_TEACHING;
    }

    public boolean isPprSeat() {
        return pprSeat;
    }

    /** A PPR seat of the fortnight's work (collaboration meeting, presence): whoever fills it is a PPR contact. */
    public boolean isFortnightPprSeat() {
        return isPprSeat() && !getDemand().type().isDated();
    }

    /** A PPR seat at a coordination meeting: the school's PPR contact's place. */
    public boolean isCoordinationPprSeat() {
        return isPprSeat() && getDemand().type() == DemandType.COORDINATION_MEETING;
    }

    public boolean isProgramme() {
        return getDemand().type() == DemandType.PROGRAMME;
    }

    /**
     * Which PPR service a PPR seat belongs to: a school has one contact per function, so a speech and hearing
     * consultant beside the school's psychologist is not a second contact. Null for other seats.
     */
    public PprFunction getPprFunction() {
        return pprFunction;
    }

    /** Medium-level penalty when uncovered: priority weight per minute, times the minutes per fortnight. */
    public long uncoveredPenalty() {
        return (long) priority.weightPerMinute() * minutesPerFortnight;
    }

    public String getId() {
        return id;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public Demand getDemand() {
        return seats.get(0).demand();
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

    public Competence getCompetence() {
        return competence;
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

    /** How many sessions of the fortnight template this person attends: what a change of person upsets. */
    public int getSessionCount() {
        return sessionCount;
    }

    public void setSessionCount(int sessionCount) {
        this.sessionCount = sessionCount;
    }

    /** True in a rerun when this demand goes to someone else than in the published plan. */
    public boolean movedFromPublishedPerson() {
        return publishedStaff != null && !publishedStaff.equals(staff);
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

    /**
     * Whether the solver may not change this entity: a rerun pins what it must keep ({@link #setPinned}), a planner
     * locks what the plan must keep ({@link #setLocked}).
     */
    @PlanningPin
    public boolean isPinned() {
        return pinned || locked;
    }

    /** Whether a planner has locked its person: kept by every solve, continued solve and rerun. */
    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + "->" + (staff == null ? "uncovered" : staff.id());
    }
}
