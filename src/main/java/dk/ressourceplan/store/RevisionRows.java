package dk.ressourceplan.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** How revisions are read: each with its latest publication, and with its document only when asked for. */
final class RevisionRows {

    private static final String SELECT = """
            SELECT r.id, r.plan_id, r.number, r.kind, r.state, r.interrupted, r.created_at, r.updated_at,
                   r.author, r.parent_number, r.score, r.kpis, pub.published_at, pub.published_by%s
            FROM revisions r
            JOIN plans pl ON pl.id = r.plan_id
            LEFT JOIN publications pub ON pub.plan_id = r.plan_id AND pub.number = (
                SELECT MAX(q.number) FROM publications q WHERE q.plan_id = r.plan_id AND q.revision_number = r.number)
            """;

    /** Revisions without documents; continue with WHERE. */
    static final String RECORDS = SELECT.formatted("");
    /** Revisions with documents; continue with WHERE. */
    static final String DOCUMENTS = SELECT.formatted(", r.document");

    private RevisionRows() {
    }

    static RevisionRecord record(ResultSet row) throws SQLException {
        String publishedAt = row.getString("published_at");
        int number = row.getInt("number");
        return new RevisionRecord(
                row.getString("id"),
                row.getString("plan_id"),
                number,
                RevisionKind.valueOf(row.getString("kind")),
                RevisionState.valueOf(row.getString("state")),
                row.getInt("interrupted") == 1,
                Timestamps.parse(row.getString("created_at")),
                Timestamps.parse(row.getString("updated_at")),
                row.getString("author"),
                Sql.nullableInt(row, "parent_number"),
                row.getString("score"),
                row.getString("kpis"),
                publishedAt == null ? null
                        : new Publication(number, Timestamps.parse(publishedAt), row.getString("published_by")));
    }

    static RevisionDocument document(ResultSet row) throws SQLException {
        return new RevisionDocument(record(row), row.getString("document"));
    }
}
