package se.odis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.odis.model.ConditionKind;
import se.odis.model.Guide;
import se.odis.model.GuideActivity;
import se.odis.model.GuidePhase;
import se.odis.model.GuideStage;
import se.odis.model.GuideTask;
import se.odis.rules.ApplicabilityRule;

/**
 * {@code odis steps}: the ÖDIS guide as a tree — phase, stage, activity, task — with each task's
 * id, its text (Swedish verbatim, or the English translation) and when it applies.
 */
@Command(
    name = "steps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Prints the ÖDIS guide: phases, stages, activities and tasks.",
      "Each task has its id, its text (Swedish as printed in the guide, or in English) and, in "
          + "brackets, when it applies: when needed, if possible, if any, or under a condition. In text and "
          + "Markdown a condition the text begins with is shown as that mark; JSON keeps the text verbatim. "
          + "Tasks marked [decisive] decide publishability: READY_TO_PUBLISH needs every one that applies done; "
          + "every other task is advice. A task governed by applicability rules (@applies) says when it applies, "
          + "by those rules' titles and ids; with --rules or --profile, a municipality's rules count too.",
    })
final class StepsCommand implements Callable<Integer> {
  /** The JSON contract's name and major version. */
  static final String FORMAT = "odis-guide/1";

  @picocli.CommandLine.Mixin OutputOption output;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Selection selection;

  /** Either a phase or a stage, not both. */
  static final class Selection {
    @Option(names = "--phase", paramLabel = "PHASE", description = "Only this phase: A, B or C.")
    String phase;

    @Option(names = "--stage", paramLabel = "STAGE",
        description = "Only this stage, e.g. B2 (A1 to C3; B.2 is accepted too).")
    String stage;
  }

  @Mixin LanguageOption lang;

  @Mixin RuleSetOptions ruleSet;

  @Mixin DebugOption debug;

  /** The rule set whose applicability rules say when the tasks apply. */
  private RuleSetOptions.Loaded rules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ListingFormat.Converter.class,
      completionCandidates = ListingFormat.Candidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ListingFormat format = ListingFormat.TEXT;

  @Override
  public Integer call() throws Exception {
    List<GuidePhase> phases = selectedPhases();
    rules = ruleSet.load();
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    Labels l = lang.labels();
    switch (format) {
      case JSON: out.print(PrettyJson.sorted(json(phases, l))); break;
      case MARKDOWN: markdown(phases, l, out); break;
      default: text(phases, l, out); break;
    }
    out.flush();
    output.write(buffer.toString());
    return ExitCodes.OK;
  }

