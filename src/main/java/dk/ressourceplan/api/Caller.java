package dk.ressourceplan.api;

import dk.ressourceplan.plans.Users;
import dk.ressourceplan.plans.Viewer;

/**
 * The user behind a request, as {@link Access} found them.
 *
 * @param schoolId the one school a school leader sees; null for the roles that see whole plans
 * @param staffId  the staff member a staff user is; null otherwise
 */
record Caller(String userId, String name, UserRole role, String schoolId, String staffId) {

    static Caller of(Users.Account user, UserRole role) {
        return new Caller(user.id(), user.name(), role, role == UserRole.SCHOOL_LEADER ? user.schoolId() : null,
                role == UserRole.STAFF ? user.staffId() : null);
    }

    /** What the caller sees of plans: a school leader one school, the others whole plans. */
    Viewer viewer() {
        return role == UserRole.SCHOOL_LEADER ? Viewer.oneSchool(name, schoolId) : Viewer.wholePlans(name);
    }
}
