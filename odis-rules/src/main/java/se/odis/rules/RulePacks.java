package se.odis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Loads rules beyond the built-in ones: precompiled rule packs (kjars) found on the classpath, and
 * directories of DRL files and decision tables compiled when loaded. Every problem is collected
 * as {@code file:line: what is wrong}; the caller refuses to build an assessor if there is any.
 */
final class RulePacks {
  private RulePacks() {}

  /** A runtime pack compiled from one directory. */
  static final class Loaded {
    final KieBase kieBase;
    final List<ResourceBundle[]> bundles;

    Loaded(KieBase kieBase, List<ResourceBundle[]> bundles) {
      this.kieBase = kieBase;
      this.bundles = bundles;
    }
  }

  /**
   * Every precompiled model on the class path: ODIS's own and those of municipality rule packs
   * built with the kie-maven-plugin. They are found through their {@code META-INF/kmodule.xml}
   * and the {@code META-INF/kie/<group>/<artifact>/drools-model} lists beside it, in directories
   * and jars alike (also in a shaded jar, where kmodule.xml files overwrite each other but the
   * model lists do not).
   *
   * @param builtIn receives ODIS's own models
   * @return the other models: municipality rule packs
   */
  static List<Model> classpathModels(ClassLoader loader, List<String> problems, List<Model> builtIn) {
    TreeSet<String> classNames = new TreeSet<>();
    TreeSet<String> builtInNames = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources("META-INF/kmodule.xml");
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        for (String list : modelLists(url)) {
          try (InputStream in = loader.getResourceAsStream(list)) {
            if (in == null) continue;
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
              line = line.strip();
              if (line.isEmpty() || line.startsWith("Drools-Model-Version")) continue;
              (list.equals(Assessor.MODEL_RESOURCE) ? builtInNames : classNames).add(line);
            }
          }
        }
      }
    } catch (IOException e) {
      problems.add("class path: cannot list rule packs: " + e.getMessage());
    }
    classNames.removeAll(builtInNames);
    builtIn.addAll(instantiate(builtInNames, loader, problems));
    return instantiate(classNames, loader, problems);
  }

  private static List<Model> instantiate(Collection<String> classNames, ClassLoader loader, List<String> problems) {
    List<Model> models = new ArrayList<>();
    for (String name : classNames) {
      try {
        models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        problems.add("class path: precompiled rules " + name + " cannot be loaded: " + e);
      }
    }
    return models;
  }

  private static List<String> modelLists(URL kmodule) throws IOException {
    List<String> out = new ArrayList<>();
    if ("jar".equals(kmodule.getProtocol())) {
      JarURLConnection c = (JarURLConnection) kmodule.openConnection();
      c.setUseCaches(false);
      try (JarFile jar = c.getJarFile()) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String n = e.nextElement().getName();
          if (n.startsWith("META-INF/kie/") && n.endsWith("/drools-model")) out.add(n);
        }
      }
    } else if ("file".equals(kmodule.getProtocol())) {
      try {
        Path kie = Path.of(kmodule.toURI()).getParent().resolve("kie");
        if (Files.isDirectory(kie)) {
          try (Stream<Path> s = Files.walk(kie)) {
            s.filter(p -> p.getFileName().toString().equals("drools-model"))
                .forEach(p -> out.add("META-INF/" + kie.getParent().relativize(p).toString().replace('\\', '/')));
          }
        }
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Compiles a directory of rules: {@code *.drl}, and decision tables {@code *.drl.xlsx},
   * {@code *.drl.xls}, {@code *.drl.csv}; texts may come from {@code messages_sv.properties} and
   * {@code messages_en.properties} in the same directory.
   */
  static Loaded compile(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": not a directory of rules");
      return null;
    }
    List<Path> files;
    try {
      files = files(dir, problems);
    } catch (IOException e) {
      problems.add(dir + ": cannot be read: " + e.getMessage());
      return null;
    }
    // MVEL consequences are interpreted, so loading a pack compiles no Java: this keeps the cost of
    // a pack at start-up small. Rules may still say dialect "java".
    java.util.Properties options = new java.util.Properties();
    options.setProperty("drools.dialect.default", "mvel");
    KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(options, RulePacks.class.getClassLoader()));
    int rules = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      Resource r = ResourceFactory.newFileResource(f.toFile());
      r.setSourcePath(f.toString());
      try {
        if (name.endsWith(".drl")) {
          rules++;
          kb.add(r, ResourceType.DRL);
        } else if (name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls") || name.endsWith(".drl.csv")) {
          // Counted before it is read: a table that fails to parse is a rule file with a problem,
          // reported as such, not a pack "without rule files".
          rules++;
          DecisionTableConfiguration c = KnowledgeBuilderFactory.newDecisionTableConfiguration();
          c.setInputType(name.endsWith(".csv") ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
          kb.add(r, ResourceType.DTABLE, c);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv")) {
          problems.add(f + ": a decision table must be named *.drl.xlsx, *.drl.xls or *.drl.csv, or Drools ignores it");
        } else if (!name.matches("messages_(sv|en)\\.properties") && !name.startsWith(".") && !name.endsWith(".md")) {
          problems.add(f + ": not a rule file (expected *.drl, *.drl.xlsx, *.drl.csv or messages_sv/en.properties)");
        }
      } catch (RuntimeException e) {
        // Decision-table parsing throws rather than reporting through the builder.
        problems.add(f + ": " + rootMessage(e));
      }
    }
    if (rules == 0) problems.add(dir + ": no rule files (*.drl, *.drl.xlsx, *.drl.csv) in the rule pack");
    for (KnowledgeBuilderError e : kb.getErrors()) {
      String where = e.getResource() != null && e.getResource().getSourcePath() != null
          ? e.getResource().getSourcePath() : dir.toString();
      int[] lines = e.getLines();
      String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
      problems.add(where + line + ": " + e.getMessage().strip().replaceAll("\\s+", " "));
    }
    if (kb.hasErrors()) return null;
    KieBase base = kb.newKieBase();
    for (org.kie.api.definition.KiePackage p : base.getKiePackages()) {
      if (p.getName().equals(RuleIndex.BUILT_IN_PACKAGE) && !p.getRules().isEmpty()) {
        problems.add(dir + ": package " + p.getName() + " is ODIS's own; give the pack's rules a package of their own,"
            + " e.g. package se.exempelkommun.rules;");
        return null;
      }
    }
    List<ResourceBundle[]> bundles = new ArrayList<>();
    bundles.add(new ResourceBundle[] {bundle(dir.resolve("messages_sv.properties"), problems),
        bundle(dir.resolve("messages_en.properties"), problems)});
    return new Loaded(base, bundles);
  }

  /**
   * The files of a pack, sorted. Links are followed, the pack's own directory included (a pack is
   * often a link to where the municipality keeps it); a loop of links or a link to nothing is a
   * problem. Directories whose names start with a dot ({@code .git}, {@code .idea}) hold no rules
   * and are skipped, as files so named are.
   */
  private static List<Path> files(Path dir, List<String> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return !d.equals(dir) && d.getFileName().toString().startsWith(".")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          files.add(f);
        } else if (attrs.isSymbolicLink() && !f.getFileName().toString().startsWith(".")) {
          problems.add(f + ": a link to nothing; expected a rule file, or no link");
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) {
        problems.add(f + (e instanceof FileSystemLoopException
            ? ": a link back to a directory that holds it (a loop); expected links that lead out of the pack"
            : ": cannot be read: " + e.getMessage()));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  private static ResourceBundle bundle(Path file, List<String> problems) {
    if (!Files.isRegularFile(file)) return null;
    try (InputStreamReader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      return new PropertyResourceBundle(r);
    } catch (IOException | IllegalArgumentException e) {
      problems.add(file + ": cannot be read as UTF-8 properties: " + e.getMessage());
      return null;
    } catch (UncheckedIOException e) {
      problems.add(file + ": " + e.getMessage());
      return null;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.strip();
  }
}
