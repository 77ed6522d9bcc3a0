package se.odis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.ImmutableRoles;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Severity;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.rules.Assessor;
import se.odis.rules.test.RuleVerifier;

/**
 * Exempelkommun's own rules, tested the way ODIS tests its rules: with the rule verifier that
 * ships in odis-rules. Each rule fires on its case and stays silent on the near miss.
 */
class ExempelkommunRulesTest {
  private static final Path PACK = Path.of("exempelkommun", "rules");
  private static RuleVerifier verifier;
  private static ImmutableDataset ready;

  @BeforeAll
  static void build() throws Exception {
    verifier = RuleVerifier.of(Assessor.builder().rulePack(PACK).build());
    Dataset d = DatasetReader.strict().read(Path.of("datasets", "ready-to-publish.json"));
    ready = ImmutableDataset.copyOf(d);
  }

  @Test
  void exk001_personalDataWithoutOfficerReview_isBlocker() {
    ImmutableDataset withPersonalData = ready
        .withPersonalData(ImmutablePersonalData.builder().status(PersonalDataStatus.PRESENT)
            .addMeasures(se.odis.model.ProtectiveMeasure.AGGREGATION).build());
    ImmutableDataset notReviewed = ImmutableDataset.builder().from(withPersonalData)
        .putProgress(TaskId.of("B.1.2.1"), TaskProgress.of(TaskStatus.IN_PROGRESS)).build();
    verifier.verify("EXK-001").given(notReviewed).emits(Severity.BLOCKER).about("/progress/B.1.2.1");
    verifier.verify("EXK-001").given(withPersonalData).doesNotEmit();
  }

  @Test
  void exk002_licenceOtherThanCc0_isBlockerAndReplacesLic004() {
    verifier.verify("EXK-002").given(ready.withLicence("CC-BY-SA-4.0")).emits(Severity.BLOCKER).about("/licence")
        .withMessageContaining("CC-BY-SA-4.0");
    verifier.verify("EXK-002").given(ready.withLicence("https://creativecommons.org/publicdomain/zero/1.0/deed.sv")).doesNotEmit();
    Assessor assessor = Assessor.builder().rulePack(PACK).build();
    assertThat(assessor.getDisabledRules()).contains("LIC-004");
    assertThat(assessor.getRule("LIC-004")).isNull();
  }

  @Test
  void exk003_personalContactAddress_isWarning() {
    verifier.verify("EXK-003").given(ready.withContactPoint(
        ImmutableContactPoint.builder().name("Anna").email("anna.andersson@exempelkommun.se").build()))
        .emits(Severity.WARNING).withMessageContaining("anna.andersson@exempelkommun.se");
    verifier.verify("EXK-003").given(ready).doesNotEmit();
  }

  @Test
  void exk004_ownerNotACommittee_isRecommendation() {
    verifier.verify("EXK-004").given(ready.withRoles(ImmutableRoles.builder().from(ready.getRoles()).owner("GIS-enheten").build()))
        .emits(Severity.RECOMMENDATION);
    verifier.verify("EXK-004").given(ready).doesNotEmit();
  }

  @Test
  void exk011_decisionTable_mobilityWithoutTransportTheme_isWarning() {
    ImmutableDataset mobility = ready.withHvdCategory(HvdCategory.MOBILITY);
    verifier.verify("EXK-011").given(mobility.withThemes(DataTheme.REGI)).emits(Severity.WARNING).about("/themes")
        .withMessageContaining("TRAN");
    verifier.verify("EXK-011").given(mobility).doesNotEmit();
  }

  @Test
  void exk012_decisionTable_geospatialWithoutRegionsTheme_isWarning() {
    ImmutableDataset geo = ready.withHvdCategory(HvdCategory.GEOSPATIAL);
    verifier.verify("EXK-012").given(geo.withThemes(DataTheme.TRAN)).emits(Severity.WARNING);
    verifier.verify("EXK-012").given(geo.withThemes(DataTheme.REGI)).doesNotEmit();
  }

  @Test
  void exk013_decisionTable_environmentWithoutEnvironmentTheme_isWarning() {
    ImmutableDataset env = ready.withHvdCategory(HvdCategory.EARTH_OBSERVATION_AND_ENVIRONMENT);
    verifier.verify("EXK-013").given(env.withThemes(DataTheme.TRAN)).emits(Severity.WARNING);
    verifier.verify("EXK-013").given(env.withThemes(DataTheme.ENVI)).doesNotEmit();
  }

