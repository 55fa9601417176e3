package dk.ressourceplan.store;

import java.util.List;
import java.util.Optional;

/**
 * The users who may call the service. A user's token is never stored, only its hash: the caller passes the
 * SHA-256 of the token as 64 lowercase hexadecimal digits, both when creating the user and when looking one up.
 */
public interface UserStore {

    /**
     * @param schoolId the school a school leader sees, or null
     * @throws IllegalArgumentException if the hash is not 64 lowercase hexadecimal digits
     */
    UserRecord createUser(String name, String role, String schoolId, String tokenHash);

    /** All users, revoked ones included, oldest first. */
    List<UserRecord> listUsers();

    /** Stops the user's token from working; false if there was no such user with a working token. */
    boolean revokeUser(String userId);

    /** The user whose token has this hash, unless revoked. */
    Optional<UserRecord> findUserByTokenHash(String tokenHash);
}
