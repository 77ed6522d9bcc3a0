package se.odis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.odis.model.TextCheck;
import se.odis.server.OdisServer;
import se.odis.server.Users;

/**
 * {@code odis serve --record DIR}: the REST API and the coordinators' web page over a record
 * directory; {@code odis serve --add-user NAME --role editor|reader --users FILE}: a new user, whose
 * token is printed as the only line.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Serves a record directory: a REST API (described at /openapi.json) for other systems and a web "
          + "page where coordinators answer the guide's questions and record progress. The files stay "
          + "the single source of truth: a change is written as odis set and odis progress write it, "
          + "and logged in DIR/.odis-audit.jsonl.",
      "Without --users the service is read-only. With --users FILE, API calls need "
          + "'Authorization: Bearer TOKEN' and the page a sign-in; editors may write, readers only read.",
      "odis serve --add-user NAME --role editor|reader --users FILE adds a user and prints the user's "
          + "new token, its only line; the file keeps only a slow hash of it. Stop the service with "
          + "Ctrl-C or SIGTERM: requests in flight finish first.",
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--record", paramLabel = "DIR", description = "The record directory: one dataset file per dataset.")
  Path record;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
  String bind;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--users", paramLabel = "FILE", description = "The users file (made by --add-user). Without it, read-only.")
  Path users;

  @Option(names = "--add-user", paramLabel = "NAME", description = "Add a user to --users FILE and print the new token.")
  String addUser;

  @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
      description = "With --add-user: editor (reads and writes) or reader (reads).")
  Users.Role role;

  @Option(names = "--check",
      description = "Start the service read-only on 127.0.0.1 and a free port, ask it for its health, the record's "
          + "datasets, the web page and an assessment of the record's first dataset file, stop it, and say whether it "
          + "answered (exit 0; 3 if it did not). The launchers run it once to record the classes the service loads "
          + "(class-data sharing), so that it starts faster.")
  boolean check;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (addUser != null) {
      if (role == null) throw new ParameterException(spec.commandLine(), "--add-user needs --role editor|reader");
      if (users == null) throw new ParameterException(spec.commandLine(), "--add-user needs --users FILE");
      if (record != null) throw new ParameterException(spec.commandLine(), "--add-user and --record exclude each other");
      if (check) throw new ParameterException(spec.commandLine(), "--add-user and --check exclude each other");
      out.println(Users.add(users, addUser, role));
      out.flush();
      return ExitCodes.OK;
    }
    if (role != null) throw new ParameterException(spec.commandLine(), "--role is for --add-user");
    if (record == null) {
      throw new ParameterException(spec.commandLine(), "--record DIR is missing: the record directory to serve");
    }
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port " + port + " is not 0–65535");
    if (check) {
      for (String o : new String[] {"--users", "--bind", "--port"}) {
        if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
          throw new ParameterException(spec.commandLine(), "--check serves read-only on 127.0.0.1 and a free port: leave out " + o);
        }
      }
      return ServeCheck.run(record, out, spec.commandLine().getErr());
    }
    // The rules have been loading since main() began (Main.servesRecord): the service binds and
    // answers its health meanwhile, and a request that needs them waits.
    OdisServer.Builder b = OdisServer.builder(record).bind(bind).port(port).assessor(Assessors.loading());
    if (users != null) b.users(Users.read(users));
    OdisServer server;
    try {
      server = b.start();
    } catch (java.io.IOException e) {
      ErrorHandler.error(spec.commandLine().getErr(), e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
    out.println(TextCheck.printable("odis serve: " + server.uri() + " — " + record
        + (server.writable() ? "" : " (read-only: no --users)")));
    out.flush();
    server.await();
    return ExitCodes.OK;
  }

  /** Converts {@code --role}; any case. */
  static final class RoleConverter implements ITypeConverter<Users.Role> {
    @Override
    public Users.Role convert(String value) {
      for (Users.Role r : Users.Role.values()) {
        if (r.id().equals(value.strip().toLowerCase(Locale.ROOT))) return r;
      }
      throw new TypeConversionException("'" + value + "' is not a role; expected editor or reader");
    }
  }
}
