package dk.ressourceplan.plans;

import dk.ressourceplan.store.SqlitePlanStore;
import dk.ressourceplan.store.UserRecord;
import dk.ressourceplan.store.UserStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users who may use the service, and the page's login sessions. Users hold tokens and sessions as secrets
 * ({@link Tokens}); only their hashes are kept, so a token is shown once, when its user is added. Roles are kept as
 * the codes the caller gives; what each role may call is decided at the web edge.
 */
public final class Users implements AutoCloseable {

    /** A user as the service knows them; never their token. */
    public record Account(String id, String name, String role, String schoolId, String staffId, Instant createdAt,
            Instant revokedAt) {

        static Account of(UserRecord user) {
            return new Account(user.id(), user.name(), user.role(), user.schoolId(), user.staffId(), user.createdAt(),
                    user.revokedAt());
        }
    }

    /** A user just added, with the token that is shown this once. */
    public record Added(Account account, String token) {
    }

    private final UserStore store;
    private final SqlitePlanStore owned;

    Users(UserStore store) {
        this(store, null);
    }

    private Users(UserStore store, SqlitePlanStore owned) {
        this.store = store;
        this.owned = owned;
    }

    /** The users of the data directory, for the command line, also while the service runs; close when done. */
    public static Users open(Path dataDirectory) {
        SqlitePlanStore store = SqlitePlanStore.open(dataDirectory);
        return new Users(store, store);
    }

    /**
     * @param schoolId the school a school leader sees, or null
     * @param staffId  the staff member a staff user is, or null
     */
    public Added add(String name, String role, String schoolId, String staffId) {
        String token = Tokens.newToken();
        return new Added(Account.of(store.createUser(name, role, schoolId, staffId, Tokens.sha256(token))), token);
    }

    /** All users, revoked ones included, oldest first. */
    public List<Account> list() {
        return store.listUsers().stream().map(Account::of).toList();
    }

    public boolean none() {
        return store.listUsers().isEmpty();
    }

    /** Stops the user's token and sessions from working; false if there was no such user with a working token. */
    public boolean revoke(String userId) {
        return store.revokeUser(userId);
    }

    /** The user holding this token, unless revoked. */
    public Optional<Account> byToken(String token) {
        return store.findUserByTokenHash(Tokens.sha256(token)).map(Account::of);
    }

    /** The user of this login session, unless it has expired or ended or the user is revoked. */
    public Optional<Account> bySession(String session) {
        return store.findUserBySessionHash(Tokens.sha256(session)).map(Account::of);
    }

    /** Starts a login session for the user, working until {@code expiresAt}; answers its secret. */
    public String startSession(String userId, Instant expiresAt) {
        String session = Tokens.newToken();
        store.createSession(userId, Tokens.sha256(session), expiresAt);
        return session;
    }

    public void endSession(String session) {
        store.endSession(Tokens.sha256(session));
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
