package se.odis.report;

import se.odis.model.GateState;
import se.odis.model.Severity;
import se.odis.model.Verdict;

/**
 * ANSI colours for the text report, or none. {@link #PLAIN} changes nothing, so a renderer can
 * always go through a style; the caller decides when colours are wanted
 * (the command line: when standard output is a terminal). Styled text has the same visible width as the plain text.
 */
final class Style {
  /** No colours. */
  static final Style PLAIN = new Style(false);
  /** ANSI colours. */
  static final Style ANSI = new Style(true);

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";
  private static final String DIM = "\u001b[2m";

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  /** @return {@link #ANSI} if colour is wanted, else {@link #PLAIN} */
  static Style of(boolean colour) {
    return colour ? ANSI : PLAIN;
  }

  boolean isOn() {
    return on;
  }

  String bold(String s) {
    return wrap(BOLD, s);
  }

  String dim(String s) {
    return wrap(DIM, s);
  }

  String verdict(Verdict v, String s) {
    switch (v) {
      case READY_TO_PUBLISH:
      case PUBLISHED:
        return wrap(BOLD + GREEN, s);
      case BLOCKED:
        return wrap(BOLD + RED, s);
      case IN_PROGRESS:
        return wrap(BOLD + YELLOW, s);
      default:
        return wrap(BOLD, s);
    }
  }

  String severity(Severity sev, String s) {
    switch (sev) {
      case BLOCKER:
        return wrap(BOLD + RED, s);
      case WARNING:
        return wrap(BOLD + YELLOW, s);
      case RECOMMENDATION:
        return wrap(BOLD + BLUE, s);
      default:
        return wrap(BOLD, s);
    }
  }

  String gate(GateState state, String s) {
    switch (state) {
      case PASSED:
        return wrap(GREEN, s);
      case BLOCKED:
        return wrap(RED, s);
      case OPEN:
        return wrap(YELLOW, s);
      default:
        return wrap(DIM, s);
    }
  }

  String red(String s) {
    return wrap(RED, s);
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? code + s + RESET : s;
  }
}
