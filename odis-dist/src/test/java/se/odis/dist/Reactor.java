package se.odis.dist;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The modules of the build, read from the root pom and the modules' own poms. */
final class Reactor {
  /** One module of the root pom's module list. */
  record Module(Path dir, String groupId, String artifactId, String version, String packaging) {
    boolean isJar() {
      return packaging.equals("jar") || packaging.equals("kjar");
    }

    /** @return the Java module name its jar must declare: odis-rules-test → se.odis.rules.test */
    String moduleName() {
      return "se." + artifactId.replace('-', '.');
    }
  }

  final Path root;
  final Element rootPom;
  final List<Module> modules = new ArrayList<>();

  private Reactor(Path root) throws IOException {
    this.root = root;
    this.rootPom = read(root.resolve("pom.xml"));
    for (Element m : children(child(rootPom, "modules"), "module")) {
      Path dir = root.resolve(m.getTextContent().strip());
      Element pom = read(dir.resolve("pom.xml"));
      Element parent = child(pom, "parent");
      modules.add(new Module(dir,
          text(pom, "groupId", parent == null ? null : text(parent, "groupId", null)),
          text(pom, "artifactId", null),
          text(pom, "version", parent == null ? null : text(parent, "version", null)),
          text(pom, "packaging", "jar")));
    }
  }

  /** @return the build this test runs in; the test is skipped when the sources are not beside it */
  static Reactor current() throws IOException {
    String dir = System.getProperty("odis.root.dir");
    assumeThat(dir).as("system property odis.root.dir (set by odis-dist's pom)").isNotNull();
    Path root = Path.of(dir).toAbsolutePath().normalize();
    assumeThat(root.resolve("pom.xml")).as("the root pom").isRegularFile();
    return new Reactor(root);
  }

  String version() {
    return text(rootPom, "version", null);
  }

  /** @return the artifactIds the release profile keeps off Maven Central */
  List<String> unpublished() {
    List<String> out = new ArrayList<>();
    for (Element profile : children(child(rootPom, "profiles"), "profile")) {
      if (!"release".equals(text(profile, "id", null))) continue;
      for (Element plugin : children(child(child(profile, "build"), "plugins"), "plugin")) {
        if (!"central-publishing-maven-plugin".equals(text(plugin, "artifactId", null))) continue;
        for (Element a : children(child(child(plugin, "configuration"), "excludeArtifacts"), "artifact")) {
          out.add(a.getTextContent().strip());
        }
      }
    }
    return out;
  }

  /** @return ODIS's own jar modules that go to Maven Central: the libraries */
  List<Module> publishedJars() {
    List<String> unpublished = unpublished();
    return modules.stream()
        .filter(m -> "se.odis".equals(m.groupId()) && m.isJar() && !unpublished.contains(m.artifactId()))
        .toList();
  }

  static Element read(Path pom) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(Files.newInputStream(pom));
      return d.getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pom + ": " + e.getMessage(), e);
    }
  }

  /** @return the first child element of that name, or null */
  static Element child(Element parent, String name) {
    if (parent == null) return null;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) return e;
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
    }
    return out;
  }

  static String text(Element parent, String name, String otherwise) {
    Element e = child(parent, name);
    return e == null ? otherwise : e.getTextContent().strip();
  }
}
