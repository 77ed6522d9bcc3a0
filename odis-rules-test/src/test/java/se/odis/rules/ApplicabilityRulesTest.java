package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;
import static se.odis.rules.SharedAssessor.ASSESSOR;
import static se.odis.rules.SharedVerifier.VERIFIER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Audience;
import se.odis.model.Dataset;
import se.odis.model.Effort;
import se.odis.model.Frequency;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableEffort;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.ThirdPartyRights;

/**
 * The rules of applicability.drl, which state when conditional tasks apply: for each rule, a
 * dataset it holds for through each operand of its condition alone, and a near miss that differs
 * in that operand only. Then what "applies" means in Java: by a rule that holds, by the
 * coordinator having started the task, or always when no rule names the task. These tests judge
 * the task states only ({@link Assessor#tasks}), never a whole assessment, so that mutation
 * testing of the conditions runs them alone (docs/mutation-testing.md); applicability in an
 * assessment is {@link ApplicabilityInAssessmentTest}'s.
 */
class ApplicabilityRulesTest {
  /**
   * A dataset for which no applicability rule holds: nothing to protect, linked from elsewhere,
   * small effort, internal target groups with needs, no risks, not high-value, not published,
   * no schedule.
   */
  static ImmutableDataset.Builder quiet() {
    return readyToPublish().hvdCategory(null).storage(Storage.LINKED).accrualPeriodicity(null)
        .audiences(List.of(audience(Audience.Kind.INTERNAL, "Beläggning över tid")));
  }

  static Audience audience(Audience.Kind kind, String needs) {
    return ImmutableAudience.builder().kind(kind).name("Grupp").needs(needs).build();
  }

  @Test
  void quiet_holdsForNone_soOnlyTheUngovernedTasksApply() {
    List<TaskState> tasks = ASSESSOR.tasks(quiet().progress(java.util.Map.of()).build(), Datasets.AS_OF);
    assertThat(tasks).allSatisfy(t -> assertThat(t.getAppliesBy()).as(t.getTaskId()).isEmpty());
    assertThat(tasks).filteredOn(TaskState::isApplicable).extracting(TaskState::getTaskId)
        .doesNotContain("B.2.2.1", "B.2.1.3", "B.2.1.4", "A.3.2.1", "B.1.2.1", "B.2.1.5", "B.3.1.3", "B.3.1.4",
            "C.1.1.1", "B.3.2.1", "C.2.2.2", "C.2.2.3", "C.2.3.1", "C.2.3.2", "C.2.3.3", "C.2.3.4", "C.3.1.1", "C.3.1.5")
        .contains("A.1.1.2", "A.3.3.1", "C.2.1.1");
  }

  // APPL-001: B.2.2.1, when there is anything to protect (fail closed).