  /** The phases to print, each holding only the selected stages. */
  private List<GuidePhase> selectedPhases() {
    Guide guide = Guide.odis();
    if (selection == null) return guide.getPhases();
    if (selection.phase != null) {
      GuidePhase p = guide.phase(selection.phase).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "'" + selection.phase + "' is not a phase of the guide; expected one of "
              + guide.getPhases().stream().map(GuidePhase::getId).collect(Collectors.joining(", "))));
      return List.of(p);
    }
    GuideStage s = guide.stage(selection.stage).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "'" + selection.stage + "' is not a stage of the guide; expected one of "
            + guide.getStages().stream().map(GuideStage::getId).collect(Collectors.joining(", "))));
    GuidePhase p = guide.phase(s.getId().substring(0, 1)).orElseThrow();
    return List.of(se.odis.model.ImmutableGuidePhase.copyOf(p).withStages(s));
  }

  /**
   * How a task's condition is shown, e.g. {@code vid behov} or {@code om ja}; null for a task that
   * always applies.
   */
  static String condition(GuideTask t, Labels l) {
    if (t.getCondition() == ConditionKind.ALWAYS) return null;
    if (t.getCondition() == ConditionKind.CONDITIONAL && t.getConditionText() != null
        && !t.getConditionText().isBlank()) {
      String c = t.getConditionText().best(l.tag());
      return Character.toLowerCase(c.charAt(0)) + c.substring(1);
    }
    return l.of("guide.condition", t.getCondition());
  }

  /**
   * A task's text for people: when it begins with its condition ("Vid behov: …"), the condition is
   * taken off the front, since it is shown as the mark after the text.
   */
  static String shownText(GuideTask t, Labels l) {
    String text = t.text(l.tag());
    String c = condition(t, l);
    if (c == null) return text;
    String prefix = c + ":";
    if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
      String rest = text.substring(prefix.length()).strip();
      if (!rest.isEmpty()) return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    return text;
  }

  private String taskLine(GuideTask t, Labels l) {
    String c = condition(t, l);
    return shownText(t, l) + (c == null ? "" : " (" + c + ")") + (t.isDecisive() ? " [" + l.get("guide.decisive") + "]" : "")
        + appliesWhen(t, l);
  }

  /**
   * When a task applies, by the applicability rules in force that name it: "gäller när: Datan
   * lagras i portalen (APPL-002)"; empty for a task that always applies.
   */
  private String appliesWhen(GuideTask t, Labels l) {
    List<ApplicabilityRule> when = rules.conditionsOf(t.getId());
    if (when.isEmpty()) return "";
    return " – " + l.get("steps.appliesWhen") + ": " + when.stream()
        .map(r -> r.getTitle().best(l.tag()) + " (" + r.getId() + ")").collect(Collectors.joining("; "));
  }

  // ------------------------------------------------------------------ text

  private void text(List<GuidePhase> phases, Labels l, PrintWriter out) {
    String lang = l.tag();
    out.println(l.format("guide.heading", Guide.odis().getTitle()));
    out.println(counts(phases, l));
    for (GuidePhase p : phases) {
      out.println();
      out.println(p.getId() + "  " + p.text(lang));
      for (GuideStage s : p.getStages()) {
        out.println();
        out.println("  " + s.getId() + "  " + s.text(lang));
        for (GuideActivity a : s.getActivities()) {
          out.println("    " + a.getId() + "  " + a.text(lang));
          for (GuideTask t : a.getTasks()) {
            PlainText.wrapped(out, "      " + t.getId() + "  ", taskLine(t, l));
          }
        }
      }
    }
  }

  private static String counts(List<GuidePhase> phases, Labels l) {
    List<GuideStage> stages = new ArrayList<>();
    phases.forEach(p -> stages.addAll(p.getStages()));
    List<GuideActivity> activities = new ArrayList<>();
    stages.forEach(s -> activities.addAll(s.getActivities()));
    long tasks = activities.stream().mapToLong(a -> a.getTasks().size()).sum();
    return l.format("guide.counts", phases.size(), stages.size(), activities.size(), tasks);
  }

  // ------------------------------------------------------------------ markdown

  private void markdown(List<GuidePhase> phases, Labels l, PrintWriter out) {
    String lang = l.tag();
    out.print("# " + md(l.format("guide.heading", Guide.odis().getTitle())) + "\n\n");
    out.print(md(counts(phases, l)) + "\n");
    for (GuidePhase p : phases) {
      out.print("\n## " + p.getId() + " " + md(p.text(lang)) + "\n");
      for (GuideStage s : p.getStages()) {
        out.print("\n### " + s.getId() + " " + md(s.text(lang)) + "\n");
        for (GuideActivity a : s.getActivities()) {
          out.print("\n#### " + a.getId() + " " + md(a.text(lang)) + "\n\n");
          for (GuideTask t : a.getTasks()) {
            String c = condition(t, l);
            out.print("- **" + t.getId() + "** " + md(shownText(t, l)) + (c == null ? "" : " *(" + md(c) + ")*")
                + (t.isDecisive() ? " **[" + md(l.get("guide.decisive")) + "]**" : "") + md(appliesWhen(t, l)) + "\n");
          }
        }
      }
    }
  }

  /** Escapes the characters that would change the meaning of a Markdown line. */
  static String md(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("<", "&lt;").replace("|", "\\|");
  }

  // ------------------------------------------------------------------ json

  /** The JSON contract {@value #FORMAT}: every key always present; texts in the chosen language. */
  record GuideJson(String format, String language, String title, List<PhaseJson> phases) {}

  record PhaseJson(String id, String title, List<StageJson> stages) {}

  record StageJson(String id, String title, List<ActivityJson> activities) {}

  record ActivityJson(String id, String title, List<TaskJson> tasks) {}

  /**
   * {@code condition} is a {@link ConditionKind} name; {@code conditionLabel} is null for ALWAYS;
   * {@code decisive} is true for a task that decides publishability (READY_TO_PUBLISH needs it done).
   */
  record TaskJson(String id, String text, String condition, String conditionLabel, boolean decisive,
      List<AppliesWhenJson> appliesWhen) {}

  /**
   * An applicability rule in force that names the task: the task applies to a dataset when one
   * of them holds; an empty list means the task always applies.
   */
  record AppliesWhenJson(String ruleId, String title) {}

  private GuideJson json(List<GuidePhase> phases, Labels l) {
    String lang = l.tag();
    return new GuideJson(FORMAT, lang, Guide.odis().getTitle(), phases.stream()
        .map(p -> new PhaseJson(p.getId(), p.text(lang), p.getStages().stream()
            .map(s -> new StageJson(s.getId(), s.text(lang), s.getActivities().stream()
                .map(a -> new ActivityJson(a.getId(), a.text(lang), a.getTasks().stream()
                    .map(t -> new TaskJson(t.getId(), t.text(lang), t.getCondition().name(), condition(t, l), t.isDecisive(),
                        rules.conditionsOf(t.getId()).stream().map(r -> new AppliesWhenJson(r.getId(), r.getTitle().best(lang)))
                            .collect(Collectors.toList())))
                    .collect(Collectors.toList())))
                .collect(Collectors.toList())))
            .collect(Collectors.toList())))
        .collect(Collectors.toList()));
  }
}
