package se.odis.rules;

import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Audience;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableEffort;
import se.odis.model.ImmutableRoles;
import se.odis.model.Roles;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/** The rules of phase A (roles.drl, needs.drl, risks.drl, specification.drl, effort.drl): roles, needs, benefits, risks, specification and effort (phase A). */
class IdentificationRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static Roles roles(String producer, String owner, String steward) {
    return ImmutableRoles.builder().producer(producer).owner(owner).steward(steward).build();
  }

  private static Audience audience(Audience.Kind kind) {
    return ImmutableAudience.builder().kind(kind).name("Grupp").needs("Behov").build();
  }

  // ROLE-001: no owner.

  @Test
  void role001_ownerMissing_emitsBlockerAboutOwner() {
    VERIFIER.verify("ROLE-001")
        .given(readyToPublish().roles(roles("Trafikkontoret", null, "GIS-enheten")).build())
        .emits(Severity.BLOCKER)
        .emitsTimes(1)
        .about("/roles/owner");
  }

  @Test
  void role001_ownerGiven_doesNotEmit() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(roles("Trafikkontoret", "Nämnden", "GIS-enheten")).build())
        .doesNotEmit();
  }

  @Test
  void role001_ownerBlank_emitsBlocker() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(roles("Trafikkontoret", "  ", "GIS-enheten")).build())
        .emits(Severity.BLOCKER).about("/roles/owner");
  }

  @Test
  void role001_noRolesAtAll_emitsBlocker() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(Roles.unknown()).build()).emits(Severity.BLOCKER);
  }

  // ROLE-002: producer or steward unknown.

  @Test
  void role002_stewardMissing_emitsWarningAboutRoles() {
    VERIFIER.verify("ROLE-002").given(readyToPublish().roles(roles("Trafikkontoret", "Nämnden", null)).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/roles");
  }

  @Test
  void role002_producerAndStewardGiven_doesNotEmit() {
    VERIFIER.verify("ROLE-002").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void role002_producerBlank_emitsWarning() {
    VERIFIER.verify("ROLE-002").given(readyToPublish().roles(roles(" ", "Nämnden", "GIS-enheten")).build())
        .emits(Severity.WARNING);
  }

  // NEED-001: go-ahead decided without target groups.

  @Test
  void need001_noTargetGroupsAfterGoAhead_emitsWarningAboutAudiences() {
    VERIFIER.verify("NEED-001").given(readyToPublish().audiences(List.of()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/audiences");
  }

  @Test
  void need001_targetGroupsDescribed_doesNotEmit() {
    VERIFIER.verify("NEED-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void need001_noTargetGroupsBeforeGoAhead_doesNotEmit() {
    VERIFIER.verify("NEED-001")
        .given(readyToPublish().audiences(List.of()).putProgress(task("A.3.3.1"), inProgress()).build())
        .doesNotEmit();
  }

  // NEED-004: only external target groups.

  @Test
  void need004_onlyExternalTargetGroups_emitsRecommendationAboutAudiences() {
    VERIFIER.verify("NEED-004").given(readyToPublish().audiences(List.of(audience(Audience.Kind.EXTERNAL))).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/audiences");
  }

  @Test
  void need004_internalTargetGroupToo_doesNotEmit() {
    VERIFIER.verify("NEED-004").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void need004_noTargetGroupsAtAll_doesNotEmit() {
    VERIFIER.verify("NEED-004").given(readyToPublish().audiences(List.of()).build()).doesNotEmit();
  }

  // NEED-002: no benefits.

  @Test
  void need002_noBenefits_emitsRecommendationAboutBenefits() {
    VERIFIER.verify("NEED-002").given(readyToPublish().benefits(List.of()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/benefits");
  }

  @Test
  void need002_benefitsDescribed_doesNotEmit() {
    VERIFIER.verify("NEED-002").given(readyToPublish().build()).doesNotEmit();
  }

  // NEED-003: risks neither described nor considered (A.2.2.2 not done).

  @Test
  void need003_noRisksAndRiskTaskNotDone_emitsRecommendationAboutRisks() {
    VERIFIER.verify("NEED-003").given(readyToPublish().putProgress(task("A.2.2.2"), notStarted()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/risks");
  }

  @Test
  void need003_noRisksButRiskTaskDone_doesNotEmit() {
    VERIFIER.verify("NEED-003").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void need003_risksDescribedAndTaskNotDone_doesNotEmit() {
    VERIFIER.verify("NEED-003")
        .given(readyToPublish().addRisks("Felaktiga slutsatser").putProgress(task("A.2.2.2"), notStarted()).build())
        .doesNotEmit();
  }

  // SPEC-001: no specification or data model.

  @Test
  void spec001_noSpecification_emitsRecommendationAboutConformsTo() {
    VERIFIER.verify("SPEC-001").given(readyToPublish().conformsTo(null).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/conformsTo");
  }

  @Test
  void spec001_specificationGiven_doesNotEmit() {
    VERIFIER.verify("SPEC-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void spec001_blankSpecification_emits() {
    VERIFIER.verify("SPEC-001").given(readyToPublish().conformsTo(" ").build()).emits(Severity.RECOMMENDATION);
  }

  // EFF-001: going ahead although the effort was judged out of proportion.

  @Test
  void eff001_goAheadWithDisproportionateEffort_emitsWarningAboutProportionate() {
    VERIFIER.verify("EFF-001")
        .given(readyToPublish().effort(ImmutableEffort.builder().proportionate(false).build()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/effort/proportionate");
  }

  @Test
  void eff001_proportionateEffort_doesNotEmit() {
    VERIFIER.verify("EFF-001").given(readyToPublish().build()).doesNotEmit();
  }

  @Test
  void eff001_disproportionateEffortBeforeGoAhead_doesNotEmit() {
    VERIFIER.verify("EFF-001")
        .given(readyToPublish().effort(ImmutableEffort.builder().proportionate(false).build())
            .putProgress(task("A.3.3.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void eff001_proportionalityNotJudged_doesNotEmit() {
    VERIFIER.verify("EFF-001").given(readyToPublish().effort(ImmutableEffort.builder().build()).build()).doesNotEmit();
  }
}