  @Test
  void appl001_eachThingToProtect_holdsAlone() {
    VERIFIER.verify("APPL-001").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.PRESENT)).build()).holds();
    VERIFIER.verify("APPL-001").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.UNKNOWN)).build()).holds();
    VERIFIER.verify("APPL-001").given(quiet().secrecy(Secrecy.PARTIAL).build()).holds();
    VERIFIER.verify("APPL-001").given(quiet().secrecy(Secrecy.UNKNOWN).build()).holds();
    VERIFIER.verify("APPL-001").given(quiet().thirdPartyRights(ThirdPartyRights.CLEARED).build()).holds();
    VERIFIER.verify("APPL-001").given(quiet().otherLegalObstacles(LegalObstacles.UNKNOWN).build()).holds();
  }

  @Test
  void appl001_nothingToProtect_doesNotHold() {
    VERIFIER.verify("APPL-001").given(quiet().build()).doesNotHold();
  }

  // APPL-002: B.2.1.3 and B.2.1.4, when the data is stored in the portal.

  @Test
  void appl002_storedInThePortal_holds_linkedOrUndecided_doesNot() {
    Dataset portal = quiet().storage(Storage.PORTAL).build();
    VERIFIER.verify("APPL-002").given(portal).holds();
    assertThat(applying(portal)).contains("B.2.1.3", "B.2.1.4");
    VERIFIER.verify("APPL-002").given(quiet().storage(Storage.LINKED).build()).doesNotHold();
    VERIFIER.verify("APPL-002").given(quiet().storage(Storage.UNKNOWN).build()).doesNotHold();
  }

  // APPL-003: A.3.2.1, when the effort is not obviously small.

  @Test
  void appl003_effortUnknownMediumOrLarge_holds_small_doesNot() {
    VERIFIER.verify("APPL-003").given(quiet().effort(null).build()).holds();
    VERIFIER.verify("APPL-003").given(quiet().effort(effort(Effort.Size.MEDIUM)).build()).holds();
    VERIFIER.verify("APPL-003").given(quiet().effort(effort(Effort.Size.LARGE)).build()).holds();
    VERIFIER.verify("APPL-003").given(quiet().effort(effort(Effort.Size.SMALL)).build()).doesNotHold();
  }

  static Effort effort(Effort.Size size) {
    return ImmutableEffort.builder().size(size).build();
  }

  // APPL-004: B.1.2.1, when there is anything to protect or it is not known.

  @Test
  void appl004_eachThingToProtectOrUnknown_holdsAlone() {
    VERIFIER.verify("APPL-004").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.UNKNOWN)).build()).holds();
    VERIFIER.verify("APPL-004").given(quiet().secrecy(Secrecy.FULL).build()).holds();
    VERIFIER.verify("APPL-004").given(quiet().thirdPartyRights(ThirdPartyRights.UNCLEARED).build()).holds();
    VERIFIER.verify("APPL-004").given(quiet().thirdPartyRights(ThirdPartyRights.UNKNOWN).build()).holds();
    VERIFIER.verify("APPL-004").given(quiet().otherLegalObstacles(LegalObstacles.PRESENT).build()).holds();
  }

  @Test
  void appl004_nothingToProtect_orRightsCleared_doesNotHold() {
    VERIFIER.verify("APPL-004").given(quiet().build()).doesNotHold();
    VERIFIER.verify("APPL-004").given(quiet().thirdPartyRights(ThirdPartyRights.CLEARED).build()).doesNotHold();
  }

  // APPL-005 and APPL-006: B.2.1.5, when the target groups or their needs are not described.

  @Test
  void appl005_noTargetGroups_holds_anyTargetGroup_doesNot() {
    VERIFIER.verify("APPL-005").given(quiet().audiences(List.of()).build()).holds();
    VERIFIER.verify("APPL-005").given(quiet().build()).doesNotHold();
  }

  @Test
  void appl006_aTargetGroupWithoutNeeds_holds_allDescribedOrNone_doesNot() {
    Dataset oneWithout = quiet().addAudiences(audience(Audience.Kind.EXTERNAL, null)).build();
    VERIFIER.verify("APPL-006").given(oneWithout).holds();
    assertThat(applying(oneWithout)).contains("B.2.1.5");
    VERIFIER.verify("APPL-006").given(quiet().addAudiences(audience(Audience.Kind.EXTERNAL, "Realtid")).build()).doesNotHold();
    VERIFIER.verify("APPL-006").given(quiet().audiences(List.of()).build()).doesNotHold();
  }

  // APPL-007: B.3.1.3, when the data is stored in the portal or is high-value.

  @Test
  void appl007_portalOrHighValue_eachHoldsAlone_neither_doesNot() {
    VERIFIER.verify("APPL-007").given(quiet().storage(Storage.PORTAL).build()).holds();
    VERIFIER.verify("APPL-007").given(quiet().hvdCategory(se.odis.model.HvdCategory.MOBILITY).build()).holds();
    VERIFIER.verify("APPL-007").given(quiet().build()).doesNotHold();
  }

  // APPL-008: B.3.1.4 and C.1.1.1, when there are external users to reach, or the data is high-value.

  @Test
  void appl008_externalTargetGroupOrHighValue_eachHoldsAlone_neither_doesNot() {
    Dataset external = quiet().addAudiences(audience(Audience.Kind.EXTERNAL, "Realtid")).build();
    VERIFIER.verify("APPL-008").given(external).holds();
    assertThat(applying(external)).contains("B.3.1.4", "C.1.1.1");
    VERIFIER.verify("APPL-008").given(quiet().hvdCategory(se.odis.model.HvdCategory.MOBILITY).build()).holds();
    VERIFIER.verify("APPL-008").given(quiet().build()).doesNotHold();
  }

  // APPL-009: B.3.2.1, when the dataset carries risk or weight.

  @Test
  void appl009_eachRiskOrWeight_holdsAlone() {
    VERIFIER.verify("APPL-009").given(quiet().addRisks("Kan avslöja enskildas vanor").build()).holds();
    VERIFIER.verify("APPL-009").given(quiet().effort(effort(Effort.Size.LARGE)).build()).holds();
    VERIFIER.verify("APPL-009").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.PRESENT)).build()).holds();
    VERIFIER.verify("APPL-009").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.SENSITIVE)).build()).holds();
    VERIFIER.verify("APPL-009").given(quiet().hvdCategory(se.odis.model.HvdCategory.MOBILITY).build()).holds();
  }

  @Test
  void appl009_nearMisses_doNotHold() {
    VERIFIER.verify("APPL-009").given(quiet().build()).doesNotHold();
    VERIFIER.verify("APPL-009").given(quiet().effort(effort(Effort.Size.MEDIUM)).build()).doesNotHold();
    VERIFIER.verify("APPL-009").given(quiet().effort(null).build()).doesNotHold();
    VERIFIER.verify("APPL-009").given(quiet().personalData(Datasets.personalData(PersonalDataStatus.UNKNOWN)).build()).doesNotHold();
  }

  // APPL-010: C.2.2.2 and C.2.2.3, for published data with external users.

  @Test
  void appl010_publishedWithExternalUsers_holds_eitherAlone_doesNot() {
    Audience external = audience(Audience.Kind.EXTERNAL, "Realtid");
    VERIFIER.verify("APPL-010").given(quiet().status(Lifecycle.PUBLISHED).addAudiences(external).build()).holds();
    // Published by the record: C.1.1.3 done.
    VERIFIER.verify("APPL-010").given(quiet().putProgress(task("C.1.1.3"), Datasets.done()).addAudiences(external).build()).holds();
    VERIFIER.verify("APPL-010").given(quiet().status(Lifecycle.PUBLISHED).build()).doesNotHold();
    VERIFIER.verify("APPL-010").given(quiet().addAudiences(external).build()).doesNotHold();
  }

  // APPL-011: C.2.3.1, when the data is updated on a schedule.

  @Test
  void appl011_scheduled_holds_irregularOrNone_doesNot() {
    VERIFIER.verify("APPL-011").given(quiet().accrualPeriodicity(Frequency.MONTHLY).build()).holds();
    VERIFIER.verify("APPL-011").given(quiet().accrualPeriodicity(Frequency.IRREG).build()).doesNotHold();
    VERIFIER.verify("APPL-011").given(quiet().accrualPeriodicity(null).build()).doesNotHold();
  }

  // APPL-012: C.2.3.2–C.2.3.4, only when a finding shows the need.

  @Test
  void appl012_neverHoldsByItself() {
    VERIFIER.verify("APPL-012").given(quiet().build()).doesNotHold();
    VERIFIER.verify("APPL-012").given(Datasets.published().metadataModified(LocalDate.of(2025, 1, 1)).build()).doesNotHold();
  }

  // APPL-013: C.3.1.1–C.3.1.5, for a dataset being taken down.

  @Test
  void appl013_deprecatedOrWithdrawn_holds_liveOrPlanned_doesNot() {
    VERIFIER.verify("APPL-013").given(quiet().status(Lifecycle.DEPRECATED).build()).holds();
    VERIFIER.verify("APPL-013").given(quiet().status(Lifecycle.WITHDRAWN).build()).holds();
    VERIFIER.verify("APPL-013").given(quiet().status(Lifecycle.PUBLISHED).build()).doesNotHold();
    VERIFIER.verify("APPL-013").given(quiet().status(Lifecycle.PLANNED).build()).doesNotHold();
  }

  // What "applies" means.

  @Test
  void governedTask_appliesByARule_orOnceStarted_elseNot() {
    TaskState none = state(quiet().putProgress(task("B.3.1.4"), Datasets.notStarted()).build(), "B.3.1.4");
    assertThat(none.isGoverned()).isTrue();
    assertThat(none.isApplicable()).isFalse();
    TaskState started = state(quiet().putProgress(task("B.3.1.4"), Datasets.inProgress()).build(), "B.3.1.4");
    assertThat(started.getAppliesBy()).isEmpty();
    assertThat(started.isApplicable()).isTrue();
    assertThat(started.isStarted()).isTrue();
    assertThat(none.isStarted()).isFalse();
    TaskState futureDone = state(quiet().putProgress(task("B.3.1.4"), Datasets.doneOn(Datasets.AS_OF.plusDays(3))).build(), "B.3.1.4");
    assertThat(futureDone.isApplicable()).as("done on a later day: in progress, so started").isTrue();
    assertThat(futureDone.getStatus()).isEqualTo(se.odis.model.TaskStatus.IN_PROGRESS);
    assertThat(futureDone.isFutureDated()).isTrue();
    TaskState pastDone = state(quiet().putProgress(task("B.3.1.4"), Datasets.doneOn(Datasets.AS_OF.minusDays(3))).build(), "B.3.1.4");
    assertThat(pastDone.getStatus()).isEqualTo(se.odis.model.TaskStatus.DONE);
    assertThat(pastDone.isFutureDated()).isFalse();
    // Only a task recorded done is moved back by a later date: "not applicable" dated later stays so.
    TaskState futureSkipped = state(quiet().putProgress(task("B.3.1.4"), se.odis.model.ImmutableTaskProgress.builder()
        .status(se.odis.model.TaskStatus.NOT_APPLICABLE).date(Datasets.AS_OF.plusDays(3)).build()).build(), "B.3.1.4");
    assertThat(futureSkipped.getStatus()).isEqualTo(se.odis.model.TaskStatus.NOT_APPLICABLE);
    assertThat(futureSkipped.isFutureDated()).isFalse();
    assertThat(futureSkipped.isApplicable()).isFalse();
    TaskState byRule = state(quiet().hvdCategory(se.odis.model.HvdCategory.MOBILITY).build(), "B.3.1.4");
    assertThat(byRule.getAppliesBy()).containsExactly("APPL-008");
    assertThat(byRule.isApplicable()).isTrue();
  }

  @Test
  void taskNamedByTwoRules_appliesByEither_andRecordsBoth() {
    Dataset both = quiet().audiences(List.of()).build();
    assertThat(state(both, "B.2.1.5").getAppliesBy()).containsExactly("APPL-005");
    Dataset second = quiet().addAudiences(audience(Audience.Kind.INTERNAL, null)).build();
    assertThat(state(second, "B.2.1.5").getAppliesBy()).containsExactly("APPL-006");
  }

  @Test
  void ungovernedTask_alwaysApplies_unlessAConditionalOneIsMarkedNotApplicable() {
    TaskState always = state(quiet().build(), "A.3.3.1");
    assertThat(always.isGoverned()).isFalse();
    assertThat(always.isApplicable()).isTrue();
    // A.1.1.2 "Om ja": conditional in the guide, named by no rule; the coordinator's answer counts.
    assertThat(state(quiet().build(), "A.1.1.2").isApplicable()).isTrue();
    assertThat(state(quiet().putProgress(task("A.1.1.2"), Datasets.notApplicable()).build(), "A.1.1.2").isApplicable()).isFalse();
    // An unconditional task cannot be skipped that way (PROG-004 says so).
    assertThat(state(quiet().putProgress(task("A.3.1.1"), Datasets.notApplicable()).build(), "A.3.1.1").isApplicable()).isTrue();
  }

  @Test
  void heldRule_andNotApplicable_onADecisiveTask_stillApplies_onAnotherDoesNot() {
    // B.2.2.1 is decisive: with something to protect, "not applicable" does not count (PROG-013).
    Dataset pd = quiet().personalData(Datasets.personalData(PersonalDataStatus.PRESENT))
        .putProgress(task("B.2.2.1"), Datasets.notApplicable()).build();
    assertThat(state(pd, "B.2.2.1").isApplicable()).isTrue();
    // B.3.1.4 is not: the coordinator's "not applicable" counts although APPL-008 holds.
    Dataset hvd = quiet().hvdCategory(se.odis.model.HvdCategory.MOBILITY)
        .putProgress(task("B.3.1.4"), Datasets.notApplicable()).build();
    assertThat(state(hvd, "B.3.1.4").getAppliesBy()).containsExactly("APPL-008");
    assertThat(state(hvd, "B.3.1.4").isApplicable()).isFalse();
  }

  @Test
  void failClosedCondition_cannotBeDisabled() {
    assertThatThrownBy(() -> Assessor.builder().disable(List.of("APPL-001")).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("cannot disable APPL-001: it decides whether a decisive task applies (fail closed)");
  }

  @Test
  void everyTaskOfEveryApplicabilityRule_isGoverned_andTheRulesAreListed() {
    assertThat(ASSESSOR.getApplicabilityRules()).extracting(ApplicabilityRule::getId)
        .containsExactly("APPL-001", "APPL-002", "APPL-003", "APPL-004", "APPL-005", "APPL-006", "APPL-007",
            "APPL-008", "APPL-009", "APPL-010", "APPL-011", "APPL-012", "APPL-013");
    List<TaskState> tasks = ASSESSOR.tasks(quiet().build(), Datasets.AS_OF);
    for (ApplicabilityRule r : ASSESSOR.getApplicabilityRules()) {
      assertThat(r.getTitle().get("sv")).isNotBlank();
      assertThat(r.getIntent()).as(r.getId()).isNotNull();
      for (String id : r.getTasks()) {
        assertThat(tasks.get(se.odis.model.Guide.odis().order(id)).isGoverned()).as(id).isTrue();
      }
    }
    assertThat(ASSESSOR.getApplicabilityRule("APPL-001").isFailClosed()).isTrue();
    assertThat(ASSESSOR.getRule("APPL-001")).as("not a rule with findings").isNull();
  }

  static TaskState state(Dataset d, String taskId) {
    return ASSESSOR.tasks(d, Datasets.AS_OF).get(se.odis.model.Guide.odis().order(taskId));
  }

  private static List<String> applying(Dataset d) {
    return ASSESSOR.tasks(d, Datasets.AS_OF).stream().filter(TaskState::isApplicable).map(TaskState::getTaskId)
        .collect(java.util.stream.Collectors.toList());
  }
}
