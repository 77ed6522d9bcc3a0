package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RdfSyntaxTest {

  @ParameterizedTest
  @CsvSource({
      "catalog.ttl, TURTLE", "CATALOG.TTL, TURTLE", "a.turtle, TURTLE",
      "soch.rdf, RDF_XML", "dir/x.xml, RDF_XML", "x.owl, RDF_XML",
      "x.jsonld, JSON_LD", "x.json, JSON_LD", "x.json-ld, JSON_LD",
      "x.nt, N_TRIPLES", "/tmp/a.b/c.nt, N_TRIPLES"})
  void fromFileName_knownExtension_givesSyntax(String name, RdfSyntax expected) {
    assertThat(RdfSyntax.fromFileName(name)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "catalog", "catalog.txt", "dir.ttl/catalog", "x.n3"})
  void fromFileName_unknownExtension_isEmpty(String name) {
    assertThat(RdfSyntax.fromFileName(name)).isEmpty();
  }
}
