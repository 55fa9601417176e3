package dk.ressourceplan.api;

import dk.ressourceplan.store.UserRecord;

/**
 * The user behind a request, as {@link Access} found them.
 *
 * @param schoolId the one school a school leader sees; null for the roles that see whole plans
 * @param staffId  the staff member a staff user is; null otherwise
 */
record Caller(String userId, String name, UserRole role, String schoolId, String staffId) {

    static Caller of(UserRecord user, UserRole role) {
        return new Caller(user.id(), user.name(), role, role == UserRole.SCHOOL_LEADER ? user.schoolId() : null,
                role == UserRole.STAFF ? user.staffId() : null);
    }

    /** Whether the caller sees only one school of a plan, and only its published revision. */
    boolean isSchoolLeader() {
        return role == UserRole.SCHOOL_LEADER;
    }
}
