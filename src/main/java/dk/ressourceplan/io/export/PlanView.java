package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.Competence;
import dk.ressourceplan.domain.Demand;
import dk.ressourceplan.domain.DemandType;
import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.School;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Staff;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan document looked up by id, and the words an export uses for a session. A session whose school, class or
 * person is missing from the document still exports, showing the id, so one inconsistency does not cost a school
 * its timetable.
 */
final class PlanView {

    private final PlanDocument plan;
    private final Map<String, School> schools;
    private final Map<String, SchoolClass> classes;
    private final Map<String, Staff> staff;
    private final Map<String, Demand> demands;

    PlanView(PlanDocument plan) {
        this.plan = plan;
        this.schools = byId(plan.schools(), School::id);
        this.classes = byId(plan.classes(), SchoolClass::id);
        this.staff = byId(plan.staff(), Staff::id);
        this.demands = byId(plan.demands(), Demand::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }

    PlanDocument plan() {
        return plan;
    }

    Optional<School> school(String id) {
        return Optional.ofNullable(id).map(schools::get);
    }

    Optional<Staff> staff(String id) {
        return Optional.ofNullable(id).map(staff::get);
    }

    Optional<Demand> demand(String id) {
        return Optional.ofNullable(id).map(demands::get);
    }

    String schoolName(String id) {
        return school(id).map(School::name).orElse(id == null ? "" : id);
    }

    String className(String id) {
        return Optional.ofNullable(id).map(classes::get).map(SchoolClass::name).orElse(id == null ? "" : id);
    }

    /** The person's name, or "udækket" for a session nobody covers. */
    String staffName(String id) {
        return id == null ? DanishLabels.UNCOVERED : staff(id).map(Staff::name).orElse(id);
    }

    String roleOf(String staffId) {
        return staff(staffId).map(s -> s.role().danish()).orElse("");
    }

    String competenceOf(String demandId) {
        return demand(demandId).map(Demand::competence).map(Competence::danish).orElse("");
    }

    /**
     * What the session is about, for the "Klasse/møde" column: the class of a co-teaching lesson; otherwise the
     * kind of meeting or presence, with the classes of a team meeting.
     */
    String subject(DemandType type, String demandId, String classId) {
        if (type == DemandType.CO_TEACHING) {
            return className(classId);
        }
        List<String> team = demand(demandId).map(Demand::classIds).orElse(List.of());
        String label = DanishLabels.demandType(type);
        return team == null || team.isEmpty() ? label
                : label + " (" + team.stream().map(this::className).collect(Collectors.joining(", ")) + ")";
    }

    /** The calendar title before the person: "Co-teaching 3.B (læsning)", "Samarbejds- og indsatsmøde". */
    String title(PlanSession session) {
        if (session.type() != DemandType.CO_TEACHING) {
            return subject(session.type(), session.demandId(), session.classId());
        }
        String competence = competenceOf(session.demandId());
        return DanishLabels.demandType(session.type()) + " " + className(session.classId())
                + (competence.isEmpty() ? "" : " (" + competence + ")");
    }
}
