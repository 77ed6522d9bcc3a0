package se.odis.cli;

import se.odis.rules.Assessor;

/**
 * The one {@link Assessor} of the process, built on first use: loading the knowledge base is the
 * slow part of a run, and an assessor is thread-safe and reusable. If building fails, the next use
 * tries again (and fails with the same {@code RuleSetException}).
 */
final class Assessors {
  private static volatile Assessor shared;

  private Assessors() {}

  static Assessor shared() {
    Assessor a = shared;
    if (a == null) {
      synchronized (Assessors.class) {
        a = shared;
        if (a == null) {
          a = Assessor.create();
          shared = a;
        }
      }
    }
    return a;
  }
}
