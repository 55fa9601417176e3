package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.io.InputValidator;
import dk.ressourceplan.io.InvalidInputException;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.io.ValidationError;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Repairs a published plan after staff changes, from an effective date, without upsetting what works: what lies
 * before the date is history and stays as published; schools the changes do not touch keep their fortnight
 * exactly (their sessions are pinned); at the touched schools the solver starts from the published plan and pays
 * for every session it gives to another person or moves to another time, so it changes only what it must.
 */
public final class Rerun {

    /** A moved session costs this much on the soft level, or one point per session on the medium level. */
    static final long SOFT_CHANGE_WEIGHT = 1000;

    private Rerun() {
    }

    public static PlanDocument rerun(PlanDocument published, ChangeSet changes, Duration limit) {
        return rerun(published, changes, limit, plan -> { });
    }

    public static PlanDocument rerun(PlanDocument published, ChangeSet changes, Duration limit,
            Consumer<StaffPlan> onBestSolution) {
        return rerun(published, changes, SolverSettings.config(limit), onBestSolution);
    }

    static PlanDocument rerun(PlanDocument published, ChangeSet changes, SolverConfig config,
            Consumer<StaffPlan> onBestSolution) {
        Solver<StaffPlan> solver = SolverFactory.<StaffPlan>create(config).buildSolver();
        solver.addEventListener(event -> onBestSolution.accept(event.getNewBestSolution()));
        PlanDocument problem = changedProblem(published, changes);
        return result(published, problem, changes, solver.solve(prepare(published, problem, changes)));
    }

    /** The term as it stands from the effective date: the published problem with the changes applied, validated. */
    public static PlanDocument changedProblem(PlanDocument published, ChangeSet changes) {
        Map<String, Staff> staff = new LinkedHashMap<>();
        published.staff().forEach(person -> staff.put(person.id(), person));
        Map<String, Demand> demands = new LinkedHashMap<>();
        published.demands().forEach(demand -> demands.put(demand.id(), demand));
        for (Change change : changes.changes()) {
            switch (change.type()) {
                case Change.STAFF_UNAVAILABLE -> staff.computeIfPresent(change.staffId(), (id, person) -> person.withHoursPerWeek(0));
                case Change.STAFF_HOURS_CHANGED ->
                        staff.computeIfPresent(change.staffId(), (id, person) -> person.withHoursPerWeek(change.hoursPerWeek()));
                case Change.STAFF_ADDED -> staff.put(change.staff().id(), change.staff());
                case Change.DEMAND_ADDED, Change.DEMAND_CHANGED -> demands.put(change.demand().id(), change.demand());
                case Change.DEMAND_REMOVED -> demands.remove(change.demandId());
                default -> throw new IllegalArgumentException("unknown change type " + change.type());
            }
        }
        PlanDocument problem = new PlanDocument(published.term(), published.schools(), published.classes(),
                List.copyOf(staff.values()), List.copyOf(demands.values()), published.travel(), published.weights(),
                published.rules(), null, null, null, null);
        JsonNode tree = Json.mapper().valueToTree(problem);
        List<ValidationError> errors = InputValidator.validate(tree).stream()
                .map(e -> new ValidationError("afterChanges." + e.path(), "after the changes: " + e.message(),
                        "efter ændringerne: " + e.messageDa()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return problem;
    }

    /** The planning problem of the rerun, starting from the published plan, with untouched schools pinned. */
    static StaffPlan prepare(PlanDocument published, PlanDocument problem, ChangeSet changes) {
        StaffPlan plan = PlanBuilder.build(problem);
        Set<String> sessionIds = plan.getSessions().stream().map(Session::getId).collect(Collectors.toSet());
        PlanRestore.apply(plan, PlanRestore.current(published).stream()
                .filter(session -> sessionIds.contains(session.sessionId())).toList());
        for (Assignment assignment : plan.getAssignments()) {
            assignment.setPublishedStaff(assignment.getStaff());
            if (assignment.getStaff() != null && !assignment.getEligibleStaff().contains(assignment.getStaff())) {
                assignment.setStaff(null);
            }
        }
        plan.getSessions().forEach(session -> session.setPublishedSlot(session.getSlot()));

        Set<School> touched = touchedSchools(plan, changes);
        plan.getAssignments().forEach(a -> a.setPinned(!touched.contains(a.getSchool())));
        plan.getSessions().forEach(s -> s.setPinned(s.getSlot() != null && !touched.contains(s.getSchool())));
        if (changes.holdsOnMediumLevel()) {
            plan.setConstraintWeightOverrides(withChangeWeights(plan.getConstraintWeightOverrides()));
        }
        return plan;
    }

    /**
     * The schools a change reaches: where a changed staff member works, where a demand is added, changed or
     * removed, and where demand is uncovered (a new person may cover it). Everywhere else nothing may move.
     */
    static Set<School> touchedSchools(StaffPlan plan, ChangeSet changes) {
        Set<String> changedStaff = new HashSet<>();
        Set<String> changedDemands = new HashSet<>();
        for (Change change : changes.changes()) {
            switch (change.type()) {
                case Change.STAFF_UNAVAILABLE, Change.STAFF_HOURS_CHANGED -> changedStaff.add(change.staffId());
                case Change.DEMAND_ADDED, Change.DEMAND_CHANGED -> changedDemands.add(change.demand().id());
                case Change.DEMAND_REMOVED -> changedDemands.add(change.demandId());
                default -> { }
            }
        }
        Set<School> touched = new HashSet<>();
        for (Assignment assignment : plan.getAssignments()) {
            boolean changedPerson = assignment.getPublishedStaff() != null
                    && changedStaff.contains(assignment.getPublishedStaff().id());
            boolean changedDemand = assignment.getSeats().stream().anyMatch(seat -> changedDemands.contains(seat.demand().id()));
            if (changedPerson || changedDemand || assignment.getPublishedStaff() == null) {
                touched.add(assignment.getSchool());
            }
        }
        Map<String, School> schools = plan.getSchools().stream().collect(Collectors.toMap(School::id, s -> s));
        Map<String, String> schoolOfClass = plan.getClasses().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.schoolId()));
        for (Change change : changes.changes()) {
            if (Change.DEMAND_REMOVED.equals(change.type())) {
                continue;
            }
            Demand demand = change.demand();
            if (demand != null) {
                touched.add(schools.get(demand.classId() != null ? schoolOfClass.get(demand.classId()) : demand.schoolId()));
            }
        }
        touched.remove(null);
        return touched;
    }

