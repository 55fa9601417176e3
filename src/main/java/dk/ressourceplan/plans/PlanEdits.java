package dk.ressourceplan.plans;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import dk.ressourceplan.domain.ConstraintNames;
import dk.ressourceplan.domain.Edit;
import dk.ressourceplan.domain.Kpis;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Session;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.StaffPlan;
import dk.ressourceplan.domain.TimeSlot;
import dk.ressourceplan.domain.Times;
import dk.ressourceplan.domain.Week;
import dk.ressourceplan.solver.Effect;
import dk.ressourceplan.solver.Finding;
import dk.ressourceplan.solver.HandEdits;
import dk.ressourceplan.solver.PersonDays;
import dk.ressourceplan.solver.PlanRestore;
import dk.ressourceplan.solver.PlanResult;
import dk.ressourceplan.solver.Recommendations;
import dk.ressourceplan.store.PlanStore;
import dk.ressourceplan.store.RevisionDocument;
import dk.ressourceplan.store.RevisionKind;
import dk.ressourceplan.store.RevisionState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Planning by hand with the solver beside the planner: who can take a seat and when else a session can lie, each
 * option scored with the plan's real rules ({@link Recommendations}); a preview of changes by hand (score, rules
 * broken and mended, driving per person and day, what changes in words) before they are saved; and saving them as a
 * new revision of kind EDIT, with author and time, made from the revision they were made on. Nothing is overwritten.
 */
public final class PlanEdits {

    /** Rules whose one finding sums the whole plan: their sentence changes with every edit and says nothing new. */
    private static final Set<String> PLAN_WIDE = Set.of(ConstraintNames.UNEVEN_UTILISATION,
            ConstraintNames.UNEVEN_COVERAGE, ConstraintNames.TRAVEL_TIME);

    /** A sentence in both of the page's languages. */
    public record Said(String text, String textEn) {
        static Said of(Effect effect) {
            return new Said(effect.text(), effect.textEn());
        }
    }

    /** One finding of a rule: which rule, how heavy, and why, in words. */
    public record RuleFinding(String rule, String nameDa, Explanations.Level level, String text, String textEn) {
    }

    /** A person who could take the seat, best first. */
    public record Candidate(String staffId, String name, String role, String score, String scoreDiff,
            boolean feasible, boolean better, List<Said> effects, List<RuleFinding> broken, Edit edit) {
    }

    public record People(int revision, String demandId, Integer seat, String currentStaffId, String score,
            List<Candidate> candidates) {
    }

    public record When(Week week, DayOfWeek day, LocalTime start, LocalTime end) {
        static When of(TimeSlot slot) {
            return new When(slot.week(), slot.day(), Times.time(slot.start()), Times.time(slot.end()));
        }
    }

    /** A time the session could take, best first. */
    public record TimeOption(Week week, DayOfWeek day, LocalTime start, LocalTime end, String score, String scoreDiff,
            boolean feasible, boolean better, List<Said> effects, List<RuleFinding> broken, Edit edit) {
    }

    public record TimesAnswer(int revision, String sessionId, When current, String score, List<TimeOption> times) {
    }

    /** What the planner sends: the revision the changes are made on, and the changes in order. */
    public record EditRequest(Integer revision, List<Edit> edits) {
    }

    /** A person's driving on one day of the fortnight, before and after the changes. */
    public record DayTravel(String staffId, String name, Week week, DayOfWeek day, int travelMinutesBefore,
            int travelMinutesAfter) {
    }

    /** The changes seen before saving; {@code savedRevision} is set once they are saved. */
    public record Preview(int revision, String scoreBefore, String score, boolean feasibleBefore, boolean feasible,
            Kpis kpisBefore, Kpis kpis, List<RuleFinding> broken, List<RuleFinding> mended, List<DayTravel> days,
            List<Said> changes, Integer savedRevision) {

        Preview saved(int number) {
            return new Preview(revision, scoreBefore, score, feasibleBefore, feasible, kpisBefore, kpis, broken,
                    mended, days, changes, number);
        }
    }

