package se.odis.rules;

import se.odis.rules.test.RuleVerifier;

/** The verifier the tests of the built-in rules share: on {@link SharedAssessor#ASSESSOR}, as of its day. */
final class SharedVerifier {
  static final RuleVerifier VERIFIER = RuleVerifier.of(SharedAssessor.ASSESSOR).asOf(SharedAssessor.AS_OF);

  private SharedVerifier() {}
}
