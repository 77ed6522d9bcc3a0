package se.odis.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.FileFormat;
import se.odis.model.Licence;

/** Export, then import: what DCAT-AP can carry comes back the same. */
class RoundTripTest {

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (Dataset d : Fixtures.exampleDatasets()) {
      b.add(Arguments.of(d.getId(), RdfSyntax.TURTLE, d));
      b.add(Arguments.of(d.getId(), RdfSyntax.RDF_XML, d));
    }
    Dataset hvd = DcatExporterTest.hvdVariant();
    b.add(Arguments.of("hvd", RdfSyntax.TURTLE, hvd));
    b.add(Arguments.of("hvd", RdfSyntax.JSON_LD, hvd));
    return b.build();
  }

  static Dataset roundTrip(Dataset d, RdfSyntax syntax) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DcatExporter().write(d, syntax, out);
    CatalogImport ci = DcatImporter.read(new ByteArrayInputStream(out.toByteArray()), syntax, "export");
    assertThat(ci.getDatasets()).hasSize(1);
    assertThat(ci.allNotes()).as("an export has nothing odd to note").isEmpty();
    return ci.getDatasets().get(0).getDataset();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void exportThenImport_exampleDataset_keepsWhatDcatCarries(String name, RdfSyntax syntax, Dataset d) throws Exception {
    Dataset back = roundTrip(d, syntax);

    assertThat(back.getId()).isEqualTo(d.getId());
    assertThat(back.getTitle()).isEqualTo(d.getTitle());
    assertThat(back.getDescription()).isEqualTo(d.getDescription());
    assertThat(back.getPublisher()).isEqualTo(d.getPublisher());
    assertThat(back.getContactPoint()).isEqualTo(d.getContactPoint());
    assertThat(licence(back.getLicence())).isEqualTo(licence(d.getLicence()));
    assertThat(back.getThemes()).containsExactlyInAnyOrderElementsOf(d.getThemes());
    assertThat(back.getKeywords()).containsExactlyInAnyOrderElementsOf(d.getKeywords());
    assertThat(back.getIssued()).isEqualTo(d.getIssued());
    assertThat(back.getModified()).isEqualTo(d.getModified());
    assertThat(back.getAccrualPeriodicity()).isEqualTo(d.getAccrualPeriodicity());
    assertThat(back.getAccessRights()).isEqualTo(d.getAccessRights());
    assertThat(back.getSpatial()).isEqualTo(d.getSpatial());
    assertThat(back.getTemporal()).isEqualTo(d.getTemporal());
    assertThat(back.getConformsTo()).isEqualTo(d.getConformsTo());
    assertThat(back.getLandingPage()).isEqualTo(d.getLandingPage());
    assertThat(back.getHvdCategory()).isEqualTo(d.getHvdCategory());
    assertThat(back.getStatus()).isEqualTo(d.getStatus());
    assertThat(back.getDistributions()).hasSameSizeAs(d.getDistributions());
    for (int i = 0; i < d.getDistributions().size(); i++) {
      Distribution was = d.getDistributions().get(i);
      Distribution now = back.getDistributions().get(i);
      assertThat(now.getTitle()).isEqualTo(was.getTitle());
      assertThat(FileFormat.of(now.getFormat(), null)).isEqualTo(FileFormat.of(was.getFormat(), null));
      assertThat(FileFormat.of(null, now.getMediaType())).isEqualTo(FileFormat.of(null, was.getMediaType()));
      assertThat(now.getAccessUrl()).isEqualTo(was.getAccessUrl() != null ? was.getAccessUrl() : was.getDownloadUrl());
      assertThat(now.getDownloadUrl()).isEqualTo(was.getDownloadUrl());
      assertThat(now.isApi()).isEqualTo(was.isApi());
      assertThat(now.getDocumentation()).isEqualTo(was.getDocumentation());
      assertThat(licence(now.getLicence())).isEqualTo(licence(was.getLicence()));
      assertThat(now.getByteSize()).isEqualTo(was.getByteSize());
      assertThat(now.getRights()).isEqualTo(was.getRights());
    }
  }

  private static Licence licence(String s) {
    return s == null ? null : Licence.parse(s);
  }
}
