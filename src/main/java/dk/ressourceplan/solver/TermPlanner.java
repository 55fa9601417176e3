package dk.ressourceplan.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.ressourceplan.domain.Absence;
import dk.ressourceplan.domain.Assignment;
import dk.ressourceplan.domain.DatedWork;
import dk.ressourceplan.domain.DatedWork.Occurrence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TermCalendar;
import dk.ressourceplan.domain.TimeWindow;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.domain.Uncovered;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Plans a term with dated work: coordination meetings, programmes (forløb), days away and hours that change from a
 * date (docs/term-calendar.md). The fortnight's work is planned first, as for any term; then the term is cut into
 * stretches, whole calendar weeks, in which the same dated work runs and the same people have the same hours and
 * days away, and each stretch is planned in date order from the stretch before, as a rerun plans its stretches:
 * <ul>
 * <li>it starts from the stretch before with the dated work beginning in it and the seats of anyone away planned by
 * hand around what stays ({@link GreedyPlanner#fillOpen}), so that every stretch starts usable;</li>
 * <li>what a stretch changes at a school (a programme or meeting begins or ends there, a person working there has
 * other hours) lets the school's sessions move, each move from the fortnight's plan paid for; every other school
 * keeps its sessions exactly (pinned);</li>
 * <li>a programme already running keeps its person and time, unless its person is away, gone or has other hours:
 * then it is open, and someone takes it over from that date;</li>
 * <li>a stretch of one week keeps each fortnightly session in its own week (A or B), and holiday weeks are not
 * planned: the plan runs on through them;</li>
 * <li>each stretch is one feasible fortnight, so every hard rule holds on every date of it: clashes, travel, weekly
 * hours including travel in every calendar week, the daily maximum on every date, at most three programmes at once.
 * </li>
 * </ul>
 * The fortnight's plan gets half the time limit and the stretches that change something share the other half. The
 * result is one document: every session with {@code from} and {@code to} where it does not hold all term, joined
 * where it stays the same, so that exports, the calendar and the page read it as they read a rerun's.
 */
public final class TermPlanner {

    private TermPlanner() {
    }

    /**
     * A part of the term, whole calendar weeks, in which the same dated work runs and every person has the same hours
     * a week and the same days away ({@code away}: whole-day windows in a week of its own, or no hours at all);
     * {@code weeks} are the fortnight's weeks (A, B) its teaching days lie in, none in a holiday.
     */
    record Stretch(LocalDate first, LocalDate last, List<Occurrence> occurrences, Map<String, Double> hours,
            Map<String, List<TimeWindow>> away, Set<Week> weeks) {

        boolean taught() {
            return !weeks.isEmpty();
        }

        /** Whether the people's hours and days away differ from another stretch's. */
        boolean otherAvailabilityThan(Stretch other) {
            return !hours.equals(other.hours) || !away.equals(other.away);
        }

        Staff applyTo(Staff person) {
            return person.withHoursPerWeek(hours.get(person.id())).withUnavailable(away.getOrDefault(person.id(), List.of()));
        }
    }

    public static PlanDocument solve(PlanDocument problem, Duration limit) {
        return solve(problem, List.of(), limit, inThisThread(), snapshot -> { }).document();
    }

    /** With every stretch solved under {@code config}, as a test wants it (a budget of moves). */
    static PlanDocument solve(PlanDocument problem, SolverConfig config) {
        return solve(problem, List.of(), replanned -> config, inThisThread(), snapshot -> { }).document();
    }

    /**
     * The term solved with {@code solver} for the fortnight's plan and each stretch; {@code onProgress} is told the
     * term as it stands whenever a better plan of a part is found.
     */
    public static Snapshot solve(PlanDocument problem, List<PlanSession> locks, Duration limit,
            Rerun.StretchSolver solver, Consumer<Snapshot> onProgress) {
        return solve(problem, locks,
                replanned -> SolverSettings.config(limit.dividedBy(2L * Math.max(1, replanned))),
                solver, onProgress);
    }

    private static Rerun.StretchSolver inThisThread() {
        return (start, config, onBest) -> {
            Solver<StaffPlan> solver = SolverFactory.<StaffPlan>create(config).buildSolver();
            solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
            return solver.solve(start);
        };
    }

    private static Snapshot solve(PlanDocument problem, List<PlanSession> locks,
            IntFunction<SolverConfig> config, Rerun.StretchSolver solver,
            Consumer<Snapshot> onProgress) {
        List<Occurrence> occurrences = DatedWork.of(problem);
        List<Stretch> stretches = stretches(problem, occurrences);
        // The fortnight's plan: the term's work without anything dated, every person at their hours from the start.
        StaffPlan start = PlanSolver.startingPlan(undated(problem), locks);
        SolverConfig fortnightConfig = config.apply(1);
        SolverFactory<StaffPlan> factory = SolverFactory.create(fortnightConfig);
        SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring = SolutionManager.create(factory);
        scoring.update(start);
        Snapshot snapshot = new Snapshot(problem, stretches, start, new ArrayList<>(),
                Collections.synchronizedMap(new IdentityHashMap<>()));
        onProgress.accept(snapshot);
        Snapshot before = snapshot;
        StaffPlan fortnight = solver.solve(start, fortnightConfig, best -> onProgress.accept(before.withFortnight(best)));
        fortnight = fortnight == null ? start : fortnight;
        snapshot = snapshot.withFortnight(fortnight);
        List<PlanSession> fortnightSessions = PlanResult.sessions(fortnight);
        SolverConfig stretchConfig = config.apply(replannedCount(problem, stretches));
        List<StaffPlan> plans = new ArrayList<>();
        StaffPlan previous = fortnight;
        Stretch previousStretch = fortnightStretch(problem);
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            if (!stretch.taught()) {
                // Nothing takes place: the plan runs on through the holiday as it was.
                plans.add(previous);
                continue;
            }
            Prepared next = prepare(problem, stretch, previousStretch, previous, fortnightSessions);
            StaffPlan plan = next.plan();
            scoring.update(plan);
            if (next.replanned()) {
                Snapshot current = snapshot.withStretches(plans, plan);
                StaffPlan solved = solver.solve(plan, stretchConfig,
                        best -> onProgress.accept(current.withStretches(plans, best)));
                plan = solved == null ? plan : solved;
            }
            plans.add(plan);
            snapshot = snapshot.withStretches(plans, null);
            onProgress.accept(snapshot);
            previous = plan;
            previousStretch = stretch;
        }
        return snapshot;
    }

    /** The term without its dated demands and dated staff facts: the fortnight every stretch starts from. */
    static PlanDocument undated(PlanDocument problem) {
        return new PlanDocument(problem.term(), problem.schools(), problem.classes(), problem.staff(),
                problem.demands().stream().filter(demand -> !demand.type().isDated()).toList(), problem.travel(),
                problem.weights(), problem.rules(), null, null, null, null);
    }

    /**
     * The term cut where dated work begins or ends and where someone's hours change (a day away begins or ends, hours
     * change from a date). Holiday weeks make stretches of their own, with nothing taught in them.
     */
    static List<Stretch> stretches(PlanDocument problem, List<Occurrence> occurrences) {
        LocalDate firstDate = problem.term().firstDate();
        LocalDate lastDate = problem.term().lastDate();
        TreeSet<LocalDate> starts = new TreeSet<>(List.of(firstDate));
        for (Occurrence occurrence : occurrences) {
            starts.add(occurrence.first());
            starts.add(occurrence.last().plusDays(1));
        }
        problem.staff().forEach(person -> starts.addAll(availabilityChanges(person)));
        TermCalendar calendar = new TermCalendar(problem.term());
        List<LocalDate> firsts = List.copyOf(starts.subSet(firstDate, true, lastDate, true));
        List<Stretch> stretches = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
            LocalDate first = firsts.get(i);
            LocalDate last = i + 1 < firsts.size() ? firsts.get(i + 1).minusDays(1) : lastDate;
            Map<String, Double> hours = new HashMap<>();
            Map<String, List<TimeWindow>> away = new HashMap<>();
            for (Staff person : problem.staff()) {
                Staff available = availableIn(person, first, last, calendar);
                hours.put(person.id(), available.hoursPerWeek());
                if (available.unavailable().size() > person.unavailable().size()) {
                    away.put(person.id(), available.unavailable().subList(person.unavailable().size(),
                            available.unavailable().size()));
                }
            }
            Set<Week> weeks = first.datesUntil(last.plusDays(1)).filter(calendar::isTeachingDay).map(calendar::weekOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Week.class)));
            stretches.add(new Stretch(first, last, occurrences.stream().filter(o -> o.holdsOn(first)).toList(), hours,
                    away, weeks));
        }
        return stretches;
    }

    /**
     * The dates where a person's availability changes, each a Monday: around a week partly away (a stretch of its own,
     * in which the days away are unavailable), and the weeks of a change of hours.
     */
    static List<LocalDate> availabilityChanges(Staff person) {
        List<LocalDate> changes = new ArrayList<>();
        for (Absence absence : person.absences()) {
            LocalDate firstMonday = TermCalendar.mondayOf(absence.from());
            LocalDate lastMonday = TermCalendar.mondayOf(absence.to());
            changes.addAll(List.of(firstMonday, firstMonday.plusWeeks(1), lastMonday, lastMonday.plusWeeks(1)));
        }
        person.hoursFrom().forEach(change -> changes.add(TermCalendar.mondayOf(change.from())));
        return changes;
    }

    /**
     * The person as they are from {@code first} to {@code last}: away on all its teaching days, no hours; else the
     * hours of its first week, and the days away unavailable all day (in their week, A or B).
     */
    static Staff availableIn(Staff person, LocalDate first, LocalDate last, TermCalendar calendar) {
        List<LocalDate> teaching = first.datesUntil(last.plusDays(1)).filter(calendar::isTeachingDay).toList();
        List<LocalDate> absent = teaching.stream().filter(person::isAbsentOn).toList();
        if (teaching.isEmpty() ? person.isAbsentOn(first) : absent.size() == teaching.size()) {
            return person.withHoursPerWeek(0);
        }
        return person.withHoursPerWeek(person.hoursInWeekOf(first)).withUnavailable(absent.stream()
                .map(date -> new TimeWindow(calendar.weekOf(date), date.getDayOfWeek(), null, null)).toList());
    }

    /** What the fortnight's plan assumes: no dated work, everyone at their hours, nobody away. */
    static Stretch fortnightStretch(PlanDocument problem) {
        Map<String, Double> hours = new HashMap<>();
        problem.staff().forEach(person -> hours.put(person.id(), person.hoursPerWeek()));
        return new Stretch(problem.term().firstDate(), problem.term().firstDate(), List.of(), hours, Map.of(),
                EnumSet.of(Week.A, Week.B));
    }

    private record Prepared(StaffPlan plan, boolean replanned) {
    }

    /**
     * The planning problem of one stretch, starting from the stretch before: the fortnight's sessions where they were,
     * programmes running on as they were, new dated work open. Schools the stretch changes nothing at are pinned.
     */
    static Prepared prepare(PlanDocument problem, Stretch stretch, Stretch previousStretch, StaffPlan previous,
            List<PlanSession> fortnight) {
        List<Staff> staff = problem.staff().stream().map(stretch::applyTo).toList();
        PlanDocument term = new PlanDocument(problem.term(), problem.schools(), problem.classes(), staff,
                problem.demands(), problem.travel(), problem.weights(), problem.rules(), null, null, null, null);
        StaffPlan plan = PlanBuilder.build(term, stretch.occurrences());
        Set<String> sessionIds = plan.getSessions().stream().map(Session::getId).collect(Collectors.toSet());
        // What a move is paid against: the fortnight's plan.
        PlanRestore.apply(plan, fortnight.stream().filter(s -> sessionIds.contains(s.sessionId())).toList());
        plan.getAssignments().forEach(assignment -> assignment.setPublishedStaff(assignment.getStaff()));
        plan.getSessions().forEach(session -> session.setPublishedSlot(session.getSlot()));
        Set<String> running = previousStretch.occurrences().stream().map(Occurrence::id)
                .collect(Collectors.toCollection(HashSet::new));
        List<PlanSession> before = PlanResult.sessions(previous).stream()
                .filter(s -> sessionIds.contains(s.sessionId())).toList();
        PlanRestore.apply(plan, before);
        Set<String> absentOrGone = new HashSet<>();
        for (Assignment assignment : plan.getAssignments()) {
            if (assignment.getStaff() != null && !assignment.getEligibleStaff().contains(assignment.getStaff())) {
                absentOrGone.add(assignment.getStaff().id());
                assignment.setStaff(null);
                assignment.setLocked(false);
            }
        }
        Set<School> touched = touchedSchools(plan, stretch, previousStretch, previous);
        Set<String> otherHours = otherAvailability(stretch, previousStretch);
        for (Assignment assignment : plan.getAssignments()) {
            boolean runningOn = running.contains(occurrenceOf(assignment.getId())) && assignment.getStaff() != null
                    && !otherHours.contains(assignment.getStaff().id());
            assignment.setPinned(runningOn || !touched.contains(assignment.getSchool()));
        }
        Set<Week> weeks = stretch.weeks();
        for (Session session : plan.getSessions()) {
            boolean runningOn = running.contains(occurrenceOf(session.getId()));
            boolean otherWeek = session.getSlot() != null && !weeks.contains(session.getSlot().week())
                    && session.getSlot().week() != Week.AB;
            session.setPinned(session.getSlot() != null && (runningOn || otherWeek || !touched.contains(session.getSchool())));
            if (weeks.size() == 1 && !session.isPinned()) {
                session.keepToWeek(weeks.iterator().next());
            }
        }
        // The dated work beginning here and the seats of someone away, planned by hand around what stays, so that the
        // solver starts from a plan as usable as the stretch before.
        GreedyPlanner.fillOpen(plan, GreedyPlanner.SlotChoice.SAME_DAY_FIRST);
        return new Prepared(plan, !touched.isEmpty());
    }

    /**
     * How many stretches will be planned, for their share of the time: those taught in which other dated work runs
     * or someone has other hours than in the taught stretch before.
     */
    static int replannedCount(PlanDocument problem, List<Stretch> stretches) {
        int count = 0;
        Stretch before = fortnightStretch(problem);
        for (Stretch stretch : stretches) {
            if (!stretch.taught()) {
                continue;
            }
            boolean changed = !before.occurrences().equals(stretch.occurrences()) || before.otherAvailabilityThan(stretch);
            count += changed ? 1 : 0;
            before = stretch;
        }
        return Math.max(1, count);
    }

    /** The occurrence a seat or session belongs to ({@code demand#n/...}), or null for the fortnight's work. */
    private static String occurrenceOf(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0) {
            return null;
        }
        int slash = id.indexOf('/', hash);
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The people whose hours or days away differ from the stretch before. */
    static Set<String> otherAvailability(Stretch stretch, Stretch previousStretch) {
        Set<String> people = new HashSet<>();
        stretch.hours().forEach((id, hours) -> {
            List<TimeWindow> wasAway = previousStretch.away().getOrDefault(id, List.of());
            if (!Objects.equals(previousStretch.hours().get(id), hours)
                    || !wasAway.equals(stretch.away().getOrDefault(id, List.of()))) {
                people.add(id);
            }
        });
        return people;
    }

    /**
     * The schools the stretch changes something at: where dated work begins or ends, where a person whose hours
     * differ from the stretch before works, and where a seat lost its person.
     */
    static Set<School> touchedSchools(StaffPlan plan, Stretch stretch, Stretch previousStretch, StaffPlan previous) {
        Set<String> before = previousStretch.occurrences().stream().map(Occurrence::id).collect(Collectors.toSet());
        Set<String> now = stretch.occurrences().stream().map(Occurrence::id).collect(Collectors.toSet());
        Set<String> schoolIds = new HashSet<>();
        for (Occurrence occurrence : stretch.occurrences()) {
            if (!before.contains(occurrence.id())) {
                schoolIds.add(occurrence.school().id());
            }
        }
        for (Occurrence occurrence : previousStretch.occurrences()) {
            if (!now.contains(occurrence.id())) {
                schoolIds.add(occurrence.school().id());
            }
        }
        Set<String> changedHours = otherAvailability(stretch, previousStretch);
        for (Assignment assignment : previous.getAssignments()) {
            if (assignment.getStaff() != null && changedHours.contains(assignment.getStaff().id())) {
                schoolIds.add(assignment.getSchool().id());
            }
        }
        for (Assignment assignment : plan.getAssignments()) {
            if (assignment.getStaff() == null && assignment.getPublishedStaff() != null) {
                schoolIds.add(assignment.getSchool().id());
            }
        }
        return plan.getSchools().stream().filter(school -> schoolIds.contains(school.id()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The term as it stands: the fortnight's plan, and the stretches planned so far (with the one being planned,
     * if any). Its document holds the whole term at any moment, stretches not yet planned showing the fortnight.
     */
    public static final class Snapshot {

        private final PlanDocument problem;
        private final List<Stretch> stretches;
        private final StaffPlan fortnight;
        private final List<StaffPlan> plans;
        /** Each plan's KPIs, worked out once: a stretch's plan is in every later snapshot. */
        private final Map<StaffPlan, Kpis> kpis;

        private Snapshot(PlanDocument problem, List<Stretch> stretches, StaffPlan fortnight, List<StaffPlan> plans,
                Map<StaffPlan, Kpis> kpis) {
            this.problem = problem;
            this.stretches = stretches;
            this.fortnight = fortnight;
            this.plans = List.copyOf(plans);
            this.kpis = kpis;
        }

        private Snapshot withFortnight(StaffPlan plan) {
            return new Snapshot(problem, stretches, plan, plans, kpis);
        }

        private Snapshot withStretches(List<StaffPlan> done, StaffPlan current) {
            List<StaffPlan> all = new ArrayList<>(done);
            if (current != null) {
                all.add(current);
            }
            return new Snapshot(problem, stretches, fortnight, all, kpis);
        }

        public PlanDocument document() {
            PlanDocument document = result(problem, stretches, fortnight, plans,
                    plan -> kpis.computeIfAbsent(plan, KpiCalculator::calculate));
            // Only the plans this snapshot holds stay in the cache: a long solve offers many better plans.
            synchronized (kpis) {
                kpis.keySet().removeIf(plan -> plan != fortnight && plans.stream().noneMatch(held -> held == plan));
            }
            return document;
        }
    }

    /**
     * The term's document: each stretch's sessions on its dates (the fortnight's plan where no stretch is planned
     * yet), a session that cannot take place in a stretch (no date of its weekday and week there) kept as it was so
     * that nothing seems to change on no date; KPIs weighted by the stretches' teaching days, with the dated work's
     * own figures; the score the worst stretch's.
     */
    static PlanDocument result(PlanDocument problem, List<Stretch> stretches, StaffPlan fortnight, List<StaffPlan> plans,
            Function<StaffPlan, Kpis> kpisOf) {
        TermCalendar calendar = new TermCalendar(problem.term());
        LocalDate firstDate = problem.term().firstDate();
        LocalDate lastDate = problem.term().lastDate();
        Timeline<PlanSession> sessions = new Timeline<>(PlanSession::during, firstDate, lastDate);
        Timeline<Uncovered> uncovered = new Timeline<>(Uncovered::during, firstDate, lastDate);
        Map<String, PlanSession> lastPart = new HashMap<>();
        Set<String> datedDemands = problem.demands().stream().filter(demand -> demand.type().isDated())
                .map(Demand::id).collect(Collectors.toSet());
        List<Kpis> kpis = new ArrayList<>();
        List<Integer> teachingDays = new ArrayList<>();
        List<StaffPlan> scored = new ArrayList<>();
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            StaffPlan plan = i < plans.size() ? plans.get(i) : fortnight;
            // A holiday stretch runs on with the plan before it: dated work that ended before it ends there too.
            Set<String> holding = stretch.occurrences().stream().map(Occurrence::id).collect(Collectors.toSet());
            Set<String> holdingDemands = stretch.occurrences().stream().map(o -> o.demand().id()).collect(Collectors.toSet());
            for (PlanSession session : PlanResult.sessions(plan)) {
                String occurrence = occurrenceOf(session.id());
                if (occurrence != null && !holding.contains(occurrence)) {
                    continue;
                }
                boolean takesPlace = session.week() == null
                        || !calendar.datesOf(session.week(), session.day(), stretch.first(), stretch.last()).isEmpty();
                PlanSession kept = lastPart.get(session.id());
                boolean keptTakesPlace = kept != null && (kept.week() == null
                        || !calendar.datesOf(kept.week(), kept.day(), stretch.first(), stretch.last()).isEmpty());
                PlanSession part = takesPlace || kept == null || keptTakesPlace ? session : kept;
                sessions.add(session.id(), part, stretch.first(), stretch.last());
                lastPart.put(session.id(), part);
            }
            for (Uncovered seat : PlanResult.uncovered(plan)) {
                if (datedDemands.contains(seat.demandId()) && !holdingDemands.contains(seat.demandId())) {
                    continue;
                }
                uncovered.add(seat.demandId() + "/" + seat.seat(), seat, stretch.first(), stretch.last());
            }
            int days = (int) stretch.first().datesUntil(stretch.last().plusDays(1)).filter(calendar::isTeachingDay).count();
            if (days > 0) {
                kpis.add(kpisOf.apply(plan));
                teachingDays.add(days);
                scored.add(plan);
            }
        }
        if (kpis.isEmpty()) {
            kpis.add(kpisOf.apply(fortnight));
            teachingDays.add(1);
            scored.add(fortnight);
        }
        HardMediumSoftLongScore worst = scored.stream().map(StaffPlan::getScore).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(HardMediumSoftLongScore.ZERO);
        PlanDocument solved = problem.withSolution(worst.toString(), Rerun.weighted(kpis, teachingDays),
                uncovered.items(), sessions.items());
        return solved.withSolution(worst.toString(), DatedKpis.with(solved), solved.uncovered(), solved.sessions());
    }
}
