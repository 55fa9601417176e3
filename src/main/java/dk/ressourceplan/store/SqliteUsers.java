package dk.ressourceplan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The users and user_sessions tables of {@link SqlitePlanStore}. */
final class SqliteUsers implements UserStore {

    // Refusing anything but a SHA-256 hex digest keeps a caller from storing a raw token by mistake.
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String COLUMNS = "u.id, u.name, u.role, u.school_id, u.staff_id, u.created_at, u.revoked_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM users u ";

    private final SqliteDatabase database;
    private final Clock clock;

    SqliteUsers(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public UserRecord createUser(String name, String role, String schoolId, String staffId, String tokenHash) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        requireHash(tokenHash);
        String id = Ids.newId();
        Instant now = Timestamps.stored(clock.instant());
        return database.write("create user " + name, connection -> {
            Sql.update(connection, """
                    INSERT INTO users (id, name, role, school_id, staff_id, token_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", id, name, role, schoolId, staffId, tokenHash, now);
            return new UserRecord(id, name, role, schoolId, staffId, now, null);
        });
    }

    @Override
    public List<UserRecord> listUsers() {
        return database.read("list users",
                connection -> Sql.list(connection, SELECT + "ORDER BY u.created_at, u.id", SqliteUsers::user));
    }

    @Override
    public boolean revokeUser(String userId) {
        Instant now = Timestamps.stored(clock.instant());
        return database.write("revoke user " + userId, connection -> {
            Sql.update(connection, "DELETE FROM user_sessions WHERE user_id = ?", userId);
            return Sql.update(connection, "UPDATE users SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                    now, userId) == 1;
        });
    }

    @Override
    public Optional<UserRecord> findUserByTokenHash(String tokenHash) {
        requireHash(tokenHash);
        return database.read("find a user by token", connection -> Sql.one(connection,
                SELECT + "WHERE u.token_hash = ? AND u.revoked_at IS NULL", SqliteUsers::user, tokenHash));
    }

    @Override
    public void createSession(String userId, String sessionHash, Instant expiresAt) {
        requireHash(sessionHash);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Instant now = Timestamps.stored(clock.instant());
        database.write("start a session for user " + userId, connection -> Sql.update(connection, """
                INSERT INTO user_sessions (id_hash, user_id, created_at, expires_at)
                VALUES (?, ?, ?, ?)""", sessionHash, userId, now, Timestamps.stored(expiresAt)));
    }

    /** The expiry is compared here rather than in SQL, so that no database's date functions are needed. */
    @Override
    public Optional<UserRecord> findUserBySessionHash(String sessionHash) {
        requireHash(sessionHash);
        Instant now = clock.instant();
        return database.read("find a user by session", connection -> Sql.one(connection,
                        "SELECT " + COLUMNS + ", s.expires_at FROM user_sessions s JOIN users u ON u.id = s.user_id "
                                + "WHERE s.id_hash = ? AND u.revoked_at IS NULL",
                        row -> new Session(user(row), Timestamps.parse(row.getString("expires_at"))), sessionHash))
                .filter(session -> now.isBefore(session.expiresAt()))
                .map(Session::user);
    }

    @Override
    public void endSession(String sessionHash) {
        requireHash(sessionHash);
        database.write("end a session", connection ->
                Sql.update(connection, "DELETE FROM user_sessions WHERE id_hash = ?", sessionHash));
    }

    private record Session(UserRecord user, Instant expiresAt) {
    }

    private static void requireHash(String hash) {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("a token hash must be SHA-256 as 64 lowercase hexadecimal digits");
        }
    }

    private static UserRecord user(ResultSet row) throws SQLException {
        return new UserRecord(row.getString("id"), row.getString("name"), row.getString("role"),
                row.getString("school_id"), row.getString("staff_id"), Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("revoked_at")));
    }
}
