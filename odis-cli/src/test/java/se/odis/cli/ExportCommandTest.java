package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/** {@code odis export --to dcat-ap-se FILE}: the dataset's metadata as DCAT-AP-SE. */
class ExportCommandTest {
  private static final String DCAT = "http://www.w3.org/ns/dcat#";

  @Test
  void export_linkThatIsNotAWebAddress_isABadInputErrorAtItsPlace_inEverySyntax(@TempDir Path dir) throws Exception {
    for (String link : new String[] {"relative/path", "javascript:alert(document.cookie)", "file:///etc/passwd"}) {
      String json = Files.readString(Path.of(READY)).replaceFirst("\\{", "{\"landingPage\": \"" + link + "\",");
      Path f = Files.writeString(dir.resolve("link.json"), json);

      for (String syntax : new String[] {"rdfxml", "turtle", "ntriples", "jsonld"}) {
        Result r = odis("export", "--syntax", syntax, f.toString());

        assertThat(r.exitCode()).as(syntax).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).as(syntax).isEmpty();
        assertThat(r.err()).as(syntax).startsWith("odis: error: " + f + ":1:17: /landingPage: \"" + link
            + "\" is not an http or https address").endsWith("; expected an absolute http or https URL, e.g. \"https://example.se/data\"\n");
      }
    }
  }

  @Test
  void export_rdfXmlOfTextXmlCannotHold_isABadInputError_andTurtleStillWorks(@TempDir Path dir) throws Exception {
    String json = Files.readString(Path.of(READY))
        .replace("\"sv\": \"Parkeringsplatser\"", "\"sv\": \"Parkeringsplatser \\uffff\"");
    assertThat(json).contains("\\uffff");
    Path f = Files.writeString(dir.resolve("ffff.json"), json);

    Result xml = odis("export", "--syntax", "rdfxml", f.toString());
    Result ttl = odis("export", "--syntax", "turtle", f.toString());

    assertThat(xml.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(xml.err()).isEqualTo("odis: error: " + f + ": RDF/XML cannot hold the character U+FFFF in the dataset's"
        + " text; expected another --syntax (turtle, jsonld, ntriples) or text without that character\n");
    assertThat(ttl.exitCode()).isZero();
  }

  @Test
  void export_turtle_isADcatDatasetWithItsTitles() {
    Result r = odis("export", "--to", "dcat-ap-se", READY);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).containsPattern("(?im)^@?prefix dcat: +<http://www.w3.org/ns/dcat#>")
        .contains("dcat:Dataset", "\"Parkeringsplatser\"@sv", "\"Parking spaces\"@en");
    Model m = read(r.out(), "TURTLE");
    Resource ds = m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Dataset")).nextResource();
    assertThat(ds.getURI()).isEqualTo("https://data.example.se/dataset/exempelkommun-parkering-01");
    assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(DCAT + "Distribution")).toList()).hasSize(2);
  }

  @Test
  void export_rdfXml_withBaseUri() {
    Result r = odis("export", READY, "--syntax", "rdfxml", "--base-uri", "https://data.exempelkommun.se/dataset/");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("rdf:RDF");
    Model m = read(r.out(), "RDF/XML");
    assertThat(m.contains(m.createResource("https://data.exempelkommun.se/dataset/exempelkommun-parkering-01"),
        RDF.type, m.createResource(DCAT + "Dataset"))).isTrue();
  }

  @Test
  void export_jsonLdAndNTriples_areWrittenToo() {
    assertThat(odis("export", READY, "--syntax", "json-ld").out()).contains("\"@context\"");
    Result nt = odis("export", READY, "--syntax", "nt");
    assertThat(nt.exitCode()).isZero();
    assertThat(read(nt.out(), "N-TRIPLES").size()).isPositive();
  }

  @Test
  void export_withProfile_fillsInTheProfilesDefaults() {
    String without = odis("export", PHASE_A).out();
    String with = odis("export", PHASE_A, "--profile", RulesCommandTest.PROFILE).out();

    assertThat(without).doesNotContain("oppnadata@exempelkommun.se");
    assertThat(with).contains("oppnadata@exempelkommun.se");
  }

  @Test
  void export_unknownTarget_exitsTwo() {
    Result r = odis("export", "--to", "ckan", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("'ckan'", "dcat-ap-se");
  }

  @Test
  void export_unknownSyntax_exitsTwoNamingTheSyntaxes() {
    Result r = odis("export", "--syntax", "yaml", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("'yaml'", "turtle, rdfxml, jsonld, ntriples");
  }

  @Test
  void export_relativeBaseUri_exitsTwo() {
    Result r = odis("export", "--base-uri", "dataset/", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--base-uri", "absolute");
  }

  @Test
  void export_invalidDataset_exitsTwoWithTheProblem(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"x\", \"fees\": \"FREE\"}");

    Result r = odis("export", bad.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: " + bad + ":1:").contains("/fees");
  }

  private static Model read(String text, String lang) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(text), null, lang);
    return m;
  }
}