    private final PlanStore store;
    private final StoredDocuments documents;
    private final SolveService solving;
    private final SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring;
    private final Recommendations recommendations = new Recommendations();

    PlanEdits(PlanStore store, StoredDocuments documents, SolveService solving,
            SolutionManager<StaffPlan, HardMediumSoftLongScore> scoring) {
        this.store = store;
        this.documents = documents;
        this.solving = solving;
        this.scoring = scoring;
    }

    /** "Hvem kan tage den?": the qualified people for a seat, named by a session row or by demand and seat. */
    public People people(String planId, String revision, String sessionId, String demandId, Integer seat) {
        RevisionDocument stored = revision(planId, revision);
        PlanDocument document = Revisions.undated(documents.read(stored));
        StaffPlan plan = PlanRestore.restore(document);
        var assignment = HandEdits.seatOf(plan, sessionId, demandId, seat).orElseThrow(() -> Refused.badRequest(
                sessionId != null ? "sessionId" : "demandId", "names no seat of the plan",
                "angiver ikke en opgave i planen"));
        HardMediumSoftLongScore now = scoring.update(plan);
        Integer seatNumber = assignment.getDemand().seatRoles().size() > 1
                ? assignment.getSeats().get(0).index() + 1 : null;
        List<Candidate> candidates = recommendations.people(plan, assignment).stream()
                .map(option -> new Candidate(option.value().id(), option.value().name(), option.value().role().code(),
                        option.score().toString(), option.score().subtract(now).toString(),
                        option.score().isFeasible(), option.score().compareTo(now) > 0,
                        option.effects().stream().map(Said::of).toList(), worse(option.diff()),
                        Edit.personOfDemand(assignment.getDemand().id(), seatNumber, option.value().id())))
                .toList();
        return new People(stored.revision().number(), assignment.getDemand().id(), seatNumber,
                assignment.getStaff() == null ? null : assignment.getStaff().id(), now.toString(), candidates);
    }

    /** The times a session may take, best first. */
    public TimesAnswer times(String planId, String revision, String sessionId) {
        RevisionDocument stored = revision(planId, revision);
        StaffPlan plan = PlanRestore.restore(Revisions.undated(documents.read(stored)));
        Session session = HandEdits.sessionOf(plan, sessionId).orElseThrow(() -> Refused.notFound("sessionId",
                "Plan " + planId + " has no session " + sessionId + ".", "Planen har ingen aftale " + sessionId + "."));
        HardMediumSoftLongScore now = scoring.update(plan);
        When current = When.of(session.getSlot());
        List<TimeOption> times = recommendations.times(plan, session).stream()
                .map(option -> new TimeOption(option.value().week(), option.value().day(),
                        Times.time(option.value().start()), Times.time(option.value().end()),
                        option.score().toString(), option.score().subtract(now).toString(),
                        option.score().isFeasible(), option.score().compareTo(now) > 0,
                        option.effects().stream().map(Said::of).toList(), worse(option.diff()),
                        Edit.time(sessionId, option.value().week(), option.value().day(),
                                Times.time(option.value().start()))))
                .toList();
        return new TimesAnswer(stored.revision().number(), sessionId, current, now.toString(), times);
    }

    /** What the changes would do, without saving them. */
    public Preview preview(String planId, EditRequest request) {
        return preview(planId, request, revision(planId, request == null || request.revision() == null ? null
                : String.valueOf(request.revision())));
    }