  @Test
  void profile_appliesPackDisablesSeveritiesAndDefaults_andIsRecorded() throws Exception {
    Assessor assessor = Assessor.builder().profile(Path.of("exempelkommun", "profile.yaml")).build();
    assertThat(assessor.getDisabledRules()).containsExactly("LIC-004", "SPEC-001");
    assertThat(assessor.getRule("META-013").getSeverity()).isEqualTo(Severity.WARNING);
    Dataset bare = DatasetReader.strict().read(Path.of("datasets", "phase-a-identify.json"));
    var a = assessor.assess(bare, RuleVerifier.DEFAULT_AS_OF);
    assertThat(a.getProfile()).isEqualTo("Exempelkommun");
    assertThat(a.getRulesInForce()).contains("EXK-001", "EXK-011").doesNotContain("LIC-004", "SPEC-001");
    // The profile's default licence and publisher stand in for the dataset's missing ones.
    assertThat(a.getFindings()).noneMatch(f -> f.getRuleId().equals("LIC-001"));
    assertThat(a.getFindings()).noneMatch(f -> f.getRuleId().equals("META-003"));
    // META-013 was raised from a recommendation to a warning.
    Dataset swedishTitleOnly = ImmutableDataset.copyOf(bare).withTitle(se.odis.model.LocalizedText.of(java.util.Map.of("sv", "Lekplatser")));
    assertThat(assessor.assess(swedishTitleOnly, RuleVerifier.DEFAULT_AS_OF).getFindings())
        .filteredOn(f -> f.getRuleId().equals("META-013"))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }

  /**
   * A pack changes when a guide task applies: EXK-020 makes B.3.1.4 (test with the target groups)
   * apply to every dataset, where ODIS's APPL-008 asks for external target groups or a high-value
   * dataset. The applicability rules run first, so ODIS's own QA-004 sees the pack's decision.
   */
  @Test
  void exk020_packMakesATaskApply_andOdisOwnRulesSeeIt() {
    ImmutableDataset internalOnly = ImmutableDataset.builder().from(ready)
        .audiences(java.util.List.of(se.odis.model.ImmutableAudience.builder().kind(se.odis.model.Audience.Kind.INTERNAL)
            .name("Trafikplanerare").needs("Underlag för parkeringsstrategin").build()))
        .putProgress(TaskId.of("B.3.1.4"), TaskProgress.of(TaskStatus.NOT_STARTED)).build();
    Assessor plain = Assessor.create();
    Assessor withPack = Assessor.builder().rulePack(PACK).build();

    verifier.verify("EXK-020").given(internalOnly).holds();
    RuleVerifier.of(plain).verify("APPL-008").given(internalOnly).doesNotHold();
    assertThat(task(plain, internalOnly, "B.3.1.4").isApplicable()).isFalse();
    assertThat(task(withPack, internalOnly, "B.3.1.4").getAppliesBy()).containsExactly("EXK-020");
    assertThat(task(withPack, internalOnly, "B.3.1.4").isApplicable()).isTrue();

    RuleVerifier.of(plain).verify("QA-004").given(internalOnly).doesNotEmit();
    verifier.verify("QA-004").given(internalOnly).emits(Severity.RECOMMENDATION);
    assertThat(withPack.assess(internalOnly, RuleVerifier.DEFAULT_AS_OF).getNextSteps())
        .anyMatch(s -> s.getTaskId().equals("B.3.1.4"));
    // The near miss: with the task done, the pack's rule still holds, and nothing is left to do.
    ImmutableDataset tested = ImmutableDataset.builder().from(internalOnly)
        .putProgress(TaskId.of("B.3.1.4"), TaskProgress.of(TaskStatus.DONE)).build();
    verifier.verify("EXK-020").given(tested).holds();
    verifier.verify("QA-004").given(tested).doesNotEmit();
  }

  @Test
  void exk020_disabledByAProfile_leavesOdisOwnCondition() {
    Assessor assessor = Assessor.builder().rulePack(PACK).disable(java.util.List.of("EXK-020")).build();
    assertThat(assessor.getApplicabilityRule("EXK-020")).isNull();
    ImmutableDataset internalOnly = ImmutableDataset.builder().from(ready)
        .audiences(java.util.List.of()).putProgress(TaskId.of("B.3.1.4"), TaskProgress.of(TaskStatus.NOT_STARTED)).build();
    assertThat(task(assessor, internalOnly, "B.3.1.4").isApplicable()).isFalse();
  }

  private static se.odis.rules.TaskState task(Assessor assessor, Dataset d, String taskId) {
    return assessor.tasks(d, RuleVerifier.DEFAULT_AS_OF).stream().filter(t -> t.getTaskId().equals(taskId)).findFirst().orElseThrow();
  }
}
