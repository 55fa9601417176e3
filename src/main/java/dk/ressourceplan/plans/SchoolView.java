package dk.ressourceplan.plans;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.domain.PlanDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A plan as one school's leader sees it. Only the school's own part is left: the school, its classes and demands,
 * its sessions and uncovered demand, and of the staff only those with a session at the school, each with name,
 * role and competences (their hours, base, unavailable times and preferences are nobody else's business). The
 * travel matrix, weights and rules, which are about the whole municipality, are left out.
 *
 * <p>The KPIs are the planner's, computed by plans/ ({@link SchoolCut}) on the school's part of the plan, and only
 * those that part is enough for: {@code coveragePercent}, {@code uncoveredByPriority} and
 * {@code coTeachingContinuityPercent}. The others describe staff across all their schools, so they are left out, as
 * is the score.
 */
final class SchoolView {

    private final String schoolId;

    SchoolView(String schoolId) {
        this.schoolId = schoolId;
    }

    /** The school's part of a problem or solved plan document. */
    ObjectNode document(JsonNode document) {
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        if (document.has("term")) {
            view.set("term", document.get("term"));
        }
        view.set("schools", kept(document.path("schools"), school -> schoolId.equals(text(school, "id"))));
        ArrayNode classes = kept(document.path("classes"), schoolClass -> schoolId.equals(text(schoolClass, "schoolId")));
        Set<String> classIds = ids(classes, "id");
        Predicate<JsonNode> ours = item -> schoolId.equals(text(item, "schoolId")) || classIds.contains(text(item, "classId"));
        ArrayNode sessions = kept(document.path("sessions"), session -> schoolId.equals(text(session, "schoolId")));
        Set<String> serving = ids(sessions, "staffId");
        view.set("classes", classes);
        view.set("staff", staff(document.path("staff"), serving));
        view.set("demands", kept(document.path("demands"), ours));
        if (document.has("sessions")) {
            view.set("uncovered", kept(document.path("uncovered"), ours));
            view.set("sessions", sessions);
        }
        return view;
    }

    /**
     * The school's part of a solved plan with the school's KPIs, which plans/ computes on the same part of
     * {@code solved}, the same revision read as the plan document it is.
     */
    ObjectNode solution(JsonNode document, PlanDocument solved) {
        ObjectNode view = document(document);
        SchoolCut.SchoolKpis figures = SchoolCut.kpis(solved, schoolId);
        ObjectNode kpis = view.putObject("kpis");
        kpis.put("coveragePercent", figures.coveragePercent());
        ObjectNode byPriority = kpis.putObject("uncoveredByPriority");
        for (NeedLevel level : NeedLevel.values()) {
            byPriority.put(level.code(), figures.uncoveredByPriority().getOrDefault(level, 0));
        }
        kpis.put("coTeachingContinuityPercent", figures.coTeachingContinuityPercent());
        if (figures.programmeWeeks() != null) {
            kpis.put("programmeWeeksCoveredPercent", figures.programmeWeeks().coveredPercent());
            kpis.set("programmeWeeks", Json.mapper().valueToTree(List.of(figures.programmeWeeks())));
        }
        if (figures.coordinationMeetingsOnTime() != null) {
            kpis.put("coordinationMeetingsOnTime", figures.coordinationMeetingsOnTime());
        }
        return view;
    }

    /** The score analysis cut to the matches that name the school, each rule's figures recounted from those. */
    Explanations.Analysis analysis(Explanations.Analysis analysis) {
        List<Explanations.BrokenConstraint> constraints = new ArrayList<>();
        for (Explanations.BrokenConstraint constraint : analysis.constraints()) {
            List<Explanations.Match> matches = constraint.matches().stream()
                    .filter(match -> match.schoolIds().contains(schoolId))
                    .toList();
            if (!matches.isEmpty()) {
                HardMediumSoftLongScore score = matches.stream()
                        .map(match -> HardMediumSoftLongScore.parseScore(match.score()))
                        .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
                constraints.add(new Explanations.BrokenConstraint(constraint.name(), constraint.nameDa(),
                        Explanations.Level.of(score), score.toString(), matches.size(), matches));
            }
        }
        return new Explanations.Analysis(analysis.revision(), null, constraints);
    }

    /** The differences at the school; by staff member only as far as they concern the school. */
    PlanDiff.Result diff(PlanDiff.Result diff) {
        List<PlanDiff.Entry> entries = diff.entries().stream().filter(entry -> schoolId.equals(entry.schoolId())).toList();
        Map<String, List<PlanDiff.Entry>> bySchool = entries.isEmpty() ? Map.of() : Map.of(schoolId, entries);
        Map<String, List<PlanDiff.Entry>> byStaff = new LinkedHashMap<>();
        for (PlanDiff.Entry entry : entries) {
            for (String person : new LinkedHashSet<>(Arrays.asList(entry.staffBefore(), entry.staffAfter()))) {
                if (person != null) {
                    byStaff.computeIfAbsent(person, k -> new ArrayList<>()).add(entry);
                }
            }
        }
        return new PlanDiff.Result(entries, bySchool, byStaff);
    }

    private static ArrayNode staff(JsonNode staff, Set<String> serving) {
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        for (JsonNode person : staff) {
            if (serving.contains(text(person, "id"))) {
                ObjectNode shown = kept.addObject();
                for (String field : List.of("id", "name", "role", "competences")) {
                    if (person.has(field)) {
                        shown.set(field, person.get(field));
                    }
                }
            }
        }
        return kept;
    }

    private static ArrayNode kept(JsonNode items, Predicate<JsonNode> keep) {
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        items.forEach(item -> {
            if (keep.test(item)) {
                kept.add(item);
            }
        });
        return kept;
    }

    private static Set<String> ids(ArrayNode items, String field) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> {
            String id = text(item, field);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
