package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.server.Users;

/** odis serve: adding users, and the usage errors (the service itself is tested in odis-server). */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void addUser_printsTheTokenAsItsOnlyLine_andTheFileKeepsOnlyAHash() throws Exception {
    Path users = tmp.resolve("users.json");
    Cli.Result r = Cli.odis("serve", "--add-user", "Anna Andersson", "--role", "editor", "--users", users.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    String token = r.out().strip();
    assertThat(r.out()).isEqualTo(token + System.lineSeparator());
    assertThat(token).matches("odis_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
    String file = Files.readString(users);
    assertThat(file).doesNotContain(token.substring(18)).contains("$2a$");
    assertThat(Users.read(users).authenticate(token)).hasValue(new Users.User("Anna Andersson", Users.Role.EDITOR));
  }

  @Test
  void addUser_twice_isAnError_andTheFileIsUnchanged() throws Exception {
    Path users = tmp.resolve("users.json");
    Cli.odis("serve", "--add-user", "anna", "--role", "reader", "--users", users.toString());
    String before = Files.readString(users);
    Cli.Result r = Cli.odis("serve", "--add-user", "anna", "--role", "editor", "--users", users.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the user 'anna' exists");
    assertThat(Files.readString(users)).isEqualTo(before);
  }

  @Test
  void check_startsTheServiceOnAFreePort_asksItOverHttp_andStops() throws Exception {
    Path record = Files.createDirectories(tmp.resolve("record"));
    for (String f : new String[] {"blocked-personal-data.json", "ready-to-publish.json"}) {
      Files.copy(Path.of("..", "odis-examples", "datasets", f), record.resolve(f));
    }
    Cli.Result r = Cli.odis("serve", "--check", "--record", record.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("the service answered GET /api/health, GET /api/datasets, GET /, POST /api/assess");
    // Read-only: nothing written into the record.
    try (var files = Files.list(record)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void check_aWrongAnswer_isExit3_namingIt() throws Exception {
    // The record's first file is larger than the service takes in a body: 413, not an assessment.
    Path record = Files.createDirectories(tmp.resolve("big"));
    Files.writeString(record.resolve("a.json"), "{\"id\": \"a\", \"description\": {\"sv\": \"" + "x".repeat(3 << 20) + "\"}}");
    Cli.Result r = Cli.odis("serve", "--check", "--record", record.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("POST /api/assess answered 413");
    assertThat(Cli.odis("serve", "--check", "--record", record.toString(), "--port", "8080").err())
        .contains("--check serves read-only on 127.0.0.1 and a free port: leave out --port");
    assertThat(Cli.odis("serve", "--check", "--add-user", "x", "--role", "editor", "--users", tmp.resolve("u.json").toString()).err())
        .contains("--add-user and --check exclude each other");
  }

  @Test
  void usageErrors_exit2_withAClearLine() {
    assertThat(Cli.odis("serve").err()).contains("--record DIR is missing");
    assertThat(Cli.odis("serve", "--add-user", "x", "--users", tmp.resolve("u.json").toString()).err()).contains("needs --role");
    assertThat(Cli.odis("serve", "--add-user", "x", "--role", "boss", "--users", "u.json").err()).contains("'boss' is not a role");
    assertThat(Cli.odis("serve", "--add-user", "x", "--role", "editor").err()).contains("needs --users");
    assertThat(Cli.odis("serve", "--add-user", "\u001b[31m", "--role", "editor", "--users", tmp.resolve("u.json").toString()).err())
        .contains("is not a user name").doesNotContain("\u001b");
    Cli.Result noDir = Cli.odis("serve", "--record", tmp.resolve("nope").toString());
    assertThat(noDir.exitCode()).isEqualTo(2);
    assertThat(noDir.err()).contains("no such directory");
    Cli.Result badUsers = Cli.odis("serve", "--record", tmp.toString(), "--users", tmp.resolve("missing.json").toString());
    assertThat(badUsers.exitCode()).isEqualTo(2);
    assertThat(badUsers.err()).contains("missing.json").contains("no such file");
  }
}
