package se.odis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles are read as strictly as datasets, and their problems are worded for a profile. */
class ProfileReaderTest {
  @TempDir Path dir;

  private InputProblem problemOf(String name, String text) throws Exception {
    Path f = Files.writeString(dir.resolve(name), text);
    InvalidInputException e = catchThrowableOfType(() -> ProfileReader.read(f), InvalidInputException.class);
    assertThat(e).as("%s should be refused", text).isNotNull();
    InputProblem p = e.getProblem();
    assertThat(p.getSource()).isEqualTo(f.toString());
    assertThat(p.toString()).doesNotContain("dataset", "\n", "Exception", "reader'");
    DatasetReaderTest.assertNoInternals(p);
    return p;
  }

  @Test
  void read_validYamlAndJson_giveTheSameProfile() throws Exception {
    Path yaml = Files.writeString(dir.resolve("p.yaml"), "municipality: Exempelkommun\ndisable: [HVD-001]\n");
    Path json = Files.writeString(dir.resolve("p.json"), "{\"municipality\": \"Exempelkommun\", \"disable\": [\"HVD-001\"]}");
    assertThat(ProfileReader.read(yaml)).isEqualTo(ProfileReader.read(json));
    assertThat(ProfileReader.read(yaml).getMunicipality()).isEqualTo("Exempelkommun");
  }

  @Test
  void read_nullDocument_isAProblem_notAMissingProfile() throws Exception {
    for (String[] c : new String[][] {{"n.yaml", "~\n"}, {"n2.yaml", "null\n"}, {"n.json", "null"}}) {
      InputProblem p = problemOf(c[0], c[1]);
      assertThat(p.getProblem()).isEqualTo("the profile is null");
      assertThat(p.getExpected()).isEqualTo("an object with the profile's fields, e.g. municipality: Exempelkommun");
    }
  }

  @Test
  void read_yamlKeyTwice_isRejectedLikeInJson() throws Exception {
    InputProblem p = problemOf("dup.yaml", "municipality: X\nmunicipality: Y\n");
    assertThat(p.getLine()).isEqualTo(2);
    assertThat(p.getProblem()).isEqualTo("field 'municipality' appears more than once");
  }

  @Test
  void read_secondYamlDocument_isRejected() throws Exception {
    InputProblem p = problemOf("multi.yaml", "municipality: X\n---\nmunicipality: Y\n");
    assertThat(p.getProblem()).isEqualTo("there is more than one document in the file");
    assertThat(p.getExpected()).isEqualTo("one YAML document");
  }

  @Test
  void read_emptyOrListOrTabbedYaml_namesTheProfileAndYaml() throws Exception {
    assertThat(problemOf("empty.yaml", "").getProblem()).isEqualTo("the input is empty");
    assertThat(problemOf("list.yaml", "- a\n- b\n").getProblem()).isEqualTo("the input is an array, not an object");
    InputProblem tabs = problemOf("tabs.yaml", "municipality: X\n\tdisable: []\n");
    assertThat(tabs.getProblem()).startsWith("malformed YAML: ").contains("TAB");
    assertThat(tabs.getExpected()).isEqualTo("well-formed YAML");
  }

  @Test
  void read_runawayFile_isRefusedBeforeParsing() throws Exception {
    InputProblem p = problemOf("big.yaml", "municipality: " + "x".repeat(ProfileReader.MAX_BYTES) + "\n");
    assertThat(p.getProblem()).isEqualTo("the file is larger than 1 MB");
  }
}
