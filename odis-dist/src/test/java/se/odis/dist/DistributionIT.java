package se.odis.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive a coordinator downloads: unpacked as they would (file modes kept), run with nothing
 * but Java and the few POSIX tools {@code bin/odis} uses on the PATH — no Maven — on the bundled
 * examples. {@code bin/odis.cmd} cannot run here; its structure is checked instead.
 */
class DistributionIT {
  /** Every command bin/odis runs besides java: the PATH of the runs below holds these and no more. */
  private static final List<String> TOOLS =
      List.of("dirname", "readlink", "sed", "head", "cut", "uname", "ls", "cksum", "mkdir", "mv", "rm");

  private static String version;
  private static Path zip;
  private static Path tarGz;
  private static Path home;

  @TempDir static Path tmp;

  @BeforeAll
  static void unpack() throws IOException {
    assumeThat(File.separatorChar).as("bin/odis is run on Linux and macOS only").isEqualTo('/');
    version = System.getProperty("odis.version");
    Path target = Path.of(System.getProperty("odis.dist.dir"));
    zip = target.resolve("odis-" + version + ".zip");
    tarGz = target.resolve("odis-" + version + ".tar.gz");
    assertThat(zip).isRegularFile();
    assertThat(tarGz).isRegularFile();
    unzip(zip, tmp.resolve("from-zip"));
    home = tmp.resolve("from-zip").resolve("odis-" + version);
  }

  @Test
  void zipAndTarGz_holdTheSameFiles_withTheSameModes() throws Exception {
    // The tar.gz unpacked as people do, by tar; then both folders compared file by file.
    Path fromTar = Files.createDirectories(tmp.resolve("from-tar"));
    Process tar = new ProcessBuilder("tar", "-xzf", tarGz.toString(), "-C", fromTar.toString())
        .redirectErrorStream(true).start();
    String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tar.waitFor()).as("tar: " + said).isZero();
    Map<String, String> inZip = tree(tmp.resolve("from-zip"));
    assertThat(tree(fromTar)).isEqualTo(inZip);

