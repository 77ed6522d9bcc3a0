package se.odis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.kie.api.KieBase;
import se.odis.rules.spi.RulePackCompiler;

/**
 * Loads rules beyond the built-in ones: precompiled rule packs (kjars) found on the classpath, and
 * directories of DRL files and decision tables compiled when loaded (by odis-rules-packs, through
 * {@link RulePackCompiler}). Every problem is collected
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
   * Compiles a directory of rules given at run time with the {@link RulePackCompiler} on the class
   * path (odis-rules-packs), refuses a pack in ODIS's own package, and reads the texts from
   * {@code messages_sv.properties} and {@code messages_en.properties} in the same directory.
   */
  static Loaded compile(Path dir, ClassLoader loader, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": not a directory of rules");
      return null;
    }
    RulePackCompiler compiler = compiler(loader);
    if (compiler == null) {
      problems.add(dir + ": rule packs given at run time need the artefact se.odis:odis-rules-packs on the class path"
          + " (it compiles DRL files and decision tables); add it next to odis-rules, or precompile the pack as a kjar");
      return null;
    }
    KieBase base = compiler.compile(dir, problems);
    if (base == null) return null;
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

  /** The first rule pack compiler the class loader offers (odis-rules-packs'), or null if none. */
  private static RulePackCompiler compiler(ClassLoader loader) {
    for (RulePackCompiler c : ServiceLoader.load(RulePackCompiler.class, loader)) return c;
    return null;
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
}
