package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.Uncovered;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Repairs a published plan after staff changes, from an effective date, without upsetting what works: what lies
 * before the date is history and stays as published; schools the changes do not touch keep their fortnight
 * exactly (their sessions are pinned); what a planner has locked stays too, but a lock on a person who is away or has
 * left is lifted (the session keeps its time, someone else takes it); at the touched schools the solver starts from the published plan and pays
 * for every session it gives to another person or moves to another time, so it changes only what it must.
 *
 * <p><b>Leaves.</b> A leave with an end date before the term's last day is written into the term as a dated
 * {@link Absence} of the person, from the effective date to its end; the person's {@code hoursPerWeek} stay as they
 * were, so every later rerun still has them once the leave is over. A leave without an end date, or one that lasts
 * to the end of the term, sets the person's hours to 0, as today: for this plan there is no date after it on which
 * they could work, and should they come back after all, {@code staffHoursChanged} gives them hours again.
 *
 * <p><b>Stretches.</b> From the effective date the term is cut wherever something else holds: where an absence
 * (recorded by an earlier rerun or by this one) begins or ends, and where a published session begins or ends. In
 * each stretch the same people are away and the same published template holds, so one fortnight serves it. The
 * solver's model of a stretch gives the people away 0 hours (the model only; the stored term keeps their hours) and
 * starts from the published sessions holding on its first day. A stretch is replanned when a lasting change applies
 * (anything but a leave with an end date) or a leave of this rerun covers it; every other stretch keeps the
 * published plan, which already honours the absences recorded before. So a rerun during a leave has the person away
 * until its end and back after it, and a rerun after the leave has them as anyone else. Replanned stretches share
 * the time limit.
 *
 * <p><b>Dated work</b> (docs/term-calendar.md): each stretch is built with the coordination meetings and programmes
 * holding in it, and the term is also cut where they begin or end and where someone's availability changes; a person
 * is as {@link TermPlanner#availableIn} says, the same as when the term was planned: no hours when away on every
 * teaching day of the stretch, else the days away unavailable. A leaver's running programme is handed over from the
 * effective date like any other seat of theirs.
 *
 * <p><b>The result.</b> Before the effective date the published sessions and uncovered seats stay as they were;
 * from it they are written per stretch with {@code from} and {@code to}, and parts that are the same on adjacent
 * dates are joined again: a session nothing changed keeps its one entry, and a seat uncovered only during a leave
 * carries the leave's dates. The KPIs describe the term as it will be from the effective date: each figure is the
 * average of the stretches' figures weighted by their teaching days, so a three-week leave weighs as three weeks
 * and not as the rest of the term (before the date, the published revision's KPIs say what the plan was);
 * {@code feasible} only when every stretch is, and the score is the worst stretch's. {@code changedSessions}
 * counts the sessions that go to another person or time on some date from the effective date,
 * {@code changedSchools} their schools.
 */
public final class Rerun {

    private Rerun() {
    }

    public static PlanDocument rerun(PlanDocument published, ChangeSet changes, Duration limit) {
        return rerun(published, changes, limit, plan -> { });
    }

    public static PlanDocument rerun(PlanDocument published, ChangeSet changes, Duration limit,
            Consumer<StaffPlan> onBestSolution) {
        return solve(published, changes, shareOf(limit), inThisThread(onBestSolution), snapshot -> { }).document();
    }

    /** Every replanned stretch gets the whole of {@code config}: a budget of moves, where a test needs one. */
    static PlanDocument rerun(PlanDocument published, ChangeSet changes, SolverConfig config,
            Consumer<StaffPlan> onBestSolution) {
        return solve(published, changes, replanned -> config, inThisThread(onBestSolution), snapshot -> { }).document();
    }

    /**
     * The rerun with each replanned stretch solved by {@code solver}, as a service that solves many plans on its own
     * threads wants it: {@code onProgress} is told the rerun as it stands when it starts (the published plan with the
     * changes applied and nothing replanned yet) and with every better plan of a stretch. The snapshot answered is
     * the rerun.
     */
    public static Snapshot solve(PlanDocument published, ChangeSet changes, Duration limit, StretchSolver solver,
            Consumer<Snapshot> onProgress) {
        return solve(published, changes, shareOf(limit), solver, onProgress);
    }

    /**
     * Solves one replanned stretch: from its starting plan, under the stretch's configuration (its share of the time
     * limit), telling {@code onBestSolution} every better plan, and answering the best plan found, or null if it did
     * not solve the stretch at all (stopped before it began); the stretch then keeps its starting plan.
     */
    @FunctionalInterface
    public interface StretchSolver {
        StaffPlan solve(StaffPlan start, SolverConfig config, Consumer<StaffPlan> onBestSolution);
    }

    /**
     * The rerun as it stands: each stretch's plan so far, and the starting plan of a stretch not solved yet. Its
     * document is the whole term at any moment, so a rerun can be shown and saved while it runs.
     */
    public static final class Snapshot {

        private final PlanDocument published;
        private final PlanDocument term;
        private final LocalDate effective;
        private final List<Stretch> stretches;
        private final List<StaffPlan> plans;

        private Snapshot(PlanDocument published, PlanDocument term, LocalDate effective, List<Stretch> stretches,
                List<StaffPlan> plans) {
            this.published = published;
            this.term = term;
            this.effective = effective;
            this.stretches = stretches;
            this.plans = List.copyOf(plans);
        }

        private Snapshot with(int stretch, StaffPlan plan) {
            List<StaffPlan> changed = new ArrayList<>(plans);
            changed.set(stretch, plan);
            return new Snapshot(published, term, effective, stretches, changed);
        }

        public PlanDocument document() {
            return result(published, term, effective, stretches, plans);
        }
    }

    /** Replanned stretches share the time limit. */
    private static IntFunction<SolverConfig> shareOf(Duration limit) {
        return replanned -> SolverSettings.config(limit.dividedBy(Math.max(1, replanned)));
    }

    /** Solves each stretch in the calling thread, telling {@code onBestSolution} every better plan of a stretch too. */
    private static StretchSolver inThisThread(Consumer<StaffPlan> onBestSolution) {
        return (start, config, onBest) -> {
            Solver<StaffPlan> solver = SolverFactory.<StaffPlan>create(config).buildSolver();
            solver.addEventListener(event -> {
                onBestSolution.accept(event.getNewBestSolution());
                onBest.accept(event.getNewBestSolution());
            });
            return solver.solve(start);
        };
    }

    private static Snapshot solve(PlanDocument published, ChangeSet changes, IntFunction<SolverConfig> config,
            StretchSolver solver, Consumer<Snapshot> onProgress) {
        PlanDocument term = changedProblem(published, changes);
        List<Stretch> stretches = stretches(published, term, changes);
        SolverConfig stretchConfig = config.apply((int) stretches.stream().filter(Stretch::replanned).count());
        SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring =
                SolutionManager.create(SolverFactory.create(stretchConfig));
        List<StaffPlan> starts = new ArrayList<>();
        for (Stretch stretch : stretches) {
            StaffPlan start = prepare(published, term, changes, stretch);
            scoring.update(start);
            starts.add(start);
        }
        Snapshot snapshot = new Snapshot(published, term, changes.effectiveDate(), stretches, starts);
        onProgress.accept(snapshot);
        for (int i = 0; i < stretches.size(); i++) {
            if (stretches.get(i).replanned()) {
                int stretch = i;
                Snapshot before = snapshot;
                // A plan of the solver's own: Timefold sets the score of the plan it starts from, and the snapshots
                // are read on other threads.
                StaffPlan solved = solver.solve(prepare(published, term, changes, stretches.get(i)), stretchConfig,
                        best -> onProgress.accept(before.with(stretch, best)));
                snapshot = solved == null ? before : before.with(stretch, solved);
            }
        }
        return snapshot;
    }

    /**
     * The term as it stands after the changes: the published problem with new hours, staff and demands, and each
     * leave with an end date recorded as an absence of the person. Not validated here: the application
     * ({@code plans.Reruns}) refuses changes that leave an invalid term before a rerun is solved.
     */
    public static PlanDocument changedProblem(PlanDocument published, ChangeSet changes) {
        LocalDate lastDate = published.term().lastDate();
        Map<String, Staff> staff = new LinkedHashMap<>();
        published.staff().forEach(person -> staff.put(person.id(), person));
        Map<String, Demand> demands = new LinkedHashMap<>();
        published.demands().forEach(demand -> demands.put(demand.id(), demand));
        for (Change change : changes.changes()) {
            switch (change.type()) {
                // From the effective date: the plan before it stays as published, with the person in it.
                case Change.STAFF_UNAVAILABLE -> staff.computeIfPresent(change.staffId(), (id, person) ->
                        isDatedLeave(change, lastDate) ? person.withAbsence(new Absence(changes.effectiveDate(), change.to()))
                                : person.withHoursPerWeek(0));
                case Change.STAFF_HOURS_CHANGED ->
                        staff.computeIfPresent(change.staffId(), (id, person) -> person.withHoursPerWeek(change.hoursPerWeek()));
                case Change.STAFF_ADDED -> staff.put(change.staff().id(), change.staff());
                case Change.DEMAND_ADDED, Change.DEMAND_CHANGED -> demands.put(change.demand().id(), change.demand());
                case Change.DEMAND_REMOVED -> demands.remove(change.demandId());
                default -> throw new IllegalArgumentException("unknown change type " + change.type());
            }
        }
        return problemOf(published, List.copyOf(staff.values()), List.copyOf(demands.values()));
    }

    /** A leave ending before the term's last day; any other leave lasts the rest of the term. */
    private static boolean isDatedLeave(Change change, LocalDate lastDate) {
        return Change.STAFF_UNAVAILABLE.equals(change.type()) && change.to() != null && change.to().isBefore(lastDate);
    }

    private static PlanDocument problemOf(PlanDocument term, List<Staff> staff, List<Demand> demands) {
        return new PlanDocument(term.term(), term.schools(), term.classes(), staff, demands, term.travel(),
                term.weights(), term.rules(), null, null, null, null);
    }

    /**
     * A part of the term from the effective date on in which the same people are away ({@code absent}) and the same
     * published template holds; {@code changedStaff} are those whom a change of this rerun reaches in it.
     */
    record Stretch(LocalDate first, LocalDate last, Set<String> absent, Set<String> changedStaff, boolean replanned) {
    }

    static List<Stretch> stretches(PlanDocument published, PlanDocument term, ChangeSet changes) {
        LocalDate effective = changes.effectiveDate();
        LocalDate lastDate = term.term().lastDate();
        TreeSet<LocalDate> starts = new TreeSet<>(List.of(effective));
        for (Staff person : term.staff()) {
            for (Absence absence : person.absences()) {
                starts.add(absence.from());
                starts.add(absence.to().plusDays(1));
            }
            starts.addAll(TermPlanner.availabilityChanges(person));
        }
        for (PlanSession session : sessions(published)) {
            if (session.from() != null) {
                starts.add(session.from());
            }
            if (session.to() != null) {
                starts.add(session.to().plusDays(1));
            }
        }
        for (DatedWork.Occurrence occurrence : DatedWork.of(term)) {
            starts.add(occurrence.first());
            starts.add(occurrence.last().plusDays(1));
        }
        List<LocalDate> firsts = List.copyOf(starts.subSet(effective, true, lastDate, true));
        TermCalendar calendar = new TermCalendar(term.term());
        List<Change> leaves = changes.changes().stream().filter(change -> isDatedLeave(change, lastDate)).toList();
        boolean lasting = leaves.size() < changes.changes().size();
        Set<String> changedForGood = changes.changes().stream()
                .filter(change -> Change.STAFF_HOURS_CHANGED.equals(change.type())
                        || Change.STAFF_UNAVAILABLE.equals(change.type()) && !isDatedLeave(change, lastDate))
                .map(Change::staffId).collect(Collectors.toSet());
        List<Stretch> stretches = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
            LocalDate first = firsts.get(i);
            LocalDate last = i + 1 < firsts.size() ? firsts.get(i + 1).minusDays(1) : lastDate;
            Set<String> absent = term.staff().stream()
                    .filter(person -> TermPlanner.availableIn(person, first, last, calendar).hoursPerWeek() == 0
                            && person.hoursInWeekOf(first) > 0).map(Staff::id)
                    .collect(Collectors.toSet());
            Set<String> onLeave = leaves.stream().filter(leave -> !first.isAfter(leave.to())).map(Change::staffId)
                    .collect(Collectors.toSet());
            Set<String> changedStaff = new HashSet<>(changedForGood);
            changedStaff.addAll(onLeave);
            stretches.add(new Stretch(first, last, absent, changedStaff, lasting || !onLeave.isEmpty()));
        }
        return stretches;
    }

    /**
     * The planning problem of one stretch, starting from the published plan holding on its first day; when it is
     * replanned, untouched schools are pinned.
     */
    static StaffPlan prepare(PlanDocument published, PlanDocument term, ChangeSet changes, Stretch stretch) {
        TermCalendar calendar = new TermCalendar(term.term());
        List<Staff> staff = term.staff().stream()
                .map(person -> TermPlanner.availableIn(person, stretch.first(), stretch.last(), calendar)).toList();
        StaffPlan plan = PlanBuilder.build(problemOf(term, staff, term.demands()),
                DatedWork.holdingOn(term, stretch.first()));
        Set<String> sessionIds = plan.getSessions().stream().map(Session::getId).collect(Collectors.toSet());
        PlanRestore.apply(plan, holdingOn(published, stretch.first()).stream()
                .filter(session -> sessionIds.contains(session.sessionId())).toList());
        plan.getAssignments().forEach(assignment -> assignment.setPublishedStaff(assignment.getStaff()));
        plan.getSessions().forEach(session -> session.setPublishedSlot(session.getSlot()));
        if (!stretch.replanned()) {
            return plan;
        }
        for (Assignment assignment : plan.getAssignments()) {
            if (assignment.getStaff() != null && !assignment.getEligibleStaff().contains(assignment.getStaff())) {
                assignment.setStaff(null);
            }
            // A lock cannot keep a person who is away or gone: the rerun finds someone else; the session's time stays.
            if (assignment.isLocked() && (assignment.getStaff() == null
                    || stretch.absent().contains(assignment.getStaff().id())
                    || assignment.getStaff().hoursPerWeek() == 0)) {
                assignment.setLocked(false);
            }
        }
        Set<School> touched = touchedSchools(plan, changes, stretch);
        plan.getAssignments().forEach(a -> a.setPinned(!touched.contains(a.getSchool())));
        plan.getSessions().forEach(s -> s.setPinned(s.getSlot() != null && !touched.contains(s.getSchool())));
        if (changes.holdsOnMediumLevel()) {
            plan.setConstraintWeightOverrides(withChangeWeights(plan.getConstraintWeightOverrides()));
        }
        return plan;
    }

    /**
     * The schools a change reaches in the stretch: where a changed staff member works (a leave only while it
     * lasts), where a demand is added, changed or removed, and where demand is uncovered (a new person may cover
     * it). Everywhere else nothing may move.
     */
    static Set<School> touchedSchools(StaffPlan plan, ChangeSet changes, Stretch stretch) {
        Set<String> changedDemands = new HashSet<>();
        for (Change change : changes.changes()) {
            switch (change.type()) {
                case Change.DEMAND_ADDED, Change.DEMAND_CHANGED -> changedDemands.add(change.demand().id());
                case Change.DEMAND_REMOVED -> changedDemands.add(change.demandId());
                default -> { }
            }
        }
        Set<School> touched = new HashSet<>();
        for (Assignment assignment : plan.getAssignments()) {
            boolean changedPerson = assignment.getPublishedStaff() != null
                    && stretch.changedStaff().contains(assignment.getPublishedStaff().id());
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
     * The rerun's document: the term after the changes, with the sessions and uncovered seats of the whole term
     * (as published before the effective date, per stretch after it) and the KPIs of the stretches.
     */
    static PlanDocument result(PlanDocument published, PlanDocument term, LocalDate effective, List<Stretch> stretches,
            List<StaffPlan> plans) {
        LocalDate firstDate = term.term().firstDate();
        LocalDate lastDate = term.term().lastDate();
        Timeline<PlanSession> sessions = new Timeline<>(PlanSession::during, firstDate, lastDate);
        Timeline<Uncovered> uncovered = new Timeline<>(Uncovered::during, firstDate, lastDate);
        for (PlanSession session : sessions(published)) {
            sessions.addBefore(session.id(), session, session.from(), session.to(), effective);
        }
        for (Uncovered seat : published.uncovered() == null ? List.<Uncovered>of() : published.uncovered()) {
            uncovered.addBefore(seatKey(seat), seat, seat.from(), seat.to(), effective);
        }
        Set<String> changed = new HashSet<>();
        Set<String> changedSchools = new HashSet<>();
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            Map<String, PlanSession> was = new LinkedHashMap<>();
            holdingOn(published, stretch.first()).forEach(session -> was.put(session.id(), session));
            for (PlanSession next : PlanResult.sessions(plans.get(i))) {
                sessions.add(next.id(), next, stretch.first(), stretch.last());
                PlanSession previous = was.remove(next.id());
                if (previous == null || !previous.sameAs(next)) {
                    changed.add(next.id());
                    changedSchools.add(next.schoolId());
                }
            }
            for (PlanSession removed : was.values()) {
                changed.add(removed.id());
                changedSchools.add(removed.schoolId());
            }
            for (Uncovered seat : PlanResult.uncovered(plans.get(i))) {
                uncovered.add(seatKey(seat), seat, stretch.first(), stretch.last());
            }
        }
        TermCalendar calendar = new TermCalendar(term.term());
        List<Integer> teachingDays = stretches.stream().map(stretch -> (int) stretch.first()
                .datesUntil(stretch.last().plusDays(1)).filter(calendar::isTeachingDay).count()).toList();
        Kpis kpis = weighted(plans.stream().map(KpiCalculator::calculate).toList(), teachingDays)
                .withChanges(changed.size(), changedSchools.size());
        HardMediumSoftLongScore worst = plans.stream().map(StaffPlan::getScore).min(Comparator.naturalOrder()).orElseThrow();
        PlanDocument rerun = term.withSolution(worst.toString(), kpis, uncovered.items(), sessions.items());
        return rerun.withSolution(rerun.score(), DatedKpis.with(rerun), rerun.uncovered(), rerun.sessions());
    }

    private static String seatKey(Uncovered seat) {
        return seat.demandId() + "/" + seat.seat();
    }

    private static List<PlanSession> sessions(PlanDocument plan) {
        return plan.sessions() == null ? List.of() : plan.sessions();
    }

    private static List<PlanSession> holdingOn(PlanDocument plan, LocalDate date) {
        return sessions(plan).stream().filter(session -> session.holdsOn(date)).toList();
    }

    /**
     * The stretches' KPIs as one set of figures: each the average over the stretches weighted by their teaching days,
     * but priority inversions the most of any stretch.
     */
    static Kpis weighted(List<Kpis> kpis, List<Integer> teachingDays) {
        int total = teachingDays.stream().mapToInt(Integer::intValue).sum();
        // A rerun after the last teaching day still needs figures: then every stretch counts alike.
        List<Integer> weights = total > 0 ? teachingDays : kpis.stream().map(k -> 1).toList();
        Map<NeedLevel, Integer> uncovered = new EnumMap<>(NeedLevel.class);
        for (NeedLevel level : NeedLevel.values()) {
            uncovered.put(level, (int) Math.round(average(kpis, weights,
                    k -> k.uncoveredByPriority() == null ? 0 : k.uncoveredByPriority().getOrDefault(level, 0))));
        }
        return new Kpis(kpis.stream().allMatch(Kpis::feasible), tenth(average(kpis, weights, Kpis::coveragePercent)),
                uncovered, (int) Math.round(average(kpis, weights, Kpis::travelMinutesPerFortnight)),
                tenth(average(kpis, weights, Kpis::coTeachingContinuityPercent)),
                tenth(average(kpis, weights, Kpis::pprContinuityPercent)),
                tenth(average(kpis, weights, Kpis::utilisationMinPercent)),
                tenth(average(kpis, weights, Kpis::utilisationMaxPercent)),
                tenth(average(kpis, weights, Kpis::meetingSharePercentMax)),
                // An exchange that fits on some dates is one the planner should see, however short the stretch.
                kpis.stream().mapToInt(k -> k.priorityInversions() == null ? 0 : k.priorityInversions()).max().orElse(0),
                tenth(average(kpis, weights, Kpis::idleGapPersonDaysPercent)), null, null);
    }

    private static double average(List<Kpis> kpis, List<Integer> weights, ToDoubleFunction<Kpis> figure) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < kpis.size(); i++) {
            sum += weights.get(i) * figure.applyAsDouble(kpis.get(i));
            total += weights.get(i);
        }
        return sum / total;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