    String top = "odis-" + version + "/";
    assertThat(inZip.keySet()).allMatch(n -> n.startsWith(top), "everything under " + top);
    assertThat(inZip.get(top + "bin/odis")).startsWith("rwxr-xr-x ");
    assertThat(inZip.get(top + "bin/odis.cmd")).startsWith("rwxr-xr-x ");
    assertThat(inZip).containsKeys(top + "README.md", top + "LICENSE", top + "THIRD-PARTY.txt", top + "lib/odis.jar",
            top + "examples/datasets/blocked-personal-data.json", top + "examples/datasets/ready-to-publish.json",
            top + "examples/exempelkommun/profile.yaml");
  }

  /** @return every file under the folder, by relative path, with its permissions and size */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String key = dir.relativize(p).toString().replace(File.separatorChar, '/');
        out.put(key, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " " + Files.size(p));
      }
    }
    return out;
  }

  @Test
  void lib_holdsTheJarsTheLauncherNames_andNoFatJarOrTestLibraries() throws IOException {
    Path lib = home.resolve("lib");
    Set<String> jars;
    try (Stream<Path> s = Files.list(lib)) {
      jars = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    String classPath;
    try (JarFile launcher = new JarFile(lib.resolve("odis.jar").toFile())) {
      assertThat(launcher.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("se.odis.cli.Main");
      classPath = launcher.getManifest().getMainAttributes().getValue("Class-Path");
    }
    Set<String> named = Set.of(classPath.strip().split(" +"));
    Set<String> others = jars.stream().filter(j -> !j.equals("odis.jar")).collect(Collectors.toSet());
    assertThat(named).as("the launcher's Class-Path").isEqualTo(others);
    assertThat(others).contains("odis-cli-" + version + ".jar", "odis-rules-" + version + ".jar",
        "odis-model-" + version + ".jar");
    assertThat(others).noneMatch(j -> j.startsWith("junit") || j.startsWith("assertj") || j.startsWith("jqwik"));
    assertThat(lib.resolve("odis-cli-" + version + ".jar")).as("the CLI's own classes, not the shaded jar")
        .satisfies(p -> assertThat(Files.size(p)).isLessThan(5_000_000));
  }

  @Test
  void licenceReadmeAndThirdPartyList_areThere() throws IOException {
    Path root = Path.of(System.getProperty("odis.root.dir"));
    assertThat(Files.readAllBytes(home.resolve("LICENSE"))).isEqualTo(Files.readAllBytes(root.resolve("LICENSE")));
    String readme = Files.readString(home.resolve("README.md"));
    assertThat(readme).contains("bin/odis assess", "bin\\odis.cmd", "Java 17", version).doesNotContain("@project.version@");
    String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
    try (Stream<Path> s = Files.list(home.resolve("lib"))) {
      // Every third-party jar in lib/ is listed with its licence; ODIS's own jars are EUPL-1.2 (LICENSE).
      List<String> unlisted = s.map(p -> p.getFileName().toString())
          .filter(j -> !j.startsWith("odis"))
          .map(j -> j.replaceAll("-[0-9][^-]*(-[A-Za-z]+)?\\.jar$", ""))
          .filter(artifact -> !thirdParty.contains(":" + artifact + ":"))
          .collect(Collectors.toList());
      assertThat(unlisted).as("jars in lib/ missing from THIRD-PARTY.txt").isEmpty();
    }
  }

  @Test
  void blockedExample_exitsOne_withTheReport_withoutMavenOnThePath() throws Exception {
    Map<String, String> env = environment(true);
    assertThat(onPath("mvn", env.get("PATH"))).as("mvn on the test's PATH").isFalse();
    Run r = odis(env, "assess", home.resolve("examples/datasets/blocked-personal-data.json").toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("BLOCKERAD", "PD-003", "B.2.2.1");
    assertThat(r.err).as("standard error").isEmpty();
  }

  @Test
  void readyExample_exitsZero_andTheSecondRunMapsTheArchiveMadeByTheFirst() throws Exception {
    Map<String, String> env = environment(true);
    Path cache = Path.of(env.get("HOME"), ".cache", "odis", version);
    String example = home.resolve("examples/datasets/ready-to-publish.json").toString();

    Run first = odis(env, "assess", "--format", "json", "--lang", "en", "--as-of", "2026-11-26", example);
    assertThat(first.exit).as(first.toString()).isEqualTo(0);
    assertThat(first.out).contains("\"verdict\": \"READY_TO_PUBLISH\"");
    try (Stream<Path> s = Files.list(cache)) {
      assertThat(s.map(p -> p.getFileName().toString())).as("the user's cache").singleElement()
          .satisfies(n -> assertThat(n).endsWith(".jsa"));
    }

    // -Xshare:on: the JVM stops rather than run without the archive, so this run proves it is used.
    env.put("ODIS_JAVA_OPTS", "-Xshare:on");
    Run second = odis(env, "assess", "--format", "json", "--lang", "en", "--as-of", "2026-11-26", example);
    assertThat(second.exit).as(second.toString()).isEqualTo(0);
    assertThat(second.out).isEqualTo(first.out);
  }

  @Test
  void javaHome_isUsed_whenNoJavaIsOnThePath_andArgumentsKeepTheirSpaces() throws Exception {
    Map<String, String> env = environment(false);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("ODIS_CDS", "0");
    Path spaced = tmp.resolve("a folder with spaces").resolve("ready to publish.json");
    Files.createDirectories(spaced.getParent());
    Files.copy(home.resolve("examples/datasets/ready-to-publish.json"), spaced);
    Run r = odis(env, "assess", spaced.toString());
    assertThat(r.exit).as(r.toString()).isEqualTo(0);
    assertThat(r.out).contains("KLAR ATT PUBLICERA");
  }

  @Test
  void noJava_exitsThree_withWhatToDo() throws Exception {
    Map<String, String> env = environment(false);
    Run r = odis(env, "assess", home.resolve("examples/datasets/ready-to-publish.json").toString());
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).contains("no Java found", "Java 17", "JAVA_HOME");
    assertThat(r.out).isEmpty();

    env.put("JAVA_HOME", tmp.resolve("no-such-java").toString());
    r = odis(env, "--version");
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).contains("JAVA_HOME", "no-such-java", "bin/java");
  }

  @Test
  void tooOldAJava_exitsThree_notOne() throws Exception {
    // A stand-in for Java 8, which would otherwise fail on the first class with exit code 1.
    Path fakeHome = tmp.resolve("java8");
    Files.createDirectories(fakeHome.resolve("bin"));
    Path fake = fakeHome.resolve("bin/java");
    Files.writeString(fake, "#!/bin/sh\necho 'java version \"1.8.0_401\"' >&2\nexit 1\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = environment(false);
    env.put("JAVA_HOME", fakeHome.toString());
    Run r = odis(env, "--version");
    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("1.8.0_401", "Java 17 or later");
  }

  @Test
  void launchers_haveTheVersion_andTheirPlatformsLineEnds() throws IOException {
    byte[] sh = Files.readAllBytes(home.resolve("bin/odis"));
    byte[] cmd = Files.readAllBytes(home.resolve("bin/odis.cmd"));
    assertThat(new String(sh, StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n").doesNotContain("\r")
        .contains("version='" + version + "'").doesNotContain("@project.version@");
    String cmdText = new String(cmd, StandardCharsets.UTF_8);
    assertThat(cmdText.replace("\r\n", "")).as("odis.cmd has CRLF line ends only").doesNotContain("\n");
    assertThat(cmdText).contains("set \"ODIS_VERSION=" + version + "\"").doesNotContain("@project.version@");
  }

  /**
   * odis.cmd, read as cmd.exe would run it: Java from JAVA_HOME first, then the PATH; every run of
   * odis passes all arguments ({@code %*}) and exits with its exit code; every label jumped to exists.
   */
  @Test
  void windowsLauncher_looksUpJava_passesArguments_andKeepsTheExitCode() throws IOException {
    List<String> lines = Files.readAllLines(home.resolve("bin/odis.cmd"));
    List<String> code = lines.stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.regionMatches(true, 0, "rem", 0, 3) && !l.startsWith("::"))
        .collect(Collectors.toList());
    assertThat(code.get(0)).isEqualToIgnoringCase("@echo off");
    assertThat(code).contains("set \"ODIS_HOME=%~dp0..\"");

    int fromJavaHome = indexOf(code, "set \"JAVACMD=%JAVA_HOME%\\bin\\java.exe\"");
    int fromPath = indexOf(code, "for %%J in (java.exe) do set \"JAVACMD=%%~$PATH:J\"");
    assertThat(code.subList(0, fromJavaHome)).contains("if not defined JAVA_HOME goto javaFromPath");
    assertThat(fromJavaHome).as("JAVA_HOME before the PATH").isLessThan(fromPath);
    assertThat(code.get(fromPath - 1)).isEqualTo(":javaFromPath");

    List<Integer> runs = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (code.get(i).startsWith("\"%JAVACMD%\"") && code.get(i).contains("%*")) runs.add(i);
    }
    assertThat(runs).as("the lines that run odis").isNotEmpty();
    for (int i : runs) {
      assertThat(code.get(i)).contains("-jar \"%ODIS_JAR%\"").endsWith(" %*");
      assertThat(code.get(i + 1)).as("after " + code.get(i)).isEqualToIgnoringCase("exit /b %ERRORLEVEL%");
    }
    assertThat(code).contains("set \"ODIS_JAR=%ODIS_HOME%\\lib\\odis.jar\"");

    Set<String> labels = code.stream().filter(l -> l.startsWith(":")).map(l -> l.substring(1).toLowerCase())
        .collect(Collectors.toSet());
    Matcher jump = Pattern.compile("(?i)\\b(?:goto\\s+|call\\s+:)(\\w+)").matcher(String.join("\n", code));
    int jumps = 0;
    while (jump.find()) {
      jumps++;
      assertThat(labels).as("label of " + jump.group()).contains(jump.group(1).toLowerCase());
    }
    assertThat(jumps).isPositive();
  }

  private static int indexOf(List<String> code, String line) {
    int i = code.indexOf(line);
    assertThat(i).as("odis.cmd has the line: " + line).isNotNegative();
    return i;
  }

  /** The environment of a coordinator's shell: a PATH with the tools bin/odis needs and, if asked, java. */
  private static Map<String, String> environment(boolean javaOnPath) throws IOException {
    Path bin = Files.createTempDirectory(tmp, "path");
    for (String tool : TOOLS) {
      Path real = which(tool);
      assertThat(real).as(tool + " on this machine's PATH").isNotNull();
      Files.createSymbolicLink(bin.resolve(tool), real);
    }
    if (javaOnPath) {
      Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin.toString());
    env.put("HOME", Files.createTempDirectory(tmp, "home").toString());
    env.put("LANG", "C.UTF-8");
    return env;
  }

  private static Path which(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }

  private static boolean onPath(String tool, String path) {
    return Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  private record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private static Run odis(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/odis").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("bin/odis finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * Unpacks a zip as unzip does, with the file modes stored in it (bin/odis must stay executable):
   * the JDK's zip file system reads them when asked to.
   */
  private static void unzip(Path archive, Path into) throws IOException {
    try (FileSystem z = FileSystems.newFileSystem(archive, Map.of("enablePosixFileAttributes", true));
        Stream<Path> entries = Files.walk(z.getPath("/"))) {
      for (Path e : entries.collect(Collectors.toList())) {
        Path to = into.resolve(e.toString().substring(1)).normalize();
        assertThat(to.startsWith(into)).as(e + " stays inside the folder").isTrue();
        if (Files.isDirectory(e)) {
          Files.createDirectories(to);
        } else {
          Files.copy(e, to, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(to, Files.readAttributes(e, PosixFileAttributes.class).permissions());
        }
      }
    }
  }
}
