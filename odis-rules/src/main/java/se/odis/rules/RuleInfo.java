package se.odis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import se.odis.model.Finding;
import se.odis.model.ImmutableFinding;
import se.odis.model.Gate;
import se.odis.model.LocalizedText;
import se.odis.model.Nullable;
import se.odis.model.Severity;

/**
 * What ODIS knows of one rule, read from its metadata ({@code @id @severity @step @gate @source})
 * and its texts: the stable id, severity (after any profile change), the guide task, the gate it
 * blocks, the legal or standard source, and its title, message and remedy in Swedish and English.
 * Immutable.
 */
public final class RuleInfo {
  private final String id;
  private final String ruleName;
  private final String packageName;
  private final Severity severity;
  private final Severity defaultSeverity;
  private final String step;
  private final Gate gate;
  private final String source;
  private final LocalizedText title;
  private final LocalizedText message;
  private final LocalizedText remedy;
  private final String origin;
  private final boolean failClosed;
  private final boolean forbids;
  private final LocalizedText intent;
  private final LocalizedText plainMessage;
  private final LocalizedText plainRemedy;
  private static final int FINDINGS_MAX = 512;
  private final ConcurrentHashMap<List<Object>, Finding> findings = new ConcurrentHashMap<>();

  RuleInfo(String id, String ruleName, String packageName, Severity severity, Severity defaultSeverity,
      String step, @Nullable Gate gate, @Nullable String source, LocalizedText title, LocalizedText message,
      LocalizedText remedy, String origin, boolean failClosed, boolean forbids, @Nullable LocalizedText intent) {
    this.id = Objects.requireNonNull(id);
    this.ruleName = ruleName;
    this.packageName = packageName;
    this.severity = severity;
    this.defaultSeverity = defaultSeverity;
    this.step = step;
    this.gate = gate;
    this.source = source;
    this.title = title;
    this.message = message;
    this.remedy = remedy;
    this.origin = origin;
    this.failClosed = failClosed;
    this.forbids = forbids;
    this.intent = intent;
    this.plainMessage = format(message, new Object[0]);
    this.plainRemedy = format(remedy, new Object[0]);
  }

  /**
   * Fills the message template with values.
   *
   * @param args values for {0}, {1}…
   * @return the message in Swedish and English
   */
  public LocalizedText formatMessage(Object... args) {
    return args == null || args.length == 0 ? plainMessage : format(message, args);
  }

  /**
   * Fills the remedy template with values.
   *
   * @param args values for {0}, {1}…
   * @return the remedy in Swedish and English
   */
  public LocalizedText formatRemedy(Object... args) {
    return args == null || args.length == 0 ? plainRemedy : format(remedy, args);
  }

  /**
   * Fills {0}, {1}… in a text. Apostrophes are plain characters, as rule authors expect; the
   * doubled form '' that MessageFormat needs is accepted too.
   */
  /**
   * The finding this rule makes about a subject. Findings are immutable, and a portfolio's
   * datasets get the same findings again and again, so they are shared rather than rebuilt (up to
   * a bound, so that varied subjects cannot grow the cache without end).
   */
  Finding finding(String step, @Nullable String subject, Object[] args) {
    List<Object> key = new ArrayList<>(2 + (args == null ? 0 : args.length));
    key.add(step);
    key.add(subject);
    if (args != null) key.addAll(Arrays.asList(args));
    Finding known = findings.get(key);
    if (known != null) return known;
    Finding made = ImmutableFinding.builder()
        .ruleId(id)
        .severity(severity)
        .step(step)
        .gate(gate)
        .title(title)
        .message(formatMessage(args))
        .remedy(formatRemedy(args))
        .source(source)
        .subject(subject)
        .forbidsPublication(isForbidsPublication())
        .build();
    if (findings.size() < FINDINGS_MAX) findings.putIfAbsent(key, made);
    return made;
  }

  /**
   * @param pattern a rule's text
   * @return what makes it unusable as a message pattern for {@link #fill}, or null if nothing
   */
  static String patternProblem(String pattern) {
    int flaw = se.odis.model.TextCheck.flawAt(pattern, 0);
    if (flaw >= 0) {
      // A rule's texts are printed in every report and on terminals: they are text, as a dataset's are.
      return "the text holds " + se.odis.model.TextCheck.describe(pattern.charAt(flaw))
          + "; expected text without control characters (tabs and line breaks are allowed)";
    }
    String literal = pattern.replace("''", "'");
    if (!literal.contains("{")) return null;
    try {
      new java.text.MessageFormat(literal.replace("'", "''"), java.util.Locale.ROOT);
      return null;
    } catch (IllegalArgumentException e) {
      return "not a valid text: " + e.getMessage() + "; expected placeholders {0}, {1}, … with matching braces";
    }
  }

