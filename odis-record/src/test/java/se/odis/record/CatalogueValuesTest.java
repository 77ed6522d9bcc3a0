package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.odis.dcat.DcatImporter;
import se.odis.model.TaskStatus;

/** What a catalogue owns in a dataset file, and the fingerprints that tell hand edits apart. */
class CatalogueValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void of_aNewFilesSlots_areNoValues_soAStarterHasNothingFromACatalogue() throws Exception {
    var file = RecordFile.starter("x", null, "x.json").progress("A.1.1.1", TaskStatus.DONE, null, "Anna", null);

    assertThat(CatalogueValues.of(file.tree())).isEmpty();
  }

  @Test
  void of_aFile_givesItsValuesThatAreNotDefaults_butNeverItsIdentityOrProgress() throws Exception {
    var file = RecordFile.starter("x", "Titel", "x.json").set("secrecy", "NONE").set("roles.owner", "KS");

    assertThat(CatalogueValues.of(file.tree())).containsOnlyKeys("/title/sv", "/secrecy", "/roles/owner");
    assertThat(CatalogueValues.NOT_FROM_CATALOGUE).contains("id", "progress", "imported");
  }

  @Test
  void of_anImportedDataset_isEveryValueItGives_byPointer() throws Exception {
    var imported = DcatImporter.read(RealData.realdata(RealData.RAA)).getDatasets().get(0).getDataset();

    var values = CatalogueValues.of(CatalogueValues.tree(imported));

    assertThat(values).containsKeys("/title/sv", "/description/sv", "/distributions", "/keywords", "/themes", "/status",
        "/publisher/name", "/accessRights").doesNotContainKeys("/id", "/progress", "/secrecy", "/personalData/status");
  }

  @Test
  void fingerprint_isTheSameForTheSameValueInAnotherOrderOrForm_andNoneForNoValue() throws Exception {
    String a = CatalogueValues.fingerprint("/publisher", JSON.readTree("{\"name\": \"K\", \"type\": \"LocalAuthority\"}"));
    String b = CatalogueValues.fingerprint("/publisher", JSON.readTree("{\"type\": \"LocalAuthority\", \"name\": \"K\"}"));
    String n1 = CatalogueValues.fingerprint("/distributions", JSON.readTree("[{\"byteSize\": 1200}]"));
    String n2 = CatalogueValues.fingerprint("/distributions", JSON.readTree("[{\"byteSize\": 1.2E3}]"));

    assertThat(a).isEqualTo(b).matches("[0-9a-f]{12}");
    assertThat(n1).isEqualTo(n2);
    assertThat(CatalogueValues.fingerprint("/keywords", JSON.readTree("[\"a\", \"b\"]")))
        .isNotEqualTo(CatalogueValues.fingerprint("/keywords", JSON.readTree("[\"b\", \"a\"]")));
    assertThat(CatalogueValues.fingerprint("/licence", JSON.readTree("null"))).isNull();
    assertThat(CatalogueValues.fingerprint("/secrecy", JSON.readTree("\"UNKNOWN\""))).isNull();
    assertThat(CatalogueValues.fingerprint("/title/sv", JSON.readTree("\"\""))).isNull();
  }
}
