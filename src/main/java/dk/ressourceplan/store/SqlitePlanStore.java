package dk.ressourceplan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store in one SQLite file, {@value #FILE_NAME} in the data directory, which is created if missing. The
 * schema is created and migrated when the store opens.
 */
public final class SqlitePlanStore implements PlanStore, UserStore, AutoCloseable {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("var");
    public static final String FILE_NAME = "ressourceplan.db";

    private final SqliteDatabase database;
    private final Clock clock;
    private final SqliteUsers users;

    private SqlitePlanStore(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.users = new SqliteUsers(database, clock);
    }

    /** Opens {@value #FILE_NAME} in the data directory, creating both if missing and migrating the schema. */
    public static SqlitePlanStore open(Path dataDirectory) {
        return open(dataDirectory, Clock.systemUTC());
    }

    /** @param clock the time recorded on plans, revisions, publications and users */
    public static SqlitePlanStore open(Path dataDirectory, Clock clock) {
        return new SqlitePlanStore(SqliteDatabase.open(dataDirectory.resolve(FILE_NAME)), clock);
    }

    @Override
    public PlanRecord createPlan(String name, String author, String problemJson) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(author, "author");
        RevisionContent problem = RevisionContent.of(problemJson);
        String id = Ids.newId();
        Instant now = now();
        return database.write("create plan " + name, connection -> {
            Sql.update(connection, "INSERT INTO plans (id, name, created_at, created_by) VALUES (?, ?, ?, ?)",
                    id, name, now, author);
            insertRevision(connection, id, 1, RevisionKind.PROBLEM, RevisionState.COMPLETE, author, null, problem,
                    now);
            return new PlanRecord(id, name, now, author);
        });
    }

    @Override
    public List<PlanRecord> listPlans() {
        return database.read("list plans", connection -> Sql.list(connection,
                "SELECT id, name, created_at, created_by FROM plans WHERE deleted_at IS NULL ORDER BY created_at, id",
                SqlitePlanStore::plan));
    }

    @Override
    public Optional<PlanRecord> findPlan(String planId) {
        return database.read("find plan " + planId, connection -> Sql.one(connection,
                "SELECT id, name, created_at, created_by FROM plans WHERE id = ? AND deleted_at IS NULL",
                SqlitePlanStore::plan, planId));
    }

    @Override
    public boolean deletePlan(String planId, String by) {
        Objects.requireNonNull(by, "by");
        Instant now = now();
        return database.write("delete plan " + planId, connection -> {
            boolean deleted = Sql.update(connection,
                    "UPDATE plans SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL",
                    now, by, planId) == 1;
            if (deleted) {
                // A solve stopped by the deletion saves nothing more: its revision ends here, as interrupted.
                Sql.update(connection, "UPDATE revisions SET state = ?, interrupted = ? WHERE plan_id = ? AND state = ?",
                        RevisionState.COMPLETE, true, planId, RevisionState.IN_PROGRESS);
            }
            return deleted;
        });
    }

    @Override
    public RevisionRecord addRevision(String planId, RevisionKind kind, RevisionState state, String author,
            Integer parentNumber, RevisionContent content) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        Instant now = now();
        return database.write("add a revision to plan " + planId, connection -> {
            requireLivePlan(connection, planId);
            if (parentNumber != null) {
                requireRevision(connection, planId, parentNumber);
            }
            int number = nextNumber(connection, "revisions", planId);
            insertRevision(connection, planId, number, kind, state, author, parentNumber, content, now);
            return record(connection, planId, number);
        });
    }

    @Override
    public RevisionRecord updateInProgressRevision(String planId, int number, RevisionContent content,
            RevisionState state) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        Instant now = now();
        return database.write("update revision " + number + " of plan " + planId, connection -> {
            requireLivePlan(connection, planId);
            if (requireRevision(connection, planId, number).state() == RevisionState.COMPLETE) {
                throw new IllegalStateException(
                        "revision " + number + " of plan " + planId + " is complete and cannot change");
            }
            Sql.update(connection, """
                    UPDATE revisions SET document = ?, score = ?, kpis = ?, state = ?, updated_at = ?
                    WHERE plan_id = ? AND number = ?""",
                    content.documentJson(), content.score(), content.kpisJson(), state, now, planId, number);
            return record(connection, planId, number);
        });
    }

    @Override
    public List<RevisionRecord> revisions(String planId) {
        return database.read("list the revisions of plan " + planId, connection -> Sql.list(connection,
                RevisionRows.RECORDS + "WHERE r.plan_id = ? AND pl.deleted_at IS NULL ORDER BY r.number",
                RevisionRows::record, planId));
    }

    @Override
    public Optional<RevisionDocument> revision(String planId, int number) {
        return database.read("read revision " + number + " of plan " + planId, connection -> Sql.one(connection,
                RevisionRows.DOCUMENTS + "WHERE r.plan_id = ? AND r.number = ? AND pl.deleted_at IS NULL",
                RevisionRows::document, planId, number));
    }

    @Override
    public Optional<RevisionDocument> latest(String planId, RevisionKind... kinds) {
        List<RevisionKind> wanted = kinds.length == 0 ? List.of(RevisionKind.values()) : Arrays.asList(kinds);
        String placeholders = String.join(", ", Collections.nCopies(wanted.size(), "?"));
        List<Object> parameters = new ArrayList<>(wanted);
        parameters.add(0, planId);
        return database.read("read the latest revision of plan " + planId, connection -> Sql.one(connection,
                RevisionRows.DOCUMENTS + "WHERE r.plan_id = ? AND r.kind IN (" + placeholders + ")"
                        + " AND pl.deleted_at IS NULL ORDER BY r.number DESC LIMIT 1",
                RevisionRows::document, parameters.toArray()));
    }

    @Override
    public RevisionRecord publish(String planId, int number, String by) {
        Objects.requireNonNull(by, "by");
        Instant now = now();
        return database.write("publish revision " + number + " of plan " + planId, connection -> {
            requireLivePlan(connection, planId);
            RevisionRecord revision = requireRevision(connection, planId, number);
            if (!revision.kind().isPublishable()) {
                throw new IllegalStateException("revision " + number + " of plan " + planId + " is a "
                        + revision.kind() + "; only a solution or a rerun can be published");
            }
            if (revision.state() != RevisionState.COMPLETE) {
                throw new IllegalStateException(
                        "revision " + number + " of plan " + planId + " is still being solved");
            }
            if (!revision.holdsPlan()) {
                throw new IllegalStateException("revision " + number + " of plan " + planId
                        + " holds no plan: its rerun ended before it found one");
            }
            Sql.update(connection, """
                    INSERT INTO publications (plan_id, number, revision_number, published_at, published_by)
                    VALUES (?, ?, ?, ?, ?)""",
                    planId, nextNumber(connection, "publications", planId), number, now, by);
            return record(connection, planId, number);
        });
    }

    @Override
    public Optional<RevisionDocument> published(String planId) {
        return database.read("read the published revision of plan " + planId, connection -> Sql.one(connection,
                RevisionRows.DOCUMENTS + """
                        WHERE r.plan_id = ? AND pl.deleted_at IS NULL AND r.number = (
                            SELECT latest.revision_number FROM publications latest WHERE latest.plan_id = ?
                            ORDER BY latest.number DESC LIMIT 1)""",
                RevisionRows::document, planId, planId));
    }

    @Override
    public List<Publication> publications(String planId) {
        return database.read("list the publications of plan " + planId, connection -> Sql.list(connection, """
                SELECT pub.revision_number, pub.published_at, pub.published_by
                FROM publications pub JOIN plans pl ON pl.id = pub.plan_id
                WHERE pub.plan_id = ? AND pl.deleted_at IS NULL ORDER BY pub.number""",
                SqlitePlanStore::publication, planId));
    }

    @Override
    public Optional<PlanHistory> history(String planId) {
        return database.read("read the history of plan " + planId, connection -> {
            Optional<PlanHistory> plan = Sql.one(connection,
                    "SELECT id, name, created_at, created_by, deleted_at, deleted_by FROM plans WHERE id = ?",
                    row -> new PlanHistory(plan(row), Timestamps.parse(row.getString("deleted_at")),
                            row.getString("deleted_by"), List.of(), List.of()), planId);
            if (plan.isEmpty()) {
                return plan;
            }
            List<RevisionRecord> revisions = Sql.list(connection,
                    RevisionRows.RECORDS + "WHERE r.plan_id = ? ORDER BY r.number", RevisionRows::record, planId);
            List<Publication> publications = Sql.list(connection, """
                    SELECT revision_number, published_at, published_by FROM publications
                    WHERE plan_id = ? ORDER BY number""", SqlitePlanStore::publication, planId);
            PlanHistory found = plan.get();
            return Optional.of(new PlanHistory(found.plan(), found.deletedAt(), found.deletedBy(), revisions,
                    publications));
        });
    }

    @Override
    public List<RevisionRecord> recoverInterrupted() {
        return database.write("recover interrupted revisions", connection -> {
            List<RevisionRecord> interrupted = Sql.list(connection,
                    RevisionRows.RECORDS + "WHERE r.state = ? ORDER BY r.plan_id, r.number",
                    RevisionRows::record, RevisionState.IN_PROGRESS);
            List<RevisionRecord> recovered = new ArrayList<>();
            for (RevisionRecord revision : interrupted) {
                // updated_at stays the time the best plan was saved: the trail shows how old the recovered plan is.
                Sql.update(connection, """
                        UPDATE revisions SET state = ?, interrupted = ?
                        WHERE plan_id = ? AND number = ?""",
                        RevisionState.COMPLETE, true, revision.planId(), revision.number());
                recovered.add(record(connection, revision.planId(), revision.number()));
            }
            return recovered;
        });
    }

    @Override
    public UserRecord createUser(String name, String role, String schoolId, String staffId, String tokenHash) {
        return users.createUser(name, role, schoolId, staffId, tokenHash);
    }

    @Override
    public List<UserRecord> listUsers() {
        return users.listUsers();
    }

    @Override
    public boolean revokeUser(String userId) {
        return users.revokeUser(userId);
    }

    @Override
    public Optional<UserRecord> findUserByTokenHash(String tokenHash) {
        return users.findUserByTokenHash(tokenHash);
    }

    @Override
    public void createSession(String userId, String sessionHash, Instant expiresAt) {
        users.createSession(userId, sessionHash, expiresAt);
    }

    @Override
    public Optional<UserRecord> findUserBySessionHash(String sessionHash) {
        return users.findUserBySessionHash(sessionHash);
    }

    @Override
    public void endSession(String sessionHash) {
        users.endSession(sessionHash);
    }

    /** Closes the file; call after every thread using the store has stopped. */
    @Override
    public void close() {
        database.close();
    }

    private Instant now() {
        return Timestamps.stored(clock.instant());
    }

    private static void insertRevision(Connection connection, String planId, int number, RevisionKind kind,
            RevisionState state, String author, Integer parentNumber, RevisionContent content, Instant now)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO revisions (id, plan_id, number, kind, state, interrupted, created_at, updated_at, author,
                                       parent_number, score, kpis, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Ids.newId(), planId, number, kind, state, false, now, now, author, parentNumber, content.score(),
                content.kpisJson(), content.documentJson());
    }

    /** Safe because writes are serialised; the unique key on (plan_id, number) would refuse a duplicate. */
    private static int nextNumber(Connection connection, String table, String planId) throws SQLException {
        return Sql.one(connection, "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM " + table + " WHERE plan_id = ?",
                row -> row.getInt("next"), planId).orElseThrow();
    }

    private static void requireLivePlan(Connection connection, String planId) throws SQLException {
        if (Sql.one(connection, "SELECT id FROM plans WHERE id = ? AND deleted_at IS NULL", row -> row.getString(1),
                planId).isEmpty()) {
            throw new NotFoundException("no plan " + planId);
        }
    }

    private static RevisionRecord requireRevision(Connection connection, String planId, int number)
            throws SQLException {
        return find(connection, planId, number)
                .orElseThrow(() -> new NotFoundException("plan " + planId + " has no revision " + number));
    }

    private static RevisionRecord record(Connection connection, String planId, int number) throws SQLException {
        return find(connection, planId, number).orElseThrow();
    }

    private static Optional<RevisionRecord> find(Connection connection, String planId, int number)
            throws SQLException {
        return Sql.one(connection, RevisionRows.RECORDS + "WHERE r.plan_id = ? AND r.number = ?",
                RevisionRows::record, planId, number);
    }

    private static Publication publication(ResultSet row) throws SQLException {
        return new Publication(row.getInt("revision_number"), Timestamps.parse(row.getString("published_at")),
                row.getString("published_by"));
    }

    private static PlanRecord plan(ResultSet row) throws SQLException {
        return new PlanRecord(row.getString("id"), row.getString("name"),
                Timestamps.parse(row.getString("created_at")), row.getString("created_by"));
    }
}
