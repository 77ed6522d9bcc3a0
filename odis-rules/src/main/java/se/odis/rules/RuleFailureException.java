package se.odis.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Thrown when a rule of a municipality's rule pack fails while it assesses a dataset: its
 * consequence throws, or its condition meets what it did not expect (a null field, say). The rule
 * set built, but it cannot judge this dataset, and no verdict is given for it: a rule that could
 * not run is not a rule that found nothing. It names the pack, the rule and the dataset, so that
 * the rule's author can fix the rule or disable it; other datasets can still be assessed (each
 * alone, with {@link Assessor#assess}).
 *
 * <p>ODIS's own rules never throw; if one did, that would be a bug, reported as such.
 */
public class RuleFailureException extends RuleSetException {
  private static final long serialVersionUID = 1L;
  /** How Drools names the rule of a condition that failed to evaluate. */
  private static final Pattern CONSTRAINT = Pattern.compile(
      "constraint '(.*)' in \\[Rule \"(.*?)\" in (.*?)\\]", Pattern.DOTALL);

  private final String pack;
  private final String ruleId;
  private final String ruleName;
  private final String ruleFile;
  private final String datasetId;
  private final String failure;

  private RuleFailureException(String pack, String ruleId, String ruleName, String ruleFile, String datasetId,
      String failure, Throwable cause) {
    super(List.of(line(pack, ruleId, ruleName, ruleFile, datasetId, failure)));
    initCause(cause);
    this.pack = pack;
    this.ruleId = ruleId;
    this.ruleName = ruleName;
    this.ruleFile = ruleFile;
    this.datasetId = datasetId;
    this.failure = failure;
  }

  /**
   * What Drools threw in a session of one pack, told in the pack's terms.
   *
   * @param pack the pack as the user gave it
   * @param kieBase the pack's rules, to find the failing rule's id by its name
   * @param datasetId the dataset assessed
   * @param e what Drools threw
   */
  static RuleFailureException of(String pack, KieBase kieBase, String datasetId, RuntimeException e) {
    Rule rule = null;
    String file = null;
    String what;
    Throwable root = root(e);
    // A null is what a rule most often meets (a field the dataset leaves out): say so in words.
    String thrown = root instanceof NullPointerException ? "met a null (a field the dataset does not give)"
        : "threw " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + oneLine(root.getMessage()));
    Matcher m = CONSTRAINT.matcher(Objects.toString(e.getMessage(), ""));
    if (e instanceof ConsequenceException) {
      rule = ((ConsequenceException) e).getRule();
      what = "its action " + thrown;
    } else if (m.find()) {
      rule = ruleNamed(kieBase, m.group(2));
      file = m.group(3);
      what = "its condition '" + oneLine(m.group(1)) + "' " + thrown;
    } else {
      what = "it " + thrown;
    }
    if (rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null) {
      file = ((RuleImpl) rule).getResource().getSourcePath();
    }
    String id = rule == null ? null : RuleIndex.text(rule.getMetaData().get("id"));
    return new RuleFailureException(pack, id, rule == null ? null : rule.getName(), file, datasetId, what, e);
  }

  private static Rule ruleNamed(KieBase kieBase, String name) {
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r.getName().equals(name)) return r;
      }
    }
    return null;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String rule(String ruleId, String ruleName) {
    if (ruleId == null && ruleName == null) return "a rule";
    if (ruleName == null) return "rule " + ruleId;
    return "rule " + (ruleId == null ? "" : ruleId + " ") + "\"" + ruleName + "\"";
  }

  private static String line(String pack, String ruleId, String ruleName, String ruleFile, String datasetId,
      String failure) {
    return (ruleFile == null ? pack : ruleFile) + ": " + problem(pack, ruleId, ruleName, ruleFile, datasetId, failure)
        + "; expected " + expected(ruleId);
  }

  private static String problem(String pack, String ruleId, String ruleName, String ruleFile, String datasetId,
      String failure) {
    return rule(ruleId, ruleName) + " of the rule pack " + pack + (ruleFile == null ? "" : " (" + ruleFile + ")")
        + " failed on dataset \"" + datasetId + "\": " + failure;
  }

  private static String expected(String ruleId) {
    return "a rule that holds for every dataset (test a field for null before using it), or the rule disabled"
        + " in a profile" + (ruleId == null ? "" : " (disable: [" + ruleId + "])");
  }

  /**
   * @return what went wrong, without a place, e.g. {@code rule MUN-001 "Ägaren" of the rule pack
   *     regler (regler/agare.drl) failed on dataset "x": its action threw ArithmeticException: / by zero}
   */
  public String getProblem() {
    return problem(pack, ruleId, ruleName, ruleFile, datasetId, failure);
  }

  /** @return what was expected instead: a rule that holds for every dataset, or the rule disabled */
  public String getExpected() {
    return expected(ruleId);
  }

  /** @return the rule pack, as given (a directory, or the rule packs on the class path) */
  public String getPack() {
    return pack;
  }

  /** @return the failing rule's id, or null if it could not be told */
  public String getRuleId() {
    return ruleId;
  }

  /** @return the failing rule's name, or null if it could not be told */
  public String getRuleName() {
    return ruleName;
  }

  /** @return the file the failing rule is in, or null if it could not be told */
  public String getRuleFile() {
    return ruleFile;
  }

  /** @return the id of the dataset the rule failed on */
  public String getDatasetId() {
    return datasetId;
  }
}
