package se.odis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.odis.rules.RuleInfo;

/**
 * Finds a rule's intent: the {@code //} comment lines right above {@code rule "<name>"} in its DRL
 * file (every rule has one, by house style). Built-in and precompiled rules are read from the DRL
 * resources in their package's folder on the class path; rules of a rule pack from their file.
 */
final class RuleIntent {
  /** Where a rule was found, and its intent. */
  record Found(String file, String intent) {}

  private RuleIntent() {}

  /**
   * @param rule the rule
   * @return the file name and intent, or null if the DRL or the rule in it cannot be found (a
   *     decision table has no intent comment)
   */
  static Found of(RuleInfo rule) {
    String origin = rule.getOrigin();
    boolean fromClasspath = "built-in".equals(origin) || origin.startsWith("classpath:");
    if (!fromClasspath) {
      Path file = Path.of(origin);
      if (!origin.endsWith(".drl") || !Files.isRegularFile(file)) return null;
      try {
        String intent = intent(Files.readString(file, StandardCharsets.UTF_8), rule.getRuleName());
        return intent == null ? null : new Found(origin, intent);
      } catch (IOException e) {
        return null;
      }
    }
    String folder = rule.getPackageName().replace('.', '/');
    ClassLoader loader = RuleIntent.class.getClassLoader();
    for (String resource : drlResources(loader, folder)) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) continue;
        String intent = intent(new String(in.readAllBytes(), StandardCharsets.UTF_8), rule.getRuleName());
        if (intent != null) return new Found(resource.substring(resource.lastIndexOf('/') + 1), intent);
      } catch (IOException e) {
        // try the next file
      }
    }
    return null;
  }

  /**
   * The intent comment of a rule in a DRL text: the {@code //} lines directly above its
   * {@code rule} line, joined with spaces.
   *
   * @param drl the DRL text
   * @param ruleName the rule's name
   * @return the intent, or null if the rule is not in the text or has no comment above it
   */
  static String intent(String drl, String ruleName) {
    Pattern header = Pattern.compile("\\s*rule\\s+([\"'])" + Pattern.quote(ruleName) + "\\1.*");
    String[] lines = drl.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!header.matcher(lines[i]).matches()) continue;
      List<String> comment = new ArrayList<>();
      for (int j = i - 1; j >= 0 && lines[j].strip().startsWith("//"); j--) {
        comment.add(0, lines[j].strip().substring(2).strip());
      }
      String text = String.join(" ", comment).strip();
      return text.isEmpty() ? null : text;
    }
    return null;
  }

  /** The {@code .drl} resources directly in a folder of the class path, from directories and jars. */
  static List<String> drlResources(ClassLoader loader, String folder) {
    TreeSet<String> out = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder + "/");
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if ("file".equals(url.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                .forEach(n -> out.add(folder + "/" + n));
          } catch (URISyntaxException | IOException e) {
            // skip this root
          }
        } else if ("jar".equals(url.getProtocol())) {
          try {
            JarURLConnection c = (JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = new JarFile(Path.of(URI.create(c.getJarFileURL().toString())).toFile())) {
              for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith(folder + "/") && name.endsWith(".drl")
                    && name.indexOf('/', folder.length() + 1) < 0) {
                  out.add(name);
                }
              }
            }
          } catch (IOException | RuntimeException e) {
            // skip this root
          }
        }
      }
    } catch (IOException e) {
      // nothing found
    }
    return new ArrayList<>(out);
  }
}