    /**
     * Saves the changes as a new revision made from the one they were made on, which must still be the plan's
     * latest; no solve may run meanwhile.
     */
    public Preview save(String planId, EditRequest request, String author) {
        return solving.whileIdle(planId, () -> {
            RevisionDocument latest = Revisions.latestPlan(store, planId).orElseThrow(() -> Refused.conflict(
                    "Plan " + planId + " has no plan to change yet; solve it first.",
                    "Planen har endnu ingen plan at ændre; beregn den først."));
            if (request == null || request.revision() == null
                    || request.revision() != latest.revision().number()) {
                throw Refused.conflict("The changes were made on revision " + (request == null ? null
                        : request.revision()) + ", but the plan's latest is revision " + latest.revision().number()
                        + "; open it again and make the changes there.", "Ændringerne er lavet på version "
                        + (request == null ? "?" : request.revision()) + ", men planens seneste er version "
                        + latest.revision().number() + "; åbn den igen, og lav ændringerne der.");
            }
            Compared compared = compare(planId, request, latest);
            int number = store.addRevision(planId, RevisionKind.EDIT, RevisionState.COMPLETE, author,
                    latest.revision().number(), SolveJob.contentOf(compared.after())).number();
            return compared.preview().saved(number);
        });
    }

    private Preview preview(String planId, EditRequest request, RevisionDocument stored) {
        return compare(planId, request, stored).preview();
    }

    /** The preview of the changes, and the plan they make, scored. */
    private record Compared(Preview preview, PlanDocument after) {
    }

    private Compared compare(String planId, EditRequest request, RevisionDocument stored) {
        if (request == null) {
            throw Refused.badRequest("edits", "must name at least one change", "skal indeholde mindst én ændring");
        }
        if (stored.revision().state() != RevisionState.COMPLETE) {
            throw Refused.conflict("Revision " + stored.revision().number() + " of plan " + planId
                    + " is still being solved.", "Version " + stored.revision().number() + " bliver stadig beregnet.");
        }
        PlanDocument before = Revisions.undated(documents.read(stored));
        StaffPlan planBefore = PlanRestore.restore(before);
        ScoreAnalysis<HardMediumSoftLongScore> analysisBefore = scoring.analyze(planBefore);
        StaffPlan planAfter = PlanRestore.restore(before);
        HandEdits.apply(planAfter, request.edits());
        ScoreAnalysis<HardMediumSoftLongScore> analysisAfter = scoring.analyze(planAfter);
        planAfter.setScore(analysisAfter.score());
        PlanDocument after = PlanResult.toDocument(before.problem(), planAfter);
        List<RuleFinding> findingsBefore = findings(analysisBefore);
        List<RuleFinding> findingsAfter = findings(analysisAfter);
        List<Said> changes = new ArrayList<>();
        PlanDiff.between(before, after).entries().forEach(entry -> changes.add(new Said(entry.message(),
                entry.messageEn())));
        lockChanges(planBefore, planAfter).forEach(effect -> changes.add(Said.of(effect)));
        return new Compared(new Preview(stored.revision().number(), analysisBefore.score().toString(),
                analysisAfter.score().toString(), analysisBefore.score().isFeasible(),
                analysisAfter.score().isFeasible(), before.kpis(), after.kpis(), minus(findingsAfter, findingsBefore),
                minus(findingsBefore, findingsAfter), days(planBefore, planAfter, before), changes, null), after);
    }

    private RevisionDocument revision(String planId, String number) {
        store.findPlan(planId).orElseThrow(() -> Refused.unknownPlan(planId));
        if (number != null) {
            RevisionDocument numbered = Revisions.numbered(store, planId, number, "revision");
            if (!numbered.revision().holdsPlan()) {
                throw Refused.badRequest("revision", "Revision " + number + " holds no plan to change.",
                        "Version " + number + " indeholder ingen plan at ændre.");
            }
            return numbered;
        }
        return Revisions.latestPlan(store, planId).orElseThrow(() -> Refused.conflict(
                "Plan " + planId + " has no plan to change yet; solve it first.",
                "Planen har endnu ingen plan at ændre; beregn den først."));
    }

