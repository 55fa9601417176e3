package dk.ressourceplan.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users who may call the service, and the page's login sessions. Neither a user's token nor a session id is
 * ever stored, only its hash: the caller passes the SHA-256 of the secret as 64 lowercase hexadecimal digits,
 * both when creating and when looking up. A revoked user's token and sessions stop working at once.
 */
public interface UserStore {

    /**
     * @param schoolId the school a school leader sees, or null
     * @param staffId  the staff member a staff user is, or null
     * @throws IllegalArgumentException if the hash is not 64 lowercase hexadecimal digits
     */
    UserRecord createUser(String name, String role, String schoolId, String staffId, String tokenHash);

    default UserRecord createUser(String name, String role, String schoolId, String tokenHash) {
        return createUser(name, role, schoolId, null, tokenHash);
    }

    /** All users, revoked ones included, oldest first. */
    List<UserRecord> listUsers();

    /** Stops the user's token and sessions from working; false if there was no such user with a working token. */
    boolean revokeUser(String userId);

    /** The user whose token has this hash, unless revoked. */
    Optional<UserRecord> findUserByTokenHash(String tokenHash);

    /** Starts a login session for the user, working until {@code expiresAt}. */
    void createSession(String userId, String sessionHash, Instant expiresAt);

    /** The user of the session with this hash, unless the session has expired or ended or the user is revoked. */
    Optional<UserRecord> findUserBySessionHash(String sessionHash);

    /** Ends the session (logging out); nothing happens if there is none. */
    void endSession(String sessionHash);
}
