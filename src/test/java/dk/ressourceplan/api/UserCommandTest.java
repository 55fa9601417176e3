package dk.ressourceplan.api;

import dk.ressourceplan.plans.Tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.ressourceplan.Main;
import dk.ressourceplan.store.SqlitePlanStore;
import dk.ressourceplan.store.UserRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code user add | list | revoke} on a data directory, and {@code serve} refusing to listen beyond this machine. */
class UserCommandTest {

    private static final Pattern TOKEN_LINE = Pattern.compile("(?m)^ {4}([A-Za-z0-9_-]{43})$");

    @TempDir
    Path dataDirectory;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void aUserIsAddedWithATokenShownOnceAndStoredOnlyAsItsHash() {
        Run added = run("user", "add", "--name", "Sofie Skole", "--role", "school-leader", "--school", "s01",
                "--data-dir", dataDirectory.toString(), "--url", "https://plan.example.dk/");

        assertEquals(0, added.exitCode(), added.err());
        Matcher token = TOKEN_LINE.matcher(added.out());
        assertTrue(token.find(), added.out());
        assertTrue(added.out().contains("https://plan.example.dk/login?token=" + token.group(1)), added.out());
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            UserRecord user = store.findUserByTokenHash(Tokens.sha256(token.group(1))).orElseThrow();
            assertEquals("Sofie Skole", user.name());
            assertEquals("SCHOOL_LEADER", user.role());
            assertEquals("s01", user.schoolId());
        }
        Run listed = run("user", "list", "--data-dir", dataDirectory.toString());
        assertTrue(listed.out().contains("Sofie Skole") && listed.out().contains("school-leader"), listed.out());
        assertFalse(listed.out().contains(token.group(1)), "the token is never shown again");
    }

    @Test
    void aStaffUserGetsACalendarLink() {
        Run added = run("user", "add", "--name", "Anne Holm", "--role", "staff", "--staff", "ppr-01",
                "--data-dir", dataDirectory.toString());

        assertEquals(0, added.exitCode(), added.err());
        Matcher token = TOKEN_LINE.matcher(added.out());
        assertTrue(token.find());
        assertTrue(added.out().contains("http://127.0.0.1:7070/feed/" + token.group(1) + ".ics"), added.out());
    }

    @Test
    void aRevokedUsersTokenFindsNobody() {
        Matcher token = TOKEN_LINE.matcher(run("user", "add", "--name", "Bo", "--role", "ppr-leader",
                "--data-dir", dataDirectory.toString()).out());
        assertTrue(token.find());
        String id;
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            id = store.listUsers().get(0).id();
        }

        assertEquals(0, run("user", "revoke", id, "--data-dir", dataDirectory.toString()).exitCode());

        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            assertTrue(store.findUserByTokenHash(Tokens.sha256(token.group(1))).isEmpty());
        }
        assertEquals(1, run("user", "revoke", id, "--data-dir", dataDirectory.toString()).exitCode(), "already revoked");
    }

    @Test
    void wrongOptionsAreRefusedInWords() {
        String dir = dataDirectory.toString();
        Run unknownRole = run("user", "add", "--name", "X", "--role", "wizard", "--data-dir", dir);
        Run leaderWithoutSchool = run("user", "add", "--name", "X", "--role", "school-leader", "--data-dir", dir);
        Run plannerWithSchool = run("user", "add", "--name", "X", "--role", "planner", "--school", "s01", "--data-dir", dir);
        Run staffWithoutId = run("user", "add", "--name", "X", "--role", "staff", "--data-dir", dir);

        assertEquals(2, unknownRole.exitCode());
        assertTrue(unknownRole.err().contains("planner, ppr-leader, school-leader, staff"), unknownRole.err());
        assertEquals(2, leaderWithoutSchool.exitCode());
        assertTrue(leaderWithoutSchool.err().contains("--school"), leaderWithoutSchool.err());
        assertEquals(2, plannerWithSchool.exitCode());
        assertEquals(2, staffWithoutId.exitCode());
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            assertTrue(store.listUsers().isEmpty());
        }
    }

    @Test
    void serveRefusesAnAddressOtherMachinesReachWithoutAllowRemote() {
        Run refused = run("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", dataDirectory.toString());

        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--allow-remote"), refused.err());
        try (SqlitePlanStore store = SqlitePlanStore.open(dataDirectory)) {
            assertTrue(store.listUsers().isEmpty(), "the service never started");
        }
    }
}
