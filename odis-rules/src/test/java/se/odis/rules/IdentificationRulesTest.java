package se.odis.rules;

import static se.odis.rules.Datasets.readyToPublish;

import org.junit.jupiter.api.Test;
import se.odis.model.ImmutableRoles;
import se.odis.model.Roles;
import se.odis.model.Severity;

/** The rules of identification.drl: who owns the data (A.3.1.1). */
class IdentificationRulesTest {
  private static final RuleVerifier VERIFIER = SharedAssessor.VERIFIER;

  private static Roles roles(String owner) {
    return ImmutableRoles.builder().producer("Trafikkontoret").owner(owner).steward("GIS-enheten").build();
  }

  @Test
  void role001_ownerMissing_emitsBlockerAboutOwner() {
    VERIFIER.verify("ROLE-001")
        .given(readyToPublish().roles(ImmutableRoles.builder().producer("Trafikkontoret").steward("GIS-enheten").build()).build())
        .emits(Severity.BLOCKER)
        .emitsTimes(1)
        .about("/roles/owner");
  }

  @Test
  void role001_ownerGiven_doesNotEmit() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(roles("Stadsbyggnadsnämnden")).build()).doesNotEmit();
  }

  @Test
  void role001_ownerBlank_emitsBlocker() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(roles("  ")).build())
        .emits(Severity.BLOCKER).about("/roles/owner");
  }

  @Test
  void role001_noRolesAtAll_emitsBlocker() {
    VERIFIER.verify("ROLE-001").given(readyToPublish().roles(Roles.unknown()).build()).emits(Severity.BLOCKER);
  }
}