    /** The findings a recommendation adds: the rules it would break, or break more. */
    private static List<RuleFinding> worse(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<RuleFinding> worse = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : diff.constraintAnalyses()) {
            if (constraint.score().compareTo(HardMediumSoftLongScore.ZERO) >= 0
                    || PLAN_WIDE.contains(constraint.constraintName())) {
                continue;
            }
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches() == null ? List.of()
                    : constraint.matches().stream().filter(m -> m.score().compareTo(HardMediumSoftLongScore.ZERO) < 0)
                            .toList();
            if (matches.isEmpty()) {
                worse.add(finding(constraint.constraintName(), constraint.score(), null));
            }
            matches.forEach(match -> worse.add(finding(constraint.constraintName(), match.score(), match)));
        }
        // Two lessons of one class clashing alike read as the same sentence: it is said once.
        return worse.stream().distinct().sorted(Comparator.comparing(RuleFinding::level)).toList();
    }

    private static List<RuleFinding> findings(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<RuleFinding> all = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            if (PLAN_WIDE.contains(constraint.constraintName()) || constraint.matches() == null) {
                continue;
            }
            constraint.matches().forEach(match -> all.add(finding(constraint.constraintName(), match.score(), match)));
        }
        return all;
    }

    private static RuleFinding finding(String rule, HardMediumSoftLongScore score,
            MatchAnalysis<HardMediumSoftLongScore> match) {
        String nameDa = ConstraintNames.rule(rule).nameDa();
        if (match != null && match.justification() instanceof Finding finding) {
            return new RuleFinding(rule, nameDa, Explanations.Level.of(score), finding.text(), finding.textEn());
        }
        return new RuleFinding(rule, nameDa, Explanations.Level.of(score), nameDa + ".", rule + ".");
    }

    /** The findings of {@code these} not among {@code those}, counted: a finding twice before and once after is one. */
    private static List<RuleFinding> minus(List<RuleFinding> these, List<RuleFinding> those) {
        Map<RuleFinding, Integer> left = new HashMap<>();
        those.forEach(finding -> left.merge(finding, 1, Integer::sum));
        List<RuleFinding> result = new ArrayList<>();
        for (RuleFinding finding : these) {
            if (left.getOrDefault(finding, 0) > 0) {
                left.merge(finding, -1, Integer::sum);
            } else {
                result.add(finding);
            }
        }
        result.sort(Comparator.comparing(RuleFinding::level));
        return result;
    }

    /** Each person's days whose driving the changes alter. */
    private static List<DayTravel> days(StaffPlan before, StaffPlan after, PlanDocument document) {
        Map<String, Integer> was = travelByDay(before);
        Map<String, Integer> is = travelByDay(after);
        Map<String, String> names = document.staff().stream().collect(Collectors.toMap(Staff::id, Staff::name));
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        List<DayTravel> days = new ArrayList<>();
        for (String key : keys) {
            int a = was.getOrDefault(key, 0);
            int b = is.getOrDefault(key, 0);
            if (a != b) {
                String[] parts = key.split("\\|");
                days.add(new DayTravel(parts[0], names.get(parts[0]), Week.valueOf(parts[1]),
                        DayOfWeek.of(Integer.parseInt(parts[2])), a, b));
            }
        }
        return days;
    }

    private static Map<String, Integer> travelByDay(StaffPlan plan) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (PersonDays.Person person : PersonDays.of(plan)) {
            for (PersonDays.Day day : person.days()) {
                minutes.put(person.staffId() + "|" + day.week() + "|" + day.day().getValue(), day.travelMinutes());
            }
        }
        return minutes;
    }

    /** Sessions whose lock the changes set or lift. */
    private static List<Effect> lockChanges(StaffPlan before, StaffPlan after) {
        Map<String, Session> was = before.getSessions().stream().collect(Collectors.toMap(Session::getId,
                Function.identity()));
        List<Effect> effects = new ArrayList<>();
        for (Session session : after.getSessions()) {
            Session old = was.get(session.getId());
            var lockNow = Effect.lockOf(session);
            if (old != null && !Objects.equals(Effect.lockOf(old), lockNow)) {
                effects.add(Effect.ofLock(session, lockNow));
            }
        }
        return effects;
    }
}
