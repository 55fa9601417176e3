package dk.ressourceplan.api;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.ressourceplan.domain.NeedLevel;
import dk.ressourceplan.io.Json;
import dk.ressourceplan.plans.PlanDiff;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>The KPIs are recomputed for the school where that can be done from the school's part alone:
 * {@code coveragePercent}, {@code uncoveredByPriority} and {@code coTeachingContinuityPercent}. The others
 * (feasibility, travel, utilisation, PPR continuity, meeting share) describe staff across all their schools, so
 * they are left out, as is the score.
 */
final class SchoolView {

    private final String schoolId;

    SchoolView(String schoolId) {
        this.schoolId = schoolId;
    }

    /** The school's part of a problem or solved plan document; a solved one gets the school's KPIs. */
    ObjectNode document(JsonNode document) {
        ObjectNode view = Json.mapper().createObjectNode();
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
        ArrayNode demands = kept(document.path("demands"), ours);
        view.set("demands", demands);
        if (document.has("sessions")) {
            ArrayNode uncovered = kept(document.path("uncovered"), ours);
            view.set("kpis", kpis(sessions, uncovered, demands));
            view.set("uncovered", uncovered);
            view.set("sessions", sessions);
        }
        return view;
    }

    /** The score analysis cut to the matches that name the school, each rule's figures recounted from those. */
    AnalysisController.Analysis analysis(AnalysisController.Analysis analysis) {
        List<AnalysisController.BrokenConstraint> constraints = new ArrayList<>();
        for (AnalysisController.BrokenConstraint constraint : analysis.constraints()) {
            List<AnalysisController.Match> matches = constraint.matches().stream()
                    .filter(match -> match.schoolIds().contains(schoolId))
                    .toList();
            if (!matches.isEmpty()) {
                HardMediumSoftLongScore score = matches.stream()
                        .map(match -> HardMediumSoftLongScore.parseScore(match.score()))
                        .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
                constraints.add(new AnalysisController.BrokenConstraint(constraint.name(),
                        AnalysisController.Level.of(score), score.toString(), matches.size(), matches));
            }
        }
        return new AnalysisController.Analysis(analysis.revision(), null, constraints);
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
        ArrayNode kept = Json.mapper().createArrayNode();
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

    /**
     * Coverage from the school's sessions and uncovered demand, in minutes per fortnight as the plan's own KPIs
     * count them. After a rerun a session or an uncovered seat is split into parts by date; the part that holds to
     * the end of the term (no {@code to}) is the plan from now on, and only that part counts.
     */
    private static ObjectNode kpis(ArrayNode sessions, ArrayNode uncovered, ArrayNode demands) {
        Map<String, String> competenceOf = new HashMap<>();
        demands.forEach(demand -> competenceOf.put(text(demand, "id"), text(demand, "competence")));
        long covered = 0;
        Map<String, Set<String>> coTeachersOf = new LinkedHashMap<>();
        for (JsonNode session : sessions) {
            if (session.hasNonNull("to") || text(session, "staffId") == null) {
                continue;
            }
            covered += minutes(session);
            if ("co-teaching".equals(text(session, "type"))) {
                coTeachersOf.computeIfAbsent(text(session, "classId") + "|" + competenceOf.get(text(session, "demandId")),
                        k -> new HashSet<>()).add(text(session, "staffId"));
            }
        }
        Map<String, Long> uncoveredByPriority = new LinkedHashMap<>();
        for (NeedLevel level : NeedLevel.values()) {
            uncoveredByPriority.put(level.code(), 0L);
        }
        long notCovered = 0;
        for (JsonNode item : uncovered) {
            if (item.hasNonNull("to")) {
                continue;
            }
            long minutes = item.path("minutesPerFortnight").asLong();
            notCovered += minutes;
            uncoveredByPriority.merge(item.path("priority").asText(NeedLevel.GREEN.code()), minutes, Long::sum);
        }
        ObjectNode kpis = Json.mapper().createObjectNode();
        kpis.put("coveragePercent", percent(covered, covered + notCovered));
        ObjectNode byPriority = kpis.putObject("uncoveredByPriority");
        uncoveredByPriority.forEach(byPriority::put);
        long single = coTeachersOf.values().stream().filter(people -> people.size() == 1).count();
        kpis.put("coTeachingContinuityPercent", percent(single, coTeachersOf.size()));
        return kpis;
    }

    private static long minutes(JsonNode session) {
        long length = Duration.between(LocalTime.parse(text(session, "start")), LocalTime.parse(text(session, "end")))
                .toMinutes();
        // A session of week AB is held in both weeks of the fortnight.
        return "AB".equals(text(session, "week")) ? 2 * length : length;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static ArrayNode kept(JsonNode items, Predicate<JsonNode> keep) {
        ArrayNode kept = Json.mapper().createArrayNode();
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
