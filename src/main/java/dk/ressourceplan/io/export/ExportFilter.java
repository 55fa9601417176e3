package dk.ressourceplan.io.export;

import dk.ressourceplan.domain.PlanDocument;
import dk.ressourceplan.domain.PlanSession;
import dk.ressourceplan.domain.SchoolClass;
import dk.ressourceplan.domain.Uncovered;
import java.util.List;
import java.util.Objects;

/**
 * Which part of a plan to export: all of it, one school's sessions (for the school leader) or one staff member's
 * (for the personal calendar). Uncovered demand goes with its school; a staff member has none.
 */
public sealed interface ExportFilter permits ExportFilter.WholePlan, ExportFilter.OneSchool, ExportFilter.OneStaffMember {

    static ExportFilter wholePlan() {
        return new WholePlan();
    }

    static ExportFilter school(String schoolId) {
        return new OneSchool(schoolId);
    }

    static ExportFilter staff(String staffId) {
        return new OneStaffMember(staffId);
    }

    /** From optional request or command-line parameters: neither is the whole plan, both is a mistake. */
    static ExportFilter of(String schoolId, String staffId) {
        boolean bySchool = schoolId != null && !schoolId.isBlank();
        boolean byStaff = staffId != null && !staffId.isBlank();
        if (bySchool && byStaff) {
            throw new IllegalArgumentException("export one school or one staff member, not both");
        }
        return bySchool ? school(schoolId) : byStaff ? staff(staffId) : wholePlan();
    }

    /** Throws {@link IllegalArgumentException} when the school or staff member is not in the plan. */
    void checkKnownIn(PlanDocument plan);

    boolean keeps(PlanSession session);

    boolean keeps(Uncovered uncovered, PlanDocument plan);

    /** The school's or person's name, for calendar and file names; empty for the whole plan. */
    String name(PlanDocument plan);

    default List<PlanSession> sessionsOf(PlanDocument plan) {
        checkKnownIn(plan);
        return plan.sessions() == null ? List.of() : plan.sessions().stream().filter(this::keeps).toList();
    }

    default List<Uncovered> uncoveredOf(PlanDocument plan) {
        checkKnownIn(plan);
        return plan.uncovered() == null ? List.of()
                : plan.uncovered().stream().filter(u -> keeps(u, plan)).toList();
    }

    record WholePlan() implements ExportFilter {

        @Override
        public void checkKnownIn(PlanDocument plan) {
        }

        @Override
        public boolean keeps(PlanSession session) {
            return true;
        }

        @Override
        public boolean keeps(Uncovered uncovered, PlanDocument plan) {
            return true;
        }

        @Override
        public String name(PlanDocument plan) {
            return "";
        }
    }

    record OneSchool(String schoolId) implements ExportFilter {

        public OneSchool {
            Objects.requireNonNull(schoolId, "schoolId");
        }

        @Override
        public void checkKnownIn(PlanDocument plan) {
            name(plan);
        }

        @Override
        public boolean keeps(PlanSession session) {
            return schoolId.equals(session.schoolId());
        }

        /** An uncovered co-teaching demand may name only its class; the class tells the school. */
        @Override
        public boolean keeps(Uncovered uncovered, PlanDocument plan) {
            String school = uncovered.schoolId() != null ? uncovered.schoolId()
                    : plan.classes().stream().filter(c -> c.id().equals(uncovered.classId()))
                            .map(SchoolClass::schoolId).findFirst().orElse(null);
            return schoolId.equals(school);
        }

        @Override
        public String name(PlanDocument plan) {
            return plan.schools().stream().filter(s -> s.id().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no school with id \"" + schoolId + "\" in the plan"))
                    .name();
        }
    }

    record OneStaffMember(String staffId) implements ExportFilter {

        public OneStaffMember {
            Objects.requireNonNull(staffId, "staffId");
        }

        @Override
        public void checkKnownIn(PlanDocument plan) {
            name(plan);
        }

        @Override
        public boolean keeps(PlanSession session) {
            return staffId.equals(session.staffId());
        }

        @Override
        public boolean keeps(Uncovered uncovered, PlanDocument plan) {
            return false;
        }

        @Override
        public String name(PlanDocument plan) {
            return plan.staff().stream().filter(s -> s.id().equals(staffId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no staff member with id \"" + staffId + "\" in the plan"))
                    .name();
        }
    }
}
