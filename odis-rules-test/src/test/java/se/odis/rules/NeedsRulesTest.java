package se.odis.rules;

import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.odis.model.Audience;
import se.odis.model.Effort;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableEffort;
import se.odis.model.ImmutableRoles;
import se.odis.model.Severity;
import se.odis.rules.test.RuleVerifier;

/**
 * The needs and prerequisites rules of phase A (roles.drl, needs.drl, specification.drl, effort.drl): roles, target groups,
 * benefits, risks, specification and effort. Each rule: the case that fires it, and the near miss
 * that changes only the fact under test in the ready fixture.
 */
class NeedsRulesTest {
  private static final RuleVerifier VERIFIER = SharedVerifier.VERIFIER;

  private static final Audience EXTERNAL =
      ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Apputvecklare").needs("Realtid").build();
  private static final Audience INTERNAL =
      ImmutableAudience.builder().kind(Audience.Kind.INTERNAL).name("Trafikplanerare").needs("Historik").build();

  private static ImmutableRoles roles(String producer, String owner, String steward) {
    return ImmutableRoles.builder().producer(producer).owner(owner).steward(steward).build();
  }

  private static ImmutableEffort effort(Boolean proportionate) {
    return ImmutableEffort.builder().size(Effort.Size.LARGE).estimate("Tre månader").proportionate(proportionate).build();
  }

  // ROLE-002: steward or producer not identified.

  @Test
  void role002_stewardMissing_emitsWarningAboutRoles() {
    VERIFIER.verify("ROLE-002")
        .given(readyToPublish().roles(roles("Trafikkontoret", "Stadsbyggnadsnämnden", null)).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/roles");
  }

  @Test
  void role002_producerBlank_emitsWarning() {
    VERIFIER.verify("ROLE-002")
        .given(readyToPublish().roles(roles("  ", "Stadsbyggnadsnämnden", "GIS-enheten")).build())
        .emits(Severity.WARNING).about("/roles");
  }

  @Test
  void role002_producerAndStewardGiven_doesNotEmit() {
    VERIFIER.verify("ROLE-002")
        .given(readyToPublish().roles(roles("Trafikkontoret", "Stadsbyggnadsnämnden", "GIS-enheten")).build())
        .doesNotEmit();
  }

  @Test
  void role002_onlyOwnerMissing_doesNotEmit() {
    VERIFIER.verify("ROLE-002")
        .given(readyToPublish().roles(roles("Trafikkontoret", null, "GIS-enheten")).build())
        .doesNotEmit();
  }

  // NEED-001: go-ahead decision without described target groups.

  @Test
  void need001_noAudiencesAfterGoAhead_emitsWarningAboutAudiences() {
    VERIFIER.verify("NEED-001").given(readyToPublish().audiences(List.of()).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/audiences");
  }

  @Test
  void need001_noAudiencesBeforeGoAhead_doesNotEmit() {
    VERIFIER.verify("NEED-001")
        .given(readyToPublish().audiences(List.of()).putProgress(task("A.3.3.1"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void need001_audiencesDescribed_doesNotEmit() {
    VERIFIER.verify("NEED-001").given(readyToPublish().build()).doesNotEmit();
  }

  // NEED-002: no benefits described.

  @Test
  void need002_noBenefits_emitsRecommendationAboutBenefits() {
    VERIFIER.verify("NEED-002").given(readyToPublish().benefits(List.of()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/benefits");
  }

  @Test
  void need002_benefitsDescribed_doesNotEmit() {
    VERIFIER.verify("NEED-002").given(readyToPublish().benefits(List.of("Färre sökande bilar")).build()).doesNotEmit();
  }

  // NEED-003: risks not considered.

  @Test
  void need003_noRisksAndRiskTaskNotDone_emitsRecommendationAboutRisks() {
    VERIFIER.verify("NEED-003")
        .given(readyToPublish().risks(List.of()).putProgress(task("A.2.2.2"), inProgress()).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/risks");
  }

  @Test
  void need003_risksDescribedAndRiskTaskNotDone_doesNotEmit() {
    VERIFIER.verify("NEED-003")
        .given(readyToPublish().risks(List.of("Felaktiga slutsatser om beläggning"))
            .putProgress(task("A.2.2.2"), inProgress()).build())
        .doesNotEmit();
  }

  @Test
  void need003_noRisksButRiskTaskDone_doesNotEmit() {
    // Having considered the risks and found none is an answer, not a gap.
    VERIFIER.verify("NEED-003").given(readyToPublish().risks(List.of()).build()).doesNotEmit();
  }

  // NEED-004: no internal target group.

  @Test
  void need004_onlyExternalAudiences_emitsRecommendationAboutAudiences() {
    VERIFIER.verify("NEED-004").given(readyToPublish().audiences(List.of(EXTERNAL)).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/audiences");
  }

  @Test
  void need004_externalAndInternalAudiences_doesNotEmit() {
    VERIFIER.verify("NEED-004").given(readyToPublish().audiences(List.of(EXTERNAL, INTERNAL)).build()).doesNotEmit();
  }

  @Test
  void need004_noAudiencesAtAll_doesNotEmit() {
    VERIFIER.verify("NEED-004").given(readyToPublish().audiences(List.of()).build()).doesNotEmit();
  }

  // SPEC-001: no specification or data model.

  @Test
  void spec001_noConformsTo_emitsRecommendationAboutConformsTo() {
    VERIFIER.verify("SPEC-001").given(readyToPublish().conformsTo(null).build())
        .emits(Severity.RECOMMENDATION).emitsTimes(1).about("/conformsTo");
  }

  @Test
  void spec001_blankConformsTo_emitsRecommendation() {
    VERIFIER.verify("SPEC-001").given(readyToPublish().conformsTo("   ").build())
        .emits(Severity.RECOMMENDATION).about("/conformsTo");
  }

  @Test
  void spec001_conformsToGiven_doesNotEmit() {
    VERIFIER.verify("SPEC-001")
        .given(readyToPublish().conformsTo("https://www.dataportal.se/specifications/parkering").build())
        .doesNotEmit();
  }

  // EFF-001: going ahead although the effort was judged out of proportion.

  @Test
  void eff001_effortNotProportionateAndGoAheadTaken_emitsWarningAboutProportionate() {
    VERIFIER.verify("EFF-001").given(readyToPublish().effort(effort(false)).build())
        .emits(Severity.WARNING).emitsTimes(1).about("/effort/proportionate");
  }

  @Test
  void eff001_effortProportionate_doesNotEmit() {
    VERIFIER.verify("EFF-001").given(readyToPublish().effort(effort(true)).build()).doesNotEmit();
  }

  @Test
  void eff001_proportionalityNotJudged_doesNotEmit() {
    VERIFIER.verify("EFF-001").given(readyToPublish().effort(effort(null)).build()).doesNotEmit();
  }

  @Test
  void eff001_effortNotProportionateBeforeGoAhead_doesNotEmit() {
    VERIFIER.verify("EFF-001")
        .given(readyToPublish().effort(effort(false)).putProgress(task("A.3.3.1"), notStarted()).build())
        .doesNotEmit();
  }
}
