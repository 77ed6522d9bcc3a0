package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.rules.ApplicabilityRule;
import se.odis.rules.RuleInfo;

/**
 * {@code odis explain RULE-ID}: one rule in full — why it exists (its {@code @intent_sv} /
 * {@code @intent_en}), its severity and gate, the guide task it checks, its legal or standard
 * source, the finding it gives and how to fix it, and where it comes from; for an applicability
 * rule ({@code @applies}), the tasks it says apply. Every word is in the chosen language.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Explains a rule: its purpose, source, and how to fix its finding.",
      "Shows the rule's severity, the gate it stops, the guide task it checks, its legal or standard "
          + "source, where it comes from, its intent, and the texts of its finding and fix. "
          + "'odis rules' lists the rule ids.",
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule's id, e.g. PD-001 (any case).")
  String ruleId;

  @Mixin LanguageOption lang;

  @Mixin RuleSetOptions ruleSet;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    RuleSetOptions.Loaded loaded = ruleSet.load();
    RuleSetOptions.Entry entry = loaded.find(ruleId);
    RuleSetOptions.Condition condition = entry == null ? loaded.findCondition(ruleId) : null;
    if (entry == null && condition == null) throw new ParameterException(spec.commandLine(), unknown(ruleId, loaded));
    PrintWriter out = spec.commandLine().getOut();
    if (entry != null) write(entry, lang.labels(), out);
    else write(condition, lang.labels(), out);
    out.flush();
    return ExitCodes.OK;
  }

  private static void write(RuleSetOptions.Entry entry, Labels l, PrintWriter out) {
    RuleInfo r = entry.info();
    String lang = l.tag();

    out.println(r.getId() + "  " + r.getTitle().best(lang));
    out.println();

    List<String[]> fields = new ArrayList<>();
    status(entry.status(), l, fields);
    // Every word in the reader's language: severities and gates by their labels, not their codes.
    String severity = se.odis.model.Labels.of(r.getSeverity(), lang) + " – " + l.get("rule.severity." + r.getSeverity().name());
    if (entry.severityChanged()) {
      severity += " (" + l.format("catalogue.changed", se.odis.model.Labels.of(r.getDefaultSeverity(), lang)) + ")";
    }
    fields.add(new String[] {l.get("rule.severity"), severity});
    fields.add(new String[] {l.get("rule.gate"), r.getGate() == null ? l.get("rule.gate.none")
        : se.odis.model.Labels.of(r.getGate(), lang) + " (" + r.getGate().getTaskId() + ")"});
    GuideTask task = Guide.odis().task(r.getStep()).orElse(null);
    fields.add(new String[] {l.get("rule.task"), task == null ? r.getStep() : task.getId() + " " + task.text(lang)});
    fields.add(new String[] {l.get("rule.source"), r.getSource() == null ? l.get("rule.source.none") : r.getSource()});
    origin(r.getOrigin(), r.getRuleName(), r.getPackageName(), l, fields);
    aligned(out, fields);

    section(out, l.get("rule.intent"), r.getIntent() == null ? l.get(noIntent(r.getOrigin())) : r.getIntent().best(lang));
    section(out, l.get("rule.message"), r.getMessage().best(lang));
    section(out, l.get("rule.remedy"), r.getRemedy().best(lang));
    if (r.getMessage().best(lang).contains("{0}") || r.getRemedy().best(lang).contains("{0}")) {
      out.println();
      wrapped(out, "", l.get("rule.placeholders"));
    }
  }

  /** An applicability rule: the tasks it names and when they apply. */
  private static void write(RuleSetOptions.Condition condition, Labels l, PrintWriter out) {
    ApplicabilityRule r = condition.rule();
    String lang = l.tag();
    out.println(r.getId() + "  " + r.getTitle().best(lang));
    out.println();
    List<String[]> fields = new ArrayList<>();
    status(condition.status(), l, fields);
    fields.add(new String[] {l.get("rule.kind"), l.get(r.isFailClosed() ? "rule.kind.applicabilityFailClosed" : "rule.kind.applicability")});
    for (String id : r.getTasks()) {
      GuideTask task = Guide.odis().task(id).orElseThrow();
      fields.add(new String[] {l.get("rule.appliesTo"), task.getId() + " " + task.text(lang)});
    }
    origin(r.getOrigin(), r.getRuleName(), r.getPackageName(), l, fields);
    aligned(out, fields);
    section(out, l.get("rule.intent"), r.getIntent() == null ? l.get(noIntent(r.getOrigin())) : r.getIntent().best(lang));
  }

  private static void status(RuleSetOptions.Status status, Labels l, List<String[]> fields) {
    if (status != RuleSetOptions.Status.ACTIVE) {
      fields.add(new String[] {l.get("rule.status"), l.get(status == RuleSetOptions.Status.DISABLED
          ? "catalogue.disabled" : "catalogue.overridden")});
    }
  }

  private static void origin(String origin, String ruleName, String pkg, Labels l, List<String[]> fields) {
    boolean builtIn = "built-in".equals(origin);
    fields.add(new String[] {l.get("rule.origin"), builtIn ? l.get("rule.origin.builtIn") : RuleSetOptions.shownOrigin(origin)});
    // A built-in rule's name in its DRL file is English; a Swedish reader finds the rule by its id
    // (the file is named after the id's prefix), so the name is shown in English only.
    if (!builtIn || l.tag().equals("en")) fields.add(new String[] {l.get("rule.name"), "\"" + ruleName + "\" (" + pkg + ")"});
  }

  private static void aligned(PrintWriter out, List<String[]> fields) {
    int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 2;
    for (String[] f : fields) wrapped(out, PlainText.pad(f[0] + ":", width), f[1]);
  }

  private static String noIntent(String origin) {
    return origin.matches("(?i).*\\.drl\\.(csv|xlsx|xls)$") ? "rule.intent.decisionTable" : "rule.intent.none";
  }

  private static void section(PrintWriter out, String heading, String text) {
    out.println();
    out.println(heading);
    wrapped(out, "  ", text);
  }

  private static void wrapped(PrintWriter out, String lead, String text) {
    PlainText.wrapped(out, lead, text);
  }

  // ------------------------------------------------------------------ unknown ids

  /** The message for an id no rule has, with the nearest ids, or the rules of a guide task. */
  static String unknown(String given, RuleSetOptions.Loaded loaded) {
    String id = given.strip();
    String msg = "no rule has the id '" + id + "'";
    GuideTask task = Guide.odis().task(id).orElse(null);
    if (task != null) {
      List<String> checking = loaded.entries().stream().filter(e -> e.info().getStep().equals(task.getId()))
          .map(RuleSetOptions.Entry::id).collect(Collectors.toList());
      return msg + "; " + task.getId() + " is a task of the guide"
          + (checking.isEmpty() ? ", and no rule checks it" : ", checked by " + String.join(", ", checking))
          + "; expected a rule id such as PD-001 (see 'odis rules')";
    }
    List<String> near = suggestions(id, loaded.ids());
    return msg + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
        + "; see 'odis rules' for every rule id";
  }

  /** Up to three ids near a mistyped one: same area and number written differently, or a typo away. */
  static List<String> suggestions(String given, List<String> ids) {
    String g = given.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    // "pd1", "PD-1", "PD001" all mean PD-001.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z][A-Z0-9]*?)-?0*([0-9]{1,3})").matcher(g);
    if (m.matches()) {
      String normal = m.group(1) + "-" + String.format("%03d", Integer.parseInt(m.group(2)));
      if (ids.contains(normal)) return List.of(normal);
    }
    int limit = Math.max(2, g.length() / 3);
    return ids.stream()
        .map(id -> new Near(id, se.odis.model.EditDistance.between(g, id)))
        .filter(n -> n.distance() <= limit)
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::id))
        .limit(3)
        .map(Near::id)
        .collect(Collectors.toList());
  }

  private record Near(String id, int distance) {}

}
