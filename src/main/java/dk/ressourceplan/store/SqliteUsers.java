package dk.ressourceplan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The users table of {@link SqlitePlanStore}. */
final class SqliteUsers implements UserStore {

    // Refusing anything but a SHA-256 hex digest keeps a caller from storing a raw token by mistake.
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String SELECT = "SELECT id, name, role, school_id, created_at, revoked_at FROM users ";

    private final SqliteDatabase database;
    private final Clock clock;

    SqliteUsers(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public UserRecord createUser(String name, String role, String schoolId, String tokenHash) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        requireHash(tokenHash);
        String id = Ids.newId();
        Instant now = Timestamps.stored(clock.instant());
        return database.write("create user " + name, connection -> {
            Sql.update(connection, """
                    INSERT INTO users (id, name, role, school_id, token_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", id, name, role, schoolId, tokenHash, now);
            return new UserRecord(id, name, role, schoolId, now, null);
        });
    }

    @Override
    public List<UserRecord> listUsers() {
        return database.read("list users",
                connection -> Sql.list(connection, SELECT + "ORDER BY created_at, id", SqliteUsers::user));
    }

    @Override
    public boolean revokeUser(String userId) {
        Instant now = Timestamps.stored(clock.instant());
        return database.write("revoke user " + userId, connection -> Sql.update(connection,
                "UPDATE users SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, userId) == 1);
    }

    @Override
    public Optional<UserRecord> findUserByTokenHash(String tokenHash) {
        requireHash(tokenHash);
        return database.read("find a user by token", connection -> Sql.one(connection,
                SELECT + "WHERE token_hash = ? AND revoked_at IS NULL", SqliteUsers::user, tokenHash));
    }

    private static void requireHash(String tokenHash) {
        if (tokenHash == null || !SHA_256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("a token hash must be SHA-256 as 64 lowercase hexadecimal digits");
        }
    }

    private static UserRecord user(ResultSet row) throws SQLException {
        return new UserRecord(row.getString("id"), row.getString("name"), row.getString("role"),
                row.getString("school_id"), Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("revoked_at")));
    }
}