  /**
   * Fills a text's placeholders. An enum value is shown by its label in the text's language
   * ({@link se.odis.model.Labels}), so that a Swedish message names no English code; a
   * {@link LocalizedText} by its text in that language.
   */
  static String fill(String pattern, String lang, Object[] args) {
    String literal = pattern.replace("''", "'");
    if (!literal.contains("{")) return literal;
    Object[] shown = args;
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Enum || a instanceof LocalizedText || a instanceof java.util.Collection) {
        if (shown == args) shown = args.clone();
        shown[i] = shown(a, lang);
      }
    }
    return new java.text.MessageFormat(literal.replace("'", "''"), java.util.Locale.forLanguageTag(lang)).format(shown);
  }

  private static String shown(Object a, String lang) {
    if (a instanceof Enum) return se.odis.model.Labels.of((Enum<?>) a, lang);
    if (a instanceof LocalizedText) return ((LocalizedText) a).best(lang);
    java.util.StringJoiner j = new java.util.StringJoiner(", ");
    for (Object o : (java.util.Collection<?>) a) j.add(o instanceof Enum || o instanceof LocalizedText ? shown(o, lang) : String.valueOf(o));
    return j.toString();
  }

  private static LocalizedText format(LocalizedText template, Object[] args) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    template.getTexts().forEach((lang, pattern) -> out.put(lang, fill(pattern, lang, args)));
    return LocalizedText.of(out);
  }

  RuleInfo withSeverity(Severity s) {
    return new RuleInfo(id, ruleName, packageName, s, defaultSeverity, step, gate, source, title, message, remedy, origin,
        failClosed, forbids, intent);
  }

  /** @return the stable rule id, e.g. {@code PROT-001} */
  public String getId() {
    return id;
  }

  /** @return the rule's name in its DRL file */
  public String getRuleName() {
    return ruleName;
  }

  /** @return the DRL package, e.g. {@code se.odis.rules} */
  public String getPackageName() {
    return packageName;
  }

  /** @return the severity in force (after any profile change) */
  public Severity getSeverity() {
    return severity;
  }

  /** @return the severity the rule declares */
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  /** @return the guide task id, canonical, e.g. {@code B.2.2.1} */
  public String getStep() {
    return step;
  }

  /** @return the gate a finding of this rule concerns, or null */
  public @Nullable Gate getGate() {
    return gate;
  }

  /** @return the legal or standard source, or null */
  public @Nullable String getSource() {
    return source;
  }

  /** @return the title in Swedish and English */
  public LocalizedText getTitle() {
    return title;
  }

  /**
   * @return why the rule exists, in Swedish and English ({@code @intent_sv} and {@code @intent_en},
   *     or the key {@code ID.intent} of the message bundles); every built-in rule has one, a rule
   *     pack's rule may leave it out (null)
   */
  public @Nullable LocalizedText getIntent() {
    return intent;
  }

  /** @return the message template (java.text.MessageFormat) in Swedish and English */
  public LocalizedText getMessage() {
    return message;
  }

  /** @return the remedy template in Swedish and English */
  public LocalizedText getRemedy() {
    return remedy;
  }

  /**
   * @return true for a rule that guards a decisive fact (personal data, secrecy, rights, other
   *     legal obstacles, licence, owner): it can be neither disabled nor made less than a blocker,
   *     so no profile can switch off failing closed
   */
  public boolean isFailClosed() {
    return failClosed;
  }

  /**
   * @return true for a blocker whose finding is a known fact that forbids publication ({@code @forbids}:
   *     secrecy, a licence that is not open, non-public access, contradictory facts, a decision
   *     taken before its groundwork) rather than work not yet done; false for any rule in force as
   *     less than a blocker
   */
  public boolean isForbidsPublication() {
    return forbids && severity == Severity.BLOCKER;
  }

  /** @return where the rule came from: {@code built-in}, a file path or a Maven artifact */
  public String getOrigin() {
    return origin;
  }

  @Override
  public String toString() {
    return id + " " + severity + " " + step;
  }
}
