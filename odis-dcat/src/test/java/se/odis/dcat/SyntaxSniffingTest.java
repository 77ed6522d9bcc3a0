package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.model.Dataset;
import se.odis.model.InvalidInputException;
import se.odis.model.Licence;

/** The syntax is told from the content; the name is a hint. */
class SyntaxSniffingTest {
  @TempDir Path dir;

  /**
   * A dataset record as Sveriges dataportal's EntryStore serves it: RDF/JSON (W3C note, "RDF 1.1
   * JSON Alternate Serialization"), subjects to predicates to lists of {type, value, lang,
   * datatype} objects; blank nodes as {@code "type": "bnode"}. Written by hand from the note.
   */
  static final String ENTRYSTORE_RECORD = "{\n"
      + "  \"https://admin.dataportal.se/store/6/resource/41\": {\n"
      + "    \"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\": [{\"type\": \"uri\", \"value\": \"http://www.w3.org/ns/dcat#Dataset\"}],\n"
      + "    \"http://purl.org/dc/terms/title\": [{\"type\": \"literal\", \"value\": \"Parkeringsplatser\", \"lang\": \"sv\"},\n"
      + "                                      {\"type\": \"literal\", \"value\": \"Parking spaces\", \"lang\": \"en\"}],\n"
      + "    \"http://purl.org/dc/terms/description\": [{\"type\": \"literal\", \"value\": \"Kommunens parkeringsplatser.\", \"lang\": \"sv\"}],\n"
      + "    \"http://purl.org/dc/terms/publisher\": [{\"type\": \"uri\", \"value\": \"https://admin.dataportal.se/store/6/resource/2\"}],\n"
      + "    \"http://www.w3.org/ns/dcat#contactPoint\": [{\"type\": \"bnode\", \"value\": \"_:cp\"}],\n"
      + "    \"http://www.w3.org/ns/dcat#keyword\": [{\"type\": \"literal\", \"value\": \"parkering\", \"lang\": \"sv\"}],\n"
      + "    \"http://www.w3.org/ns/dcat#theme\": [{\"type\": \"uri\", \"value\": \"http://publications.europa.eu/resource/authority/data-theme/TRAN\"}],\n"
      + "    \"http://purl.org/dc/terms/issued\": [{\"type\": \"literal\", \"value\": \"2024-03-01\", \"datatype\": \"http://www.w3.org/2001/XMLSchema#date\"}],\n"
      + "    \"http://www.w3.org/ns/dcat#distribution\": [{\"type\": \"uri\", \"value\": \"https://admin.dataportal.se/store/6/resource/42\"}]\n"
      + "  },\n"
      + "  \"https://admin.dataportal.se/store/6/resource/2\": {\n"
      + "    \"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\": [{\"type\": \"uri\", \"value\": \"http://xmlns.com/foaf/0.1/Agent\"}],\n"
      + "    \"http://xmlns.com/foaf/0.1/name\": [{\"type\": \"literal\", \"value\": \"Exempelkommun\", \"lang\": \"sv\"}]\n"
      + "  },\n"
      + "  \"_:cp\": {\n"
      + "    \"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\": [{\"type\": \"uri\", \"value\": \"http://www.w3.org/2006/vcard/ns#Organization\"}],\n"
      + "    \"http://www.w3.org/2006/vcard/ns#fn\": [{\"type\": \"literal\", \"value\": \"Trafikkontoret\"}],\n"
      + "    \"http://www.w3.org/2006/vcard/ns#hasEmail\": [{\"type\": \"uri\", \"value\": \"mailto:trafik@exempelkommun.se\"}]\n"
      + "  },\n"
      + "  \"https://admin.dataportal.se/store/6/resource/42\": {\n"
      + "    \"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\": [{\"type\": \"uri\", \"value\": \"http://www.w3.org/ns/dcat#Distribution\"}],\n"
      + "    \"http://www.w3.org/ns/dcat#accessURL\": [{\"type\": \"uri\", \"value\": \"https://data.exempelkommun.se/parkering.csv\"}],\n"
      + "    \"http://purl.org/dc/terms/format\": [{\"type\": \"uri\", \"value\": \"http://publications.europa.eu/resource/authority/file-type/CSV\"}],\n"
      + "    \"http://purl.org/dc/terms/license\": [{\"type\": \"uri\", \"value\": \"http://creativecommons.org/publicdomain/zero/1.0/\"}]\n"
      + "  }\n"
      + "}\n";

