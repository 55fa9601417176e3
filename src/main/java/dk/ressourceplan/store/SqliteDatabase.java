package dk.ressourceplan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file in WAL mode, migrated when opened. SQLite lets one connection write at a time, so all writes go
 * through a single connection taken under a lock, each in its own transaction; that also makes "read the highest
 * number, insert the next" safe. Reads use a few connections of their own, which in WAL mode see the last
 * committed state without waiting for the writer.
 */
final class SqliteDatabase implements AutoCloseable {

    /** How long a statement waits for a lock held by another process, such as the sqlite3 tool. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int READERS = 4;

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();

    private SqliteDatabase(Connection writer) {
        this.writer = writer;
    }

    static SqliteDatabase open(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory for " + file, e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SQLiteDataSource writerSource = dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE);
        migrate(writerSource, file);
        SQLiteDataSource readerSource = dataSource(url, SQLiteConfig.TransactionMode.DEFERRED);
        SqliteDatabase database = null;
        try {
            database = new SqliteDatabase(writerSource.getConnection());
            for (int i = 0; i < READERS; i++) {
                Connection reader = readerSource.getConnection();
                database.allReaders.add(reader);
                try (Statement statement = reader.createStatement()) {
                    // A write through a reader would bypass the write lock; let SQLite refuse it.
                    statement.execute("PRAGMA query_only = true");
                }
                database.readers.add(reader);
            }
            return database;
        } catch (SQLException e) {
            if (database != null) {
                database.close();
            }
            throw new StoreException("cannot open " + file, e);
        }
    }

    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode transactionMode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // IMMEDIATE takes the write lock at BEGIN, so a transaction never fails half-way on upgrading its lock.
        config.setTransactionMode(transactionMode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    private static void migrate(SQLiteDataSource source, Path file) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the schema of " + file, e);
        }
    }

    /** Runs the work in one transaction, committed if it returns and rolled back if it throws. */
    <T> T write(String what, SqlWork<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollBack(e);
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollBack(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    <T> T read(String what, SqlWork<T> work) {
        Connection reader = takeReader();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        } finally {
            readers.add(reader);
        }
    }

    private Connection takeReader() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
    }

    /** Closes the connections; call when no other thread uses the store any more. */
    @Override
    public void close() {
        List<SQLException> failures = new ArrayList<>();
        List<Connection> all = new ArrayList<>(allReaders);
        all.add(writer);
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new StoreException("cannot close the database", failures.get(0));
        }
    }
}
