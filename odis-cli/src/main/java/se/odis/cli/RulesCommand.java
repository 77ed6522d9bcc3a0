package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.odis.model.Severity;
import se.odis.rules.ApplicabilityRule;
import se.odis.rules.RuleCatalogue;
import se.odis.rules.RuleInfo;

/**
 * {@code odis rules}: the rule catalogue — every rule with its id, severity, gate, guide task and
 * title; severities and gates by their names in {@code --lang} in the table, by their codes in JSON. With {@code --profile} or {@code --rules}, the municipality's rules are listed too, and
 * rules the profile disabled, replaced or changed are marked. {@code --format markdown} is
 * {@code docs/rules.md}.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Lists the rules: id, severity, gate, guide task and title.",
      "With --profile or --rules, a municipality's rules are listed too, and the rules a profile "
          + "disabled, replaced or changed are marked. 'odis explain RULE-ID' tells more about one rule.",
    })
final class RulesCommand implements Callable<Integer> {
  /** The JSON contract's name and major version. */
  static final String FORMAT = "odis-rules/1";

  @picocli.CommandLine.Mixin OutputOption output;
  @Spec CommandSpec spec;

  @Mixin LanguageOption lang;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ListingFormat.Converter.class,
      completionCandidates = ListingFormat.Candidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown is the "
          + "rule catalogue of docs/rules.md, in both languages.")
  ListingFormat format = ListingFormat.TEXT;

  @Option(
      names = "--severity",
      paramLabel = "SEVERITY",
      split = ",",
      converter = SeverityConverter.class,
      completionCandidates = SeverityConverter.Candidates.class,
      description = "Only rules of these severities: ${COMPLETION-CANDIDATES} (repeatable, or comma-separated).")
  List<Severity> severities = new ArrayList<>();

  @Mixin RuleSetOptions ruleSet;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws Exception {
    if (format == ListingFormat.MARKDOWN && !severities.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--severity cannot be combined with --format markdown: the catalogue always lists every rule");
    }
    RuleSetOptions.Loaded loaded = ruleSet.load();
    if (format == ListingFormat.MARKDOWN) {
      output.write(RuleCatalogue.of(loaded.assessor()).toMarkdown());
      return ExitCodes.OK;
    }
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    Set<Severity> wanted = severities.isEmpty() ? EnumSet.allOf(Severity.class) : EnumSet.copyOf(severities);
    List<RuleSetOptions.Entry> shown = loaded.entries().stream()
        .filter(e -> wanted.contains(e.info().getSeverity()))
        .collect(Collectors.toList());
    Labels l = lang.labels();
    // Applicability rules have no severity: they are listed when every severity is.
    List<RuleSetOptions.Condition> conditions = severities.isEmpty() ? loaded.conditions() : List.of();
    if (format == ListingFormat.JSON) {
      out.print(PrettyJson.sorted(json(loaded, shown, conditions, l.tag())));
    } else {
      text(loaded, shown, conditions, l, out);
    }
    out.flush();
    output.write(buffer.toString());
    return ExitCodes.OK;
  }

  // ------------------------------------------------------------------ text

  private static void text(RuleSetOptions.Loaded loaded, List<RuleSetOptions.Entry> shown,
      List<RuleSetOptions.Condition> conditions, Labels l, PrintWriter out) {
    String[] head = {
      l.get("catalogue.col.id"), l.get("catalogue.col.severity"), l.get("catalogue.col.gate"),
      l.get("catalogue.col.task"), l.get("catalogue.col.title"),
    };
    List<String[]> rows = new ArrayList<>();
    for (RuleSetOptions.Entry e : shown) {
      RuleInfo r = e.info();
      String title = r.getTitle().best(l.tag());
      String note = note(e, l);
      // For people, in their language (as odis explain shows them); JSON and markdown keep the codes.
      rows.add(new String[] {
        r.getId(), se.odis.model.Labels.of(r.getSeverity(), l.tag()),
        r.getGate() == null ? "" : se.odis.model.Labels.of(r.getGate(), l.tag()), r.getStep(),
        note.isEmpty() ? title : title + "  (" + note + ")",
      });
    }
    int[] width = new int[head.length - 1];
    for (int i = 0; i < width.length; i++) {
      width[i] = head[i].length();
      for (String[] row : rows) width[i] = Math.max(width[i], row[i].length());
    }
    out.println(row(head, width));
    for (String[] row : rows) out.println(row(row, width));
    conditions(conditions, l, out);
    out.println();
    out.println(summary(loaded, shown, l));
  }

  /** The applicability rules: id, the tasks they name, and when those apply. */
  private static void conditions(List<RuleSetOptions.Condition> conditions, Labels l, PrintWriter out) {
    if (conditions.isEmpty()) return;
    out.println();
    out.println(l.get("catalogue.conditions"));
    List<String[]> rows = new ArrayList<>();
    for (RuleSetOptions.Condition c : conditions) {
      ApplicabilityRule r = c.rule();
      List<String> notes = new ArrayList<>();
      if (c.status() != RuleSetOptions.Status.ACTIVE) {
        notes.add(l.get(c.status() == RuleSetOptions.Status.DISABLED ? "catalogue.disabled" : "catalogue.overridden"));
      }
      if (!"built-in".equals(r.getOrigin())) notes.add(l.format("catalogue.from", RuleSetOptions.shownOrigin(r.getOrigin())));
      String title = r.getTitle().best(l.tag());
      rows.add(new String[] {r.getId(), String.join(" ", r.getTasks()),
          notes.isEmpty() ? title : title + "  (" + String.join("; ", notes) + ")"});
    }
    int[] width = new int[2];
    for (String[] row : rows) {
      for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], row[i].length());
    }
    for (String[] row : rows) out.println(row(row, width));
  }

  private static String row(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < width.length; i++) sb.append(PlainText.pad(cells[i], width[i] + 2));
    return sb.append(cells[cells.length - 1]).toString().stripTrailing();
  }

  /** What sets a rule apart: switched off, severity changed, or added by a rule pack. */
  static String note(RuleSetOptions.Entry e, Labels l) {
    List<String> notes = new ArrayList<>();
    RuleInfo r = e.info();
    switch (e.status()) {
      case DISABLED: notes.add(l.get("catalogue.disabled")); break;
      case OVERRIDDEN: notes.add(l.get("catalogue.overridden")); break;
      default:
        if (e.severityChanged()) {
          notes.add(l.format("catalogue.changed", se.odis.model.Labels.of(r.getDefaultSeverity(), l.tag())));
        }
        break;
    }
    if (!"built-in".equals(r.getOrigin())) notes.add(l.format("catalogue.from", RuleSetOptions.shownOrigin(r.getOrigin())));
    return String.join("; ", notes);
  }

  private static String summary(RuleSetOptions.Loaded loaded, List<RuleSetOptions.Entry> shown, Labels l) {
    long active = shown.stream().filter(e -> e.status() == RuleSetOptions.Status.ACTIVE).count();
    long off = shown.size() - active;
    long changed = shown.stream().filter(RuleSetOptions.Entry::severityChanged).count();
    String s = l.format("catalogue.summary", shown.size(), active, off, changed);
    if (loaded.profile() != null) s += " " + l.format("catalogue.profile", loaded.profile().getMunicipality());
    return s;
  }

  // ------------------------------------------------------------------ json

  /** The JSON contract {@value #FORMAT}: every key always present; texts in the chosen language. */
  record CatalogueJson(String format, String language, String profile, List<RuleJson> rules,
      List<ConditionJson> conditions) {}

  /**
   * One applicability rule ({@code @applies}): the guide tasks it names apply to a dataset when it
   * holds. {@code status} as for a rule; {@code intent} may be null for a rule pack's rule.
   */
  record ConditionJson(String id, String status, List<String> tasks, String title, String intent, boolean failClosed,
      String origin) {}

  /**
   * One rule. {@code status} is ACTIVE, DISABLED (by the profile) or OVERRIDDEN (by a rule pack's
   * rule); {@code severity} is the one in force, {@code defaultSeverity} the one the rule declares;
   * {@code gate} and {@code source} may be null.
   */
  record RuleJson(String id, String status, String severity, String defaultSeverity, String gate,
      String task, String title, String source, String origin) {}

  private static CatalogueJson json(RuleSetOptions.Loaded loaded, List<RuleSetOptions.Entry> shown,
      List<RuleSetOptions.Condition> conditions, String lang) {
    List<RuleJson> rules = shown.stream().map(e -> {
      RuleInfo r = e.info();
      return new RuleJson(r.getId(), e.status().name(), r.getSeverity().name(), r.getDefaultSeverity().name(),
          r.getGate() == null ? null : r.getGate().name(), r.getStep(), r.getTitle().best(lang), r.getSource(),
          RuleSetOptions.shownOrigin(r.getOrigin()));
    }).collect(Collectors.toList());
    List<ConditionJson> conditionJson = conditions.stream().map(c -> {
      ApplicabilityRule r = c.rule();
      return new ConditionJson(r.getId(), c.status().name(), r.getTasks(), r.getTitle().best(lang),
          r.getIntent() == null ? null : r.getIntent().best(lang), r.isFailClosed(), RuleSetOptions.shownOrigin(r.getOrigin()));
    }).collect(Collectors.toList());
    return new CatalogueJson(FORMAT, lang, loaded.profile() == null ? null : loaded.profile().getMunicipality(), rules,
        conditionJson);
  }
}