  @ParameterizedTest
  @ValueSource(strings = {"record.json", "record.rj", "record.txt", "record", "record.rdf", "record.ttl"})
  void read_entryStoreRdfJsonRecord_anyName_readsTheDataset(String name) throws Exception {
    Path file = Fixtures.write(dir.resolve(name), ENTRYSTORE_RECORD);

    CatalogImport ci = DcatImporter.read(file);

    assertThat(ci.getSyntax()).isEqualTo("RDF/JSON");
    assertThat(ci.getDatasets()).singleElement().satisfies(imported -> {
      Dataset d = imported.getDataset();
      assertThat(imported.getSourceUri()).isEqualTo("https://admin.dataportal.se/store/6/resource/41");
      assertThat(d.getTitle().get("sv")).isEqualTo("Parkeringsplatser");
      assertThat(d.getPublisher().getName()).isEqualTo("Exempelkommun");
      assertThat(d.getContactPoint().getEmail()).isEqualTo("trafik@exempelkommun.se");
      assertThat(d.getIssued()).hasToString("2024-03-01");
      assertThat(Licence.parse(d.getLicence()).getId()).isEqualTo("CC0-1.0");
      assertThat(d.getDistributions()).singleElement()
          .satisfies(x -> assertThat(x.getAccessUrl()).hasToString("https://data.exempelkommun.se/parkering.csv"));
    });
    boolean misnamed = name.endsWith(".rdf") || name.endsWith(".ttl") || name.endsWith(".json");
    assertThat(ci.getNotes()).extracting(SourceNote::getCode)
        .containsExactlyElementsOf(misnamed ? java.util.List.of(SourceNote.SYNTAX_FROM_CONTENT) : java.util.List.of());
  }

