package dk.ressourceplan.api;

import dk.ressourceplan.plans.Planning;
import dk.ressourceplan.plans.Users;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user add | list | revoke}: who may use the service. Works on the data directory directly, also while the
 * service runs: a revoked token stops working with the service's next request. A token is printed once, when the
 * user is added; only its hash is kept.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add, list and revoke the service's users.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Revoke.class})
public final class UserCommand implements Runnable {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ID_LENGTH = 100;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: add, list or revoke.");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user and print their token, once: a login link, or for staff a calendar link.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--name", required = true, description = "The user's name, recorded with what they do.")
        String name;
        @Option(names = "--role", required = true,
                description = "planner, ppr-leader, school-leader (needs --school) or staff (needs --staff).")
        String role;
        @Option(names = "--school", description = "The school a school leader sees, by its id in the terms.")
        String school;
        @Option(names = "--staff", description = "The staff member whose calendar a staff user gets, by id.")
        String staff;
        @Option(names = "--data-dir", description = "Where the service keeps its data (default var).")
        Path dataDirectory = Planning.DEFAULT_DATA_DIRECTORY;
        @Option(names = "--url", defaultValue = "http://127.0.0.1:7070",
                description = "The service's address, for the printed link (default ${DEFAULT-VALUE}).")
        String url;

        @Override
        public Integer call() {
            UserRole userRole = UserRole.parse(role).orElseThrow(() -> invalid("--role must be one of: "
                    + UserRole.codes()));
            if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                throw invalid("--name must be 1 to " + MAX_NAME_LENGTH + " characters");
            }
            requireFor(userRole == UserRole.SCHOOL_LEADER, school, "--school", "a school leader");
            requireFor(userRole == UserRole.STAFF, staff, "--staff", "a staff user");
            Users.Added added;
            try (Users users = Users.open(dataDirectory)) {
                added = users.add(name.strip(), userRole.name(), school, staff);
            }
            Users.Account user = added.account();
            String token = added.token();
            PrintWriter out = spec.commandLine().getOut();
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            out.println("Added " + userRole + " " + user.name() + " (id " + user.id() + ").");
            out.println("The token is shown only now; give it to " + user.name() + " and to nobody else:");
            out.println();
            out.println("    " + token);
            out.println();
            if (userRole == UserRole.STAFF) {
                out.println("Calendar link to subscribe to: " + base + "/feed/" + token + ".ics");
            } else {
                out.println("Login link: " + base + "/login?token=" + token);
            }
            out.flush();
            return 0;
        }

        private void requireFor(boolean needed, String value, String option, String who) {
            if (needed && (value == null || value.isBlank())) {
                throw invalid(who + " needs " + option);
            }
            if (!needed && value != null) {
                throw invalid(option + " is only for " + (option.equals("--school") ? "a school leader" : "a staff user"));
            }
            if (value != null && value.length() > MAX_ID_LENGTH) {
                throw invalid(option + " must be at most " + MAX_ID_LENGTH + " characters");
            }
        }

        private CommandLine.ParameterException invalid(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users; tokens are never shown.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--data-dir", description = "Where the service keeps its data (default var).")
        Path dataDirectory = Planning.DEFAULT_DATA_DIRECTORY;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Users users = Users.open(dataDirectory)) {
                out.printf("%-10s  %-14s  %-24s  %-12s  %-24s  %s%n", "id", "role", "name", "school/staff", "created",
                        "revoked");
                for (Users.Account user : users.list()) {
                    String role = UserRole.parse(user.role()).map(UserRole::toString).orElse(user.role());
                    String scope = Objects.requireNonNullElse(user.schoolId(), Objects.requireNonNullElse(user.staffId(), ""));
                    out.printf("%-10s  %-14s  %-24s  %-12s  %-24s  %s%n", user.id(), role, user.name(), scope,
                            user.createdAt(), user.revokedAt() == null ? "" : user.revokedAt());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Stop a user's token, logins and calendar link from working, at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The user's id, as `user list` shows it.")
        String userId;
        @Option(names = "--data-dir", description = "Where the service keeps its data (default var).")
        Path dataDirectory = Planning.DEFAULT_DATA_DIRECTORY;

        @Override
        public Integer call() {
            try (Users users = Users.open(dataDirectory)) {
                if (!users.revoke(userId)) {
                    spec.commandLine().getErr().println("No user " + userId + " with a working token.");
                    return 1;
                }
            }
            spec.commandLine().getOut().println("Revoked user " + userId + ".");
            return 0;
        }
    }
}
