package dk.ressourceplan.plans;

/**
 * Who reads a plan, as far as it decides what they see: the planner and the PPR leader see whole plans and every
 * revision; a school leader sees one school of the published revision, with the figures that school's part is enough
 * for ({@link SchoolView}).
 *
 * @param name     recorded as the author of what they do
 * @param schoolId the one school a school leader sees; null for whole plans
 */
public record Viewer(String name, String schoolId) {

    public static Viewer wholePlans(String name) {
        return new Viewer(name, null);
    }

    public static Viewer oneSchool(String name, String schoolId) {
        return new Viewer(name, java.util.Objects.requireNonNull(schoolId, "schoolId"));
    }

    /** Whether only one school of a plan is theirs, and only its published revisions. */
    public boolean seesOneSchool() {
        return schoolId != null;
    }
}