  @Test
  void read_rdfJsonNamedJson_notesThatTheContentDecided() throws Exception {
    CatalogImport ci = DcatImporter.read(Fixtures.write(dir.resolve("record.json"), ENTRYSTORE_RECORD));

    assertThat(ci.getNotes()).singleElement().satisfies(n -> {
      assertThat(n.getCode()).isEqualTo(SourceNote.SYNTAX_FROM_CONTENT);
      assertThat(n.getMessage().get("en")).isEqualTo(
          "The file name suggests JSON-LD but the content is RDF/JSON; it was read as RDF/JSON.");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "examples/digg-dcatapse-example-recommended.ttl, catalog.rdf",
      "examples/digg-dcatapse-example-recommended.ttl, catalog.txt",
      "examples/digg-dcatapse-example-recommended.ttl, catalog",
      "examples/digg-dcatapse-example-recommended.rdf, catalog.ttl",
      "examples/digg-dcatapse-example-recommended.rdf, catalog.json",
      "examples/digg-dcatapse-example-recommended.rdf, catalog",
      "examples/hvd-3.0.0__example-ms_dataset_hvd_profile.jsonld, catalog.ttl",
      "examples/hvd-3.0.0__example-ms_dataset_hvd_profile.jsonld, catalog"})
  void read_realCatalogueUnderAnotherName_readsTheSameDatasets(String real, String name) throws Exception {
    Path original = Fixtures.realdata(real);
    Path renamed = Fixtures.write(dir.resolve(name), java.nio.file.Files.readAllBytes(original));

    assertThat(datasets(DcatImporter.read(renamed))).isEqualTo(datasets(DcatImporter.read(original)));
  }

  @Test
  void read_nTriplesWithoutExtension_isToldAsNTriples() throws Exception {
    Model m = RDFDataMgr.loadModel(Fixtures.realdata("examples/digg-dcatapse-example-recommended.ttl").toString());
    ByteArrayOutputStream nt = new ByteArrayOutputStream();
    RDFDataMgr.write(nt, m, Lang.NTRIPLES);

    assertThat(SyntaxSniffer.sniff(nt.toByteArray(), 0, null, null).syntax).isEqualTo(RdfSyntax.N_TRIPLES);
    Path file = Fixtures.write(dir.resolve("catalog"), nt.toByteArray());
    assertThat(DcatImporter.read(file).getDatasets()).hasSize(1);
    assertThat(DcatImporter.read(file).getSyntax()).isEqualTo("N-Triples");
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> contents() {
    return java.util.stream.Stream.of(
        args("<?xml version='1.0'?><rdf:RDF/>", RdfSyntax.RDF_XML),
        args("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>", RdfSyntax.RDF_XML),
        args("<!-- a comment --><rdf:RDF/>", RdfSyntax.RDF_XML),
        args("@prefix dcat: <http://www.w3.org/ns/dcat#> .", RdfSyntax.TURTLE),
        args("PREFIX dcat: <http://www.w3.org/ns/dcat#>", RdfSyntax.TURTLE),
        args("prefix dcat: <http://www.w3.org/ns/dcat#>", RdfSyntax.TURTLE),
        args("# a comment\n<http://x/s> a <http://x/C> .", RdfSyntax.TURTLE),
        args("<http://x/s> <http://x/p> <http://x/o> .", RdfSyntax.N_TRIPLES),
        args("# a comment\n<http://x/s> <http://x/p> \"o\" .\n", RdfSyntax.N_TRIPLES),
        args("_:b <http://x/p> \"text\"@sv .", RdfSyntax.N_TRIPLES),
        args("{\"@context\": {}, \"@graph\": []}", RdfSyntax.JSON_LD),
        args("[{\"@id\": \"http://x/s\"}]", RdfSyntax.JSON_LD),
        args("[ ]", RdfSyntax.JSON_LD),
        args("[ a <http://www.w3.org/ns/dcat#Dataset> ] .", RdfSyntax.TURTLE),
        args("[] <http://x/p> <http://x/o> .", RdfSyntax.TURTLE),
        args("( 1 2 ) <http://x/p> <http://x/o> .", RdfSyntax.TURTLE),
        args("{\"dcat:dataset\": {\"@id\": \"http://x/s\"}}", RdfSyntax.JSON_LD),
        args("{\"http://x/s\": {\"http://x/p\": [{\"type\": \"literal\", \"value\": \"v\"}]}}", RdfSyntax.RDF_JSON),
        args("{\"http://x/s\": {\"http://x/p\": [{\"value\": \"v\", \"type\": \"literal\"}]}}", RdfSyntax.RDF_JSON),
        args("{\"_:b\": {\"http://x/p\": [{\"type\": \"bnode\", \"value\": \"_:c\"}]}}", RdfSyntax.RDF_JSON));
  }

  private static org.junit.jupiter.params.provider.Arguments args(String content, RdfSyntax syntax) {
    return org.junit.jupiter.params.provider.Arguments.of(content, syntax);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("contents")
  void sniff_content_tellsTheSyntax(String content, RdfSyntax expected) {
    byte[] bytes = ("\n  " + content).getBytes(StandardCharsets.UTF_8);
    SyntaxSniffer.Sniffed s = SyntaxSniffer.sniff(bytes, 0, RdfSyntax.RDF_JSON == expected ? RdfSyntax.JSON_LD : RdfSyntax.RDF_XML,
        "the file name");
    assertThat(s.syntax).isEqualTo(expected);
    assertThat(s.basis).isEqualTo(SyntaxSniffer.Basis.CONTENT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"| TURTLE", "{}| JSON_LD", "dcat:Dataset| N_TRIPLES"})
  void sniff_contentThatDoesNotDecide_takesTheHint(String content, RdfSyntax hint) {
    byte[] bytes = (content == null ? "" : content).getBytes(StandardCharsets.UTF_8);
    SyntaxSniffer.Sniffed s = SyntaxSniffer.sniff(bytes, 0, hint, "the file name");
    assertThat(s.syntax).isEqualTo(hint);
    assertThat(s.basis).isEqualTo(SyntaxSniffer.Basis.HINT);
  }

  @Test
  void read_brokenTurtleNamedRdf_saysTurtleWasTriedAndWhy() {
    Path file = Fixtures.write(dir.resolve("catalog.rdf"),
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://x/d> a dcat:Dataset ;\n  dcat:keyword \"open .\n");

    assertThatThrownBy(() -> DcatImporter.read(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.getProblem().getProblem())
          .startsWith("malformed Turtle (read as Turtle by its content; the file name suggests RDF/XML): ");
      assertThat(e.getProblem().getLine()).isPositive();
    });
  }

  @Test
  void read_garbageWithoutExtension_saysTurtleWasTriedForWantOfAnything() {
    Path file = Fixtures.write(dir.resolve("catalog"), "this is not RDF at all\n");

    assertThatThrownBy(() -> DcatImporter.read(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.getProblem().getProblem()).startsWith(
            "malformed Turtle (neither the file name nor the content tells the syntax; Turtle was tried): "));
  }

  @Test
  void read_brokenRdfJsonFromAStream_saysRdfJsonWasToldByTheContent() {
    byte[] broken = ENTRYSTORE_RECORD.substring(0, ENTRYSTORE_RECORD.length() - 3).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DcatImporter.read(new ByteArrayInputStream(broken), "<stdin>"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getProblem().getSource()).isEqualTo("<stdin>");
          assertThat(e.getProblem().getProblem()).startsWith("malformed RDF/JSON (read as RDF/JSON by its content): ");
        });
  }

  @Test
  void read_explicitSyntax_isNotSecondGuessed() {
    Path file = Fixtures.write(dir.resolve("catalog.ttl"), ENTRYSTORE_RECORD);

    assertThatThrownBy(() -> DcatImporter.read(file, RdfSyntax.TURTLE))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getProblem().getProblem()).startsWith("malformed Turtle: "));
  }

  @Test
  void read_streamWithoutSyntax_readsRdfJson() throws Exception {
    CatalogImport ci = DcatImporter.read(new ByteArrayInputStream(ENTRYSTORE_RECORD.getBytes(StandardCharsets.UTF_8)), "<stdin>");

    assertThat(ci.getDatasets()).hasSize(1);
    assertThat(ci.getNotes()).isEmpty();
  }

  private static java.util.List<Dataset> datasets(CatalogImport ci) {
    return ci.getDatasets().stream().map(ImportedDataset::getDataset).toList();
  }
}
