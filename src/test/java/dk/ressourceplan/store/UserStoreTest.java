package dk.ressourceplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

    @TempDir
    Path dataDirectory;

    private SqlitePlanStore store;

    @BeforeEach
    void open() {
        store = SqlitePlanStore.open(dataDirectory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aUserIsFoundByTheHashOfTheirToken() {
        UserRecord leader = store.createUser("Karen", "SCHOOL_LEADER", "school-a", sha256("token-karen"));
        UserRecord planner = store.createUser("Anne", "PLANNER", null, sha256("token-anne"));

        assertEquals(leader, store.findUserByTokenHash(sha256("token-karen")).orElseThrow());
        assertEquals("school-a", leader.schoolId());
        assertNull(planner.schoolId());
        assertTrue(store.findUserByTokenHash(sha256("token-unknown")).isEmpty());
        assertEquals(List.of(leader.id(), planner.id()).stream().sorted().toList(),
                store.listUsers().stream().map(UserRecord::id).sorted().toList());
    }

    @Test
    void aRevokedTokenFindsNobodyAndTheUserIsStillListed() {
        UserRecord user = store.createUser("Bo", "PPR_LEADER", null, sha256("token-bo"));

        assertTrue(store.revokeUser(user.id()));

        assertTrue(store.findUserByTokenHash(sha256("token-bo")).isEmpty());
        assertFalse(store.revokeUser(user.id()), "already revoked");
        assertFalse(store.revokeUser("nosuchuser"));
        UserRecord listed = store.listUsers().get(0);
        assertEquals(user.id(), listed.id());
        assertTrue(listed.isRevoked());
    }

    @Test
    void onlyHashesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> store.createUser("Bo", "PLANNER", null, "token-bo"));
        assertThrows(IllegalArgumentException.class,
                () -> store.createUser("Bo", "PLANNER", null, sha256("x").toUpperCase()));
        assertThrows(IllegalArgumentException.class, () -> store.findUserByTokenHash("token-bo"));
        assertTrue(store.listUsers().isEmpty());
    }

    @Test
    void twoUsersCannotShareAToken() {
        store.createUser("Bo", "PLANNER", null, sha256("same"));

        assertThrows(StoreException.class, () -> store.createUser("Eva", "PLANNER", null, sha256("same")));
        assertEquals(1, store.listUsers().size());
    }

    @Test
    void aStaffUserIsTiedToTheirStaffId() {
        UserRecord staff = store.createUser("Anne Holm", "STAFF", null, "ppr-01", sha256("token-anne"));

        assertEquals("ppr-01", store.findUserByTokenHash(sha256("token-anne")).orElseThrow().staffId());
        assertEquals(staff, store.listUsers().get(0));
    }

    @Test
    void aSessionFindsItsUserUntilItExpiresOrEnds(@TempDir Path otherDirectory) {
        Instant now = Instant.parse("2027-01-04T08:00:00Z");
        MutableClock clock = new MutableClock(now);
        try (SqlitePlanStore timed = SqlitePlanStore.open(otherDirectory, clock)) {
            UserRecord user = timed.createUser("Karen", "PLANNER", null, sha256("token-karen"));
            timed.createSession(user.id(), sha256("session-1"), now.plus(Duration.ofHours(12)));
            timed.createSession(user.id(), sha256("session-2"), now.plus(Duration.ofHours(12)));

            assertEquals(user, timed.findUserBySessionHash(sha256("session-1")).orElseThrow());
            assertTrue(timed.findUserBySessionHash(sha256("no-session")).isEmpty());
            timed.endSession(sha256("session-1"));
            assertTrue(timed.findUserBySessionHash(sha256("session-1")).isEmpty(), "ended at logout");
            clock.now = now.plus(Duration.ofHours(12));
            assertTrue(timed.findUserBySessionHash(sha256("session-2")).isEmpty(), "expired");
        }
    }

    @Test
    void revokingAUserEndsTheirSessions() {
        UserRecord user = store.createUser("Bo", "PPR_LEADER", null, sha256("token-bo"));
        store.createSession(user.id(), sha256("session-bo"), Instant.now().plus(Duration.ofHours(1)));

        store.revokeUser(user.id());

        assertTrue(store.findUserBySessionHash(sha256("session-bo")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.findUserBySessionHash("session-bo"));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
