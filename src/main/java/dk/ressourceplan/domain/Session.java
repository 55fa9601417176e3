package dk.ressourceplan.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * When one session of a demand takes place: a co-teaching lesson (in one of the class's own lessons, every
 * week), a fortnightly meeting (in a meeting window, week A or B) or a presence block. Whoever covers the
 * {@link Assignment} of each of its seats attends it (one assignment per seat: one person each). The seats are the
 * assignments themselves, not their ids, so that the score, the moves and the plan's output reach a seat's person
 * without a look-up.
 */
@PlanningEntity
public class Session {

    @PlanningId
    private String id;
    private Demand demand;
    private int number;
    private School school;
    private SchoolClass schoolClass;
    private List<Assignment> seats;
    private List<TimeSlot> candidateSlots;
    private TravelTimes travel;
    /** The school's place in the travel table, so that a drive is two array look-ups. */
    private int schoolIndex;
    private TimeSlot publishedSlot;
    private boolean pinned;
    private boolean locked;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots")
    private TimeSlot slot;

    public Session() {
    }

    public Session(String id, Demand demand, int number, School school, SchoolClass schoolClass,
            List<Assignment> seats, List<TimeSlot> candidateSlots, TravelTimes travel) {
        this.id = id;
        this.seats = seats;
        this.demand = demand;
        this.number = number;
        this.school = school;
        this.schoolClass = schoolClass;
        this.candidateSlots = candidateSlots;
        this.travel = travel;
        this.schoolIndex = travel == null ? -1 : travel.indexOf(school);
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<TimeSlot> getCandidateSlots() {
        return candidateSlots;
    }

    /** The assignment that fills seat {@code index} (from 0) of this session, or null past the last seat. */
    public Assignment seat(int index) {
        return index < seats.size() ? seats.get(index) : null;
    }

    /** The assignments that fill this session's seats, seat by seat. */
    public List<Assignment> getSeats() {
        return seats;
    }

    public DemandType getType() {
        return demand.type();
    }

    /** Whether the slot lies where this kind of session may lie: a class lesson, a meeting window, the school day. */
    public boolean slotIsAllowed() {
        return switch (demand.type()) {
            case CO_TEACHING -> isCandidate(slot);
            case COLLABORATION_MEETING, COORDINATION_MEETING -> school.meetingWindowContains(slot);
            case PRESENCE, PROGRAMME -> school.dayContains(slot);
        };
    }

    /**
     * Whether the slot is one of the candidates: asked at every move of a lesson, and a slot the solver chose is one
     * of the very candidate objects, so they are compared by identity before they are compared by value.
     */
    private boolean isCandidate(TimeSlot slot) {
        for (TimeSlot candidate : candidateSlots) {
            if (candidate == slot) {
                return true;
            }
        }
        return candidateSlots.contains(slot);
    }

    /** True in a rerun when this session lies at another time than in the published plan. */
    public boolean movedFromPublishedTime() {
        return publishedSlot != null && !publishedSlot.equals(slot);
    }

    /** The minutes of this session's own time per fortnight: a weekly session counts twice. */
    public int minutesPerFortnight() {
        return slot == null ? 0 : slot.minutes() * slot.week().timesPerFortnight();
    }

    public int travelMinutesTo(Session other) {
        return travel.between(schoolIndex, other.schoolIndex);
    }

    /** The longest drive from this session's school to any other school. */
    public int longestDriveFromHere() {
        return travel.longestFrom(schoolIndex);
    }

    /** The school's place in the travel table: two sessions are at one school when their places are the same. */
    public int getSchoolIndex() {
        return schoolIndex;
    }

    public int travelMinutesFromBase(Staff staff) {
        return travel.fromBase(staff, schoolIndex);
    }

    /** The person's drives from their base to every school, to be asked of several sessions ({@link #travelMinutesFrom}). */
    public TravelTimes.FromBase drivesFromBaseOf(Staff staff) {
        return travel.drivesFromBaseOf(staff);
    }

    /** Minutes from a person's base to this session's school. */
    public int travelMinutesFrom(TravelTimes.FromBase base) {
        return base.to(schoolIndex);
    }

    public String getId() {
        return id;
    }

    public Demand getDemand() {
        return demand;
    }

    public int getNumber() {
        return number;
    }

    public School getSchool() {
        return school;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    public TimeSlot getPublishedSlot() {
        return publishedSlot;
    }

    public void setPublishedSlot(TimeSlot publishedSlot) {
        this.publishedSlot = publishedSlot;
    }

    /**
     * Whether the solver may not change this entity: a rerun pins what it must keep ({@link #setPinned}), a planner
     * locks what the plan must keep ({@link #setLocked}).
     */
    @PlanningPin
    public boolean isPinned() {
        return pinned || locked;
    }

    /** Whether a planner has locked its time and the people in its seats: kept by every solve, continued solve and rerun. */
    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    /**
     * In a part of the term that has only week {@code week} (A or B): the session may move only to times of that
     * week (or every week), so that a fortnightly session neither disappears from the fortnight nor comes twice.
     */
    public void keepToWeek(Week week) {
        candidateSlots = candidateSlots.stream().filter(s -> s.week() == week || s.week() == Week.AB).toList();
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + "@" + slot;
    }
}
