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
 * {@link Assignment} named by each of its seat keys attends it (one key per seat: one person each).
 */
@PlanningEntity
public class Session {

    @PlanningId
    private String id;
    private Demand demand;
    private int number;
    private School school;
    private SchoolClass schoolClass;
    private List<String> seatKeys;
    private List<TimeSlot> candidateSlots;
    private TravelTimes travel;
    private TimeSlot publishedSlot;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots")
    private TimeSlot slot;

    public Session() {
    }

    public Session(String id, Demand demand, int number, School school, SchoolClass schoolClass,
            List<String> seatKeys, List<TimeSlot> candidateSlots, TravelTimes travel) {
        this.id = id;
        this.seatKeys = seatKeys;
        this.demand = demand;
        this.number = number;
        this.school = school;
        this.schoolClass = schoolClass;
        this.candidateSlots = candidateSlots;
        this.travel = travel;
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<TimeSlot> getCandidateSlots() {
        return candidateSlots;
    }

    /** The id of the assignment that fills seat {@code index} of this session, or null past the last seat. */
    public String seatKey(int index) {
        return index < seatKeys.size() ? seatKeys.get(index) : null;
    }

    public List<String> getSeatKeys() {
        return seatKeys;
    }

    public DemandType getType() {
        return demand.type();
    }

    /** Whether the slot lies where this kind of session may lie: a class lesson, a meeting window, the school day. */
    public boolean slotIsAllowed() {
        return switch (demand.type()) {
            case CO_TEACHING -> candidateSlots.contains(slot);
            case COLLABORATION_MEETING -> school.meetingWindowContains(slot);
            case PRESENCE -> school.dayContains(slot);
        };
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
        return travel.between(school, other.school);
    }

    public int travelMinutesFromBase(Staff staff) {
        return travel.fromBase(staff, school);
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

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return id + "@" + slot;
    }
}
