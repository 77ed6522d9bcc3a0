package se.odis.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** odis-bom has no parent (see its pom), so nothing but this test keeps it in step with the build. */
class BomTest {
  @Test
  void bom_listsEveryPublishedLibrary_atTheBuildsVersion() throws IOException {
    Reactor reactor = Reactor.current();
    Element bom = Reactor.read(reactor.root.resolve("odis-bom/pom.xml"));
    assertThat(Reactor.text(bom, "version", null)).as("odis-bom's version").isEqualTo(reactor.version());

    List<String> listed = new ArrayList<>();
    for (Element d : Reactor.children(Reactor.child(Reactor.child(bom, "dependencyManagement"), "dependencies"),
        "dependency")) {
      assertThat(Reactor.text(d, "groupId", null)).isEqualTo("se.odis");
      assertThat(Reactor.text(d, "version", null)).as(Reactor.text(d, "artifactId", null))
          .isEqualTo("${project.version}");
      listed.add(Reactor.text(d, "artifactId", null));
    }
    List<String> published = reactor.publishedJars().stream().map(Reactor.Module::artifactId).toList();
    assertThat(published).as("published libraries").contains("odis-model", "odis-rules");
    assertThat(listed).as("odis-bom's dependencyManagement").containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void everyModule_andTheExamplesCoordinates_haveTheBuildsVersion() throws IOException {
    Reactor reactor = Reactor.current();
    int examples = 0;
    for (Reactor.Module m : reactor.modules) {
      if (m.groupId().equals("se.odis")) {
        assertThat(m.version()).as(m.artifactId()).isEqualTo(reactor.version());
      } else {
        // The examples depend on ODIS by coordinates, as a municipality's project would.
        Element pom = Reactor.read(m.dir().resolve("pom.xml"));
        assertThat(Reactor.text(Reactor.child(pom, "properties"), "odis.version", null))
            .as(m.artifactId() + "'s odis.version").isEqualTo(reactor.version());
        examples++;
      }
    }
    assertThat(examples).as("example modules").isPositive();
  }
}
