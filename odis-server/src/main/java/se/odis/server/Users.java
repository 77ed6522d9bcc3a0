package se.odis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.attribute.FileTime;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * The users of {@code odis serve}: a JSON file naming each user, their role and a slow hash
 * (BCrypt) of their API token, never the token itself. {@link #add} creates a user and returns a
 * new random token ({@code odis serve --add-user}); the service checks a token with
 * {@link #authenticate}.
 *
 * <p>A token is {@code odis_<key>_<secret>}: the key names the user's entry, so one token costs one
 * BCrypt check, and the secret is 256 random bits. A token that passed is remembered (by its
 * SHA-256) until the file changes, so an API call does not pay for BCrypt each time.
 *
 * <pre>{@code
 * String token = Users.add(Path.of("users.json"), "anna", Users.Role.EDITOR);
 * Users users = Users.read(Path.of("users.json"));
 * Optional<Users.User> who = users.authenticate(token);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Users {
  /** What a user may do. */
  public enum Role {
    /** Reads the record, its assessments and reports. */
    READER,
    /** Reads, and records facts and progress. */
    EDITOR;

    /** @return the name in the users file and on the command line: {@code reader}, {@code editor} */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A user.
   *
   * @param name the name, as the audit log records it
   * @param role what the user may do
   */
  public record User(String name, Role role) {
    /** Checks that both are given. */
    public User {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  private record Account(User user, String hash) {}

  static final String FORMAT = "odis-users/1";
  private static final int BCRYPT_COST = 11;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@-]{0,63}");
  private static final Pattern TOKEN = Pattern.compile("odis_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Map<String, Account> byKey;
  private final FileTime readAt;
  private final Map<String, User> passed = new ConcurrentHashMap<>();

  private Users(Path file, Map<String, Account> byKey, FileTime readAt) {
    this.file = file;
    this.byKey = byKey;
    this.readAt = readAt;
  }

  /**
   * Reads a users file.
   *
   * @param file the file
   * @return the users
   * @throws InvalidInputException if the file is missing or is not a users file (with the JSON
   *     pointer of the problem)
   */
  public static Users read(Path file) throws InvalidInputException {
    try {
      FileTime t = Files.getLastModifiedTime(file);
      return new Users(file, parse(file, Files.readString(file, StandardCharsets.UTF_8)), t);
    } catch (NoSuchFileException e) {
      throw bad(file, "", "no such file", "a users file made by odis serve --add-user");
    } catch (IOException e) {
      throw bad(file, "", "cannot be read: " + e.getMessage(), null);
    }
  }

  /**
   * Adds a user to a users file (creating the file if it does not exist) and returns the user's
   * new API token, which is shown this once: the file keeps only its BCrypt hash. The file is
   * replaced atomically and readable by its owner only.
   *
   * @param file the users file
   * @param name the user's name: letters, digits, space, {@code . _ @ -}; at most 64 characters
   * @param role the user's role
   * @return the new token
   * @throws InvalidInputException if the name is not allowed or already taken, or the file is not
   *     a users file
   * @throws IOException if the file cannot be written; it is then as it was
   */
  public static String add(Path file, String name, Role role) throws InvalidInputException, IOException {
    Objects.requireNonNull(role, "role");
    if (name == null || !NAME.matcher(name).matches()) {
      throw bad(file, "", "'" + name + "' is not a user name",
          "1 to 64 letters, digits, spaces or . _ @ -, starting with a letter or digit");
    }
    Map<String, Account> accounts = Files.exists(file) ? read(file).byKey : new LinkedHashMap<>();
    for (Account a : accounts.values()) {
      if (a.user().name().equals(name)) {
        throw bad(file, "", "the user '" + name + "' exists",
            "a new name; to give the user a new token, remove the user's entry from the file first");
      }
    }
    String key;
    do {
      key = HexFormat.of().formatHex(bytes(6));
    } while (accounts.containsKey(key));
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    accounts.put(key, new Account(new User(name, role), BCrypt.hashpw(secret, BCrypt.gensalt(BCRYPT_COST))));
    write(file, accounts);
    return "odis_" + key + "_" + secret;
  }

  /**
   * Checks a token.
   *
   * @param token the token, as given in {@code Authorization: Bearer …} or the sign-in form
   * @return the user, or empty if the token is not one of this file's
   */
  public Optional<User> authenticate(String token) {
    if (token == null) return Optional.empty();
    var m = TOKEN.matcher(token);
    if (!m.matches()) return Optional.empty();
    String seen = sha256(token);
    User known = passed.get(seen);
    if (known != null) return Optional.of(known);
    Account a = byKey.get(m.group(1));
    if (a == null || !BCrypt.checkpw(m.group(2), a.hash())) return Optional.empty();
    passed.put(seen, a.user());
    return Optional.of(a.user());
  }

  /** @return how many users the file names */
  public int size() {
    return byKey.size();
  }

  /** @return this, or the file read again if it changed since (a user added while serving) */
  Users current() {
    try {
      if (Files.getLastModifiedTime(file).equals(readAt)) return this;
      return read(file);
    } catch (IOException | InvalidInputException e) {
      // A file removed or broken while serving lets no one in rather than the old users.
      return new Users(file, Map.of(), FileTime.fromMillis(0));
    }
  }

  private static Map<String, Account> parse(Path file, String text) throws InvalidInputException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw bad(file, "", "is not JSON: " + e.getOriginalMessage(), "a users file made by odis serve --add-user");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
      throw bad(file, "/format", "is not a users file", "{\"format\": \"" + FORMAT + "\", \"users\": […]}");
    }
    expectOnly(file, "", root, Set.of("format", "users"));
    JsonNode users = root.path("users");
    if (!users.isArray()) throw bad(file, "/users", "is not a list", "a list of users");
    Map<String, Account> accounts = new LinkedHashMap<>();
    for (int i = 0; i < users.size(); i++) {
      JsonNode u = users.get(i);
      String at = "/users/" + i;
      if (!u.isObject()) throw bad(file, at, "is not an object", "{\"name\", \"role\", \"key\", \"hash\"}");
      expectOnly(file, at, u, Set.of("name", "role", "key", "hash"));
      String name = text(file, at + "/name", u.get("name"));
      String roleText = text(file, at + "/role", u.get("role"));
      Role role = null;
      for (Role r : Role.values()) if (r.id().equals(roleText)) role = r;
      if (role == null) throw bad(file, at + "/role", "'" + roleText + "' is not a role", "editor or reader");
      String key = text(file, at + "/key", u.get("key"));
      String hash = text(file, at + "/hash", u.get("hash"));
      if (!hash.startsWith("$2")) throw bad(file, at + "/hash", "is not a BCrypt hash", "a hash written by odis serve --add-user");
      if (accounts.put(key, new Account(new User(name, role), hash)) != null) {
        throw bad(file, at + "/key", "the key '" + key + "' is given twice", "one entry per key");
      }
    }
    return accounts;
  }

  private static void expectOnly(Path file, String at, JsonNode o, Set<String> names) throws InvalidInputException {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!names.contains(n)) throw bad(file, at + "/" + n, "unknown field '" + n + "'", "one of " + String.join(", ", new java.util.TreeSet<>(names)));
    }
  }

  private static String text(Path file, String at, JsonNode n) throws InvalidInputException {
    if (n == null || !n.isTextual() || n.asText().isEmpty()) throw bad(file, at, "is missing or not a text", "a text");
    return n.asText();
  }

  private static void write(Path file, Map<String, Account> accounts) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("users");
    accounts.forEach((key, a) -> list.addObject()
        .put("name", a.user().name()).put("role", a.user().role().id()).put("key", key).put("hash", a.hash()));
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(bytes(4)) + ".tmp");
    try {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(temp);
    }
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static InvalidInputException bad(Path file, String pointer, String problem, String expected) {
    return new InvalidInputException(new InputProblem(file.toString(), 0, 0, pointer, problem, expected), null);
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the users' names, for messages */
  List<String> names() {
    List<String> n = new ArrayList<>();
    byKey.values().forEach(a -> n.add(a.user().name()));
    return n;
  }
}