    private static ConstraintWeightOverrides<HardMediumSoftLongScore> withChangeWeights(
            ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        for (String name : overrides.getKnownConstraintNames()) {
            weights.put(name, overrides.getConstraintWeight(name));
        }
        weights.put(ConstraintNames.MOVED_TO_ANOTHER_PERSON, HardMediumSoftLongScore.ONE_MEDIUM);
        weights.put(ConstraintNames.MOVED_TO_ANOTHER_TIME, HardMediumSoftLongScore.ONE_MEDIUM);
        return ConstraintWeightOverrides.of(weights);
    }

    /**
     * The rerun's document: sessions that did not change are kept as they were; a changed session holds as
     * published up to the day before the effective date and as replanned from it (until the end of a temporary
     * leave, after which the published session holds again).
     */
    static PlanDocument result(PlanDocument published, PlanDocument problem, ChangeSet changes, StaffPlan solved) {
        LocalDate effective = changes.effectiveDate();
        LocalDate until = temporaryUntil(changes, published.term().lastDate());
        Map<String, PlanSession> before = new LinkedHashMap<>();
        List<PlanSession> sessions = new ArrayList<>();
        for (PlanSession session : published.sessions()) {
            if (session.to() == null) {
                before.put(session.id(), session);
            } else {
                sessions.add(session);
            }
        }
        List<PlanSession> after = PlanResult.sessions(solved);
        Set<String> changedSchools = new HashSet<>();
        int changed = 0;
        for (PlanSession next : after) {
            PlanSession previous = before.remove(next.id());
            if (previous != null && previous.sameAs(next)) {
                sessions.add(previous);
                continue;
            }
            changed++;
            changedSchools.add(next.schoolId());
            if (previous != null) {
                addHistory(sessions, previous, effective, until, published.term().firstDate(), published.term().lastDate());
            }
            sessions.add(next.during(effective, until));
        }
        for (PlanSession removed : before.values()) {
            changed++;
            changedSchools.add(removed.schoolId());
            addHistory(sessions, removed, effective, until, published.term().firstDate(), published.term().lastDate());
        }
        Kpis kpis = KpiCalculator.calculate(solved).withChanges(changed, changedSchools.size());
        return problem.withSolution(solved.getScore() == null ? null : solved.getScore().toString(), kpis,
                PlanResult.uncovered(solved), sessions);
    }

    private static void addHistory(List<PlanSession> sessions, PlanSession previous, LocalDate effective,
            LocalDate until, LocalDate firstDate, LocalDate lastDate) {
        LocalDate dayBefore = effective.minusDays(1);
        boolean heldBefore = previous.from() == null ? effective.isAfter(firstDate)
                : !previous.from().isAfter(dayBefore);
        if (heldBefore) {
            sessions.add(previous.during(previous.from(), dayBefore));
        }
        if (until != null && until.isBefore(lastDate)) {
            sessions.add(previous.during(until.plusDays(1), null));
        }
    }

    /**
     * When every change is a leave with the same end date, the replanned template holds until then and the
     * published one comes back after; any other change holds for the rest of the term.
     */
    static LocalDate temporaryUntil(ChangeSet changes, LocalDate lastDate) {
        Set<LocalDate> ends = changes.changes().stream().map(Change::to).collect(Collectors.toSet());
        boolean allLeaves = !changes.changes().isEmpty()
                && changes.changes().stream().allMatch(c -> Change.STAFF_UNAVAILABLE.equals(c.type()));
        if (allLeaves && ends.size() == 1 && !ends.contains(null)) {
            LocalDate end = ends.iterator().next();
            return end.isBefore(lastDate) ? end : null;
        }
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < changes.changes().size(); i++) {
            Change change = changes.changes().get(i);
            if (change.to() != null && change.to().isBefore(lastDate)) {
                errors.add(new ValidationError("changes[" + i + "].to",
                        "a leave with an end date can only be rerun together with leaves ending the same day; "
                                + "rerun the other changes separately",
                        "et fravær med slutdato kan kun genplanlægges sammen med fravær, der slutter samme dag; "
                                + "genplanlæg de andre ændringer for sig"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return null;
    }
}
