package se.odis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.LocalizedText;

/**
 * The rule catalogue: every rule in force with its id, severity, gate, guide task, titles and
 * source, and the guide's coverage — for each task, the rules that check it, or why it is followed
 * only through its progress status. {@code docs/rules.md} is generated from it, and a test keeps
 * that file in step with the knowledge base.
 */
public final class RuleCatalogue {
  private static final Map<String, LocalizedText> PROGRESS_ONLY = loadProgressOnly();

  private final Assessor assessor;

  private RuleCatalogue(Assessor assessor) {
    this.assessor = assessor;
  }

  /**
   * @param assessor the assessor whose rules are catalogued
   * @return the catalogue
   */
  public static RuleCatalogue of(Assessor assessor) {
    return new RuleCatalogue(assessor);
  }

  /** @return the rules in force, sorted by id */
  public List<RuleInfo> getRules() {
    return assessor.getRules();
  }

  /**
   * @return for every task of the guide, in order, the ids of the rules whose step it is (sorted;
   *     empty when none)
   */
  public Map<String, List<String>> getCoverage() {
    Map<String, TreeSet<String>> byTask = new TreeMap<>();
    for (RuleInfo r : assessor.getRules()) byTask.computeIfAbsent(r.getStep(), k -> new TreeSet<>()).add(r.getId());
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (GuideTask t : Guide.odis().getTasks()) {
      out.put(t.getId(), new ArrayList<>(byTask.getOrDefault(t.getId(), new TreeSet<>())));
    }
    return out;
  }

  /** @return the tasks followed only through their progress status, with the reason, by task id */
  public static Map<String, LocalizedText> getProgressOnly() {
    return PROGRESS_ONLY;
  }

  /**
   * Renders the catalogue as Markdown, the content of {@code docs/rules.md}.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# ODIS rule catalogue\n\n")
        .append("Generated from the knowledge base (`odis rules --format markdown`); the test ")
        .append("`RuleCatalogueDocTest` fails when this file is stale. Regenerate with\n")
        .append("`mvn -B -ntp -pl odis-rules test -Dtest=RuleCatalogueDocTest -Dodis.updateDocs=true`.\n\n")
        .append("Severity: **BLOCKER** must be fixed before its gate can be passed; WARNING should be fixed; ")
        .append("RECOMMENDATION is better practice; INFO informs. Gates: GO_AHEAD (A.3.3.1), PROTECTION (→B3, B.2.2.1), ")
        .append("PUBLICATION (B.3.2.2), DECOMMISSION (C.3.1.2).\n\n");
    if (!assessor.getDisabledRules().isEmpty() || assessor.getRules().stream().anyMatch(r -> r.getSeverity() != r.getDefaultSeverity())) {
      sb.append("Profile in force: disabled rules ").append(assessor.getDisabledRules().isEmpty() ? "none" : String.join(", ", assessor.getDisabledRules()))
          .append(".\n\n");
    }
    sb.append("| id | severity | gate | task | title (sv) | title (en) | source |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (RuleInfo r : assessor.getRules()) {
      String sev = r.getSeverity() == r.getDefaultSeverity() ? r.getSeverity().name()
          : r.getSeverity() + " (changed from " + r.getDefaultSeverity() + ")";
      sb.append("| ").append(r.getId())
          .append(" | ").append(sev)
          .append(" | ").append(r.getGate() == null ? "" : r.getGate().name())
          .append(" | ").append(r.getStep())
          .append(" | ").append(cell(r.getTitle().get("sv")))
          .append(" | ").append(cell(r.getTitle().get("en")))
          .append(" | ").append(cell(r.getSource() == null ? "" : r.getSource()))
          .append(" |\n");
    }
    sb.append("\n## When conditional tasks apply\n\n")
        .append("A task named by these rules (`@applies`) applies to a dataset when one of them holds, or once ")
        .append("the coordinator has started it; every other task always applies. They run before the rules above, ")
        .append("which see their outcome. A rule pack can add such rules, replace one (`@overrides`) or a profile ")
        .append("disable one (see odis-examples/README.md).\n\n")
        .append("| id | tasks | condition (sv) | condition (en) | why |\n|---|---|---|---|---|\n");
    for (ApplicabilityRule r : assessor.getApplicabilityRules()) {
      sb.append("| ").append(r.getId())
          .append(" | ").append(String.join(", ", r.getTasks()))
          .append(" | ").append(cell(r.getTitle().get("sv")))
          .append(" | ").append(cell(r.getTitle().get("en")))
          .append(" | ").append(cell(r.getIntent() == null ? "" : r.getIntent().get("en")))
          .append(" |\n");
    }
    sb.append("\n## Coverage of the guide\n\n")
        .append("Every task of the guide is checked by at least one rule, or followed only through its progress ")
        .append("status for the reason given.\n\n")
        .append("| task | task (sv) | checked by |\n|---|---|---|\n");
    for (Map.Entry<String, List<String>> e : getCoverage().entrySet()) {
      GuideTask t = Guide.odis().task(e.getKey()).orElseThrow();
      String how = !e.getValue().isEmpty() ? String.join(", ", e.getValue())
          : PROGRESS_ONLY.containsKey(e.getKey()) ? "progress only: " + PROGRESS_ONLY.get(e.getKey()).get("en")
          : "**not covered**";
      sb.append("| ").append(t.getId()).append(" | ").append(cell(t.getSv())).append(" | ").append(cell(how)).append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  private static Map<String, LocalizedText> loadProgressOnly() {
    Properties p = new Properties();
    try (InputStream in = RuleCatalogue.class.getResourceAsStream("progress-only.properties")) {
      if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, LocalizedText> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (!key.endsWith(".sv")) continue;
      String task = key.substring(0, key.length() - 3);
      out.put(task, LocalizedText.of(p.getProperty(key), p.getProperty(task + ".en", "")));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
