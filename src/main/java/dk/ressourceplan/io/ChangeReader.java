package dk.ressourceplan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.ressourceplan.domain.Change;
import dk.ressourceplan.domain.ChangeSet;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.Staff;
import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.io.Checks.At;
import dk.ressourceplan.io.Checks.Range;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks a rerun's change document against the plan it changes: every problem at once, each naming
 * its field ({@code changes[2].staffId}). The term as it stands after the changes is then checked like any term,
 * so a new demand or staff member must be as valid as one in the original input.
 */
public final class ChangeReader {

    private static final Set<String> TYPES = Set.of(Change.STAFF_UNAVAILABLE, Change.STAFF_HOURS_CHANGED,
            Change.STAFF_ADDED, Change.DEMAND_ADDED, Change.DEMAND_CHANGED, Change.DEMAND_REMOVED);
    private static final Range HOURS_PER_WEEK = Range.between(0, 48);

    private final PlanDocument plan;
    private final Checks checks = new Checks();

    private ChangeReader(PlanDocument plan) {
        this.plan = plan;
    }

    public static ChangeSet read(String json, PlanDocument plan) {
        return read(json.getBytes(StandardCharsets.UTF_8), plan);
    }

    public static ChangeSet read(byte[] json, PlanDocument plan) {
        try {
            return read(new ByteArrayInputStream(json), plan);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    public static ChangeSet read(Path file, PlanDocument plan) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, plan);
        }
    }

    public static ChangeSet read(InputStream in, PlanDocument plan) throws IOException {
        JsonNode root = PlanReader.tree(in);
        ChangeReader reader = new ChangeReader(plan);
        reader.check(At.document(root));
        if (!reader.checks.errors().isEmpty()) {
            throw new InvalidInputException(reader.checks.errors());
        }
        try {
            return Json.mapper().treeToValue(root, ChangeSet.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new ValidationError("$", "could not be read: "
                    + ParserDetail.plain(e.getOriginalMessage()), "kunne ikke læses: en værdi har en forkert type")));
        }
    }

    private void check(At root) {
        if (!checks.object(root)) {
            return;
        }
        LocalDate effective = checks.date(root.required("effectiveDate"));
        if (effective != null && plan.term() != null && (effective.isBefore(plan.term().firstDate())
                || effective.isAfter(plan.term().lastDate()))) {
            checks.report(root.required("effectiveDate"), "must lie within the term (" + plan.term().firstDate() + " to "
                    + plan.term().lastDate() + ")", "skal ligge i terminen (" + plan.term().firstDate() + " til "
                    + plan.term().lastDate() + ")");
        }
        String level = checks.text(root.optional("changeLevel"));
        if (level != null && !level.equalsIgnoreCase("soft") && !level.equalsIgnoreCase("medium")) {
            checks.report(root.optional("changeLevel"), "must be soft or medium", "skal være soft eller medium");
        }
        Set<String> staffIds = plan.staff().stream().map(Staff::id).collect(Collectors.toCollection(HashSet::new));
        Set<String> demandIds = plan.demands().stream().map(Demand::id).collect(Collectors.toCollection(HashSet::new));
        for (At change : checks.objects(root.required("changes"))) {
            checkChange(change, effective, staffIds, demandIds);
        }
    }

    private void checkChange(At change, LocalDate effective, Set<String> staffIds, Set<String> demandIds) {
        String type = checks.nonBlank(change.required("type"));
        if (type == null) {
            return;
        }
        if (!TYPES.contains(type)) {
            checks.report(change.required("type"), "must be one of " + TYPES, "skal være en af " + TYPES);
            return;
        }
        LocalDate from = checks.date(change.optional("from"));
        LocalDate to = checks.date(change.optional("to"));
        if (from != null && effective != null && from.isAfter(effective)) {
            checks.report(change.optional("from"), "starts after the effective date; rerun from that date for it",
                    "begynder efter ændringsdatoen; genplanlæg fra den dato for denne ændring");
        }
        if (to != null && !Change.STAFF_UNAVAILABLE.equals(type)) {
            checks.report(change.optional("to"), "only a staffUnavailable change has an end date; "
                    + "rerun from the day after it to undo another change", "kun en staffUnavailable-ændring har en "
                    + "slutdato; genplanlæg fra dagen efter for at gøre en anden ændring om");
        } else if (to != null && effective != null && (to.isBefore(effective) || from != null && to.isBefore(from))) {
            // The plan before the effective date stays as published, so a leave over by then would change nothing.
            checks.report(change.optional("to"), "must not be before the change starts or the effective date",
                    "må ikke ligge før ændringen begynder eller før ændringsdatoen");
        }
        switch (type) {
            case Change.STAFF_UNAVAILABLE -> knownStaff(change, staffIds);
            case Change.STAFF_HOURS_CHANGED -> {
                knownStaff(change, staffIds);
                checks.number(change.required("hoursPerWeek"), HOURS_PER_WEEK);
            }
            case Change.STAFF_ADDED -> newId(change.required("staff"), staffIds, "staff member", "medarbejder");
            case Change.DEMAND_ADDED -> newId(change.required("demand"), demandIds, "demand", "behov");
            case Change.DEMAND_CHANGED -> knownId(change.required("demand").required("id"), demandIds, "demand", "behov");
            case Change.DEMAND_REMOVED -> knownId(change.required("demandId"), demandIds, "demand", "behov");
            default -> throw new IllegalStateException(type);
        }
    }

    private void knownStaff(At change, Set<String> staffIds) {
        knownId(change.required("staffId"), staffIds, "staff member", "medarbejder");
    }

    private void knownId(At at, Set<String> ids, String what, String whatDa) {
        String id = checks.id(at);
        if (id != null && !ids.contains(id)) {
            checks.report(at, "no " + what + " has the id '" + id + "'", "der findes ingen " + whatDa + " med id'et '" + id + "'");
        }
    }

    private void newId(At item, Set<String> ids, String what, String whatDa) {
        if (!checks.object(item)) {
            return;
        }
        String id = checks.id(item.required("id"));
        if (id != null && !ids.add(id)) {
            checks.report(item.required("id"), "a " + what + " with the id '" + id + "' exists already",
                    "der findes allerede en " + whatDa + " med id'et '" + id + "'");
        }
    }
}
