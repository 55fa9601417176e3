package dk.ressourceplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file on disk as the sqlite3 tool sees it: where it is, its journal mode and its migrations. */
class StoreDatabaseFileTest {

    @TempDir
    Path temporary;

    @Test
    void theDataDirectoryIsCreatedAndTheFileIsInWalMode() throws SQLException {
        Path dataDirectory = temporary.resolve("var/nested");

        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            store.createPlan("Odense", "anne", "{}");
        }

        Path file = dataDirectory.resolve(SqlitePlanStore.FILE_NAME);
        assertTrue(Files.isRegularFile(file));
        assertEquals(List.of("wal"), query(file, "PRAGMA journal_mode"));
    }

    @Test
    void everyMigrationIsAppliedOnce() throws SQLException {
        SqlitePlanStore.open(temporary).close();
        SqlitePlanStore.open(temporary).close();

        assertEquals(List.of("1 true", "2 true", "3 true"), query(temporary.resolve(SqlitePlanStore.FILE_NAME),
                "SELECT version || ' ' || CASE success WHEN 1 THEN 'true' ELSE 'false' END"
                        + " FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void anOlderDatabaseIsMigratedAtStartAndKeepsItsPlans() throws SQLException {
        Path file = temporary.resolve(SqlitePlanStore.FILE_NAME);
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).target("1").load().migrate();
        execute(file, "INSERT INTO plans (id, name, created_at, created_by) VALUES"
                + " ('oldplan234', 'Rødovre', '2024-01-08T08:00:00.000Z', 'anne')");

        try (SqlitePlanStore store = SqlitePlanStore.open(temporary)) {
            assertEquals("Rødovre", store.findPlan("oldplan234").orElseThrow().name());
            assertTrue(store.listUsers().isEmpty(), "the users table of migration 2 exists");
        }
    }

    private static List<String> query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
