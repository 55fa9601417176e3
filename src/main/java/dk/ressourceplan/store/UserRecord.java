package dk.ressourceplan.store;

import java.time.Instant;

/**
 * Someone who may use the service. The role is kept as text because its meaning belongs to the API.
 *
 * @param schoolId  the school a school leader sees, or null
 * @param staffId   the staff member (as the terms name them) whose calendar a staff user follows, or null
 * @param revokedAt when the user's token stopped working, or null while it works
 */
public record UserRecord(String id, String name, String role, String schoolId, String staffId, Instant createdAt,
        Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
