package se.odis.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.odis.model.Gate;
import se.odis.model.Guide;
import se.odis.model.LocalizedText;
import se.odis.model.Severity;

/**
 * The metadata of every rule in a knowledge base, read once when an assessor is built and checked:
 * a rule without a valid id, severity, step or texts makes the whole rule set unusable.
 */
final class RuleIndex {
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}");
  static final String BUNDLE = "se.odis.rules.messages";

  private final Map<String, RuleInfo> byRuleKey;
  private final Map<String, RuleInfo> byId;

  private RuleIndex(Map<String, RuleInfo> byRuleKey) {
    this.byRuleKey = byRuleKey;
    Map<String, RuleInfo> ids = new LinkedHashMap<>();
    byRuleKey.values().stream().sorted(Comparator.comparing(RuleInfo::getId))
        .forEach(r -> ids.put(r.getId(), r));
    this.byId = ids;
  }

  static String key(String pkg, String name) {
    return pkg + "/" + name;
  }

  RuleInfo forRule(String pkg, String name) {
    RuleInfo info = byRuleKey.get(key(pkg, name));
    if (info == null) {
      throw new IllegalStateException("rule '" + name + "' in " + pkg + " emitted a finding but has no metadata");
    }
    return info;
  }

  Collection<RuleInfo> rules() {
    return byId.values();
  }

  RuleInfo byId(String id) {
    return byId.get(id);
  }

  /**
   * Reads and checks the metadata of every rule.
   *
   * @param kieBase the knowledge base
   * @param origins where each package's rules came from, for messages; by package name
   * @param extraBundles further message bundles (of rule packs), searched after the built-in one
   * @param severityChanges rule id to new severity
   * @param problems where problems are added
   */
  static RuleIndex build(KieBase kieBase, Map<String, String> origins, List<ResourceBundle[]> extraBundles,
      Map<String, Severity> severityChanges, List<String> problems) {
    ResourceBundle sv = bundle("sv");
    ResourceBundle en = bundle("en");
    Map<String, RuleInfo> byKey = new HashMap<>();
    Map<String, String> seenIds = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) rules.addAll(p.getRules());
    rules.sort(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName));
    for (Rule r : rules) {
      Map<String, Object> meta = r.getMetaData();
      String where = origins.getOrDefault(r.getPackageName(), r.getPackageName()) + ": rule \"" + r.getName() + "\"";
      String id = text(meta.get("id"));
      if (id == null || !ID.matcher(id).matches()) {
        problems.add(where + ": @id(\"AREA-NNN\") is " + (id == null ? "missing" : "malformed: '" + id + "'"));
        continue;
      }
      String other = seenIds.put(id, where);
      if (other != null) {
        problems.add(where + ": rule id " + id + " is already used by " + other);
        continue;
      }
      Severity severity = null;
      String sev = text(meta.get("severity"));
      try {
        severity = sev == null ? null : Severity.valueOf(sev.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if (severity == null) {
        problems.add(where + ": @severity must be one of BLOCKER, WARNING, RECOMMENDATION, INFO, not " + (sev == null ? "missing" : "'" + sev + "'"));
        continue;
      }
      String stepText = text(meta.get("step"));
      String step = stepText == null ? null : Guide.odis().task(stepText).map(t -> t.getId()).orElse(null);
      if (step == null) {
        problems.add(where + ": @step must be a task of the guide such as \"B.1.2.2\", not " + (stepText == null ? "missing" : "'" + stepText + "'"));
        continue;
      }
      Gate gate = null;
      String gateText = text(meta.get("gate"));
      if (gateText != null) {
        try {
          gate = Gate.valueOf(gateText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(where + ": @gate must be one of GO_AHEAD, PROTECTION, PUBLICATION, DECOMMISSION, not '" + gateText + "'");
          continue;
        }
      } else if (severity == Severity.BLOCKER) {
        problems.add(where + ": a BLOCKER needs @gate(...) to say which gate it blocks");
        continue;
      }
      LocalizedText title = texts(id, "title", meta, sv, en, extraBundles, where, problems);
      LocalizedText message = texts(id, "message", meta, sv, en, extraBundles, where, problems);
      LocalizedText remedy = texts(id, "remedy", meta, sv, en, extraBundles, where, problems);
      if (title == null || message == null || remedy == null) continue;
      Severity inForce = severityChanges.getOrDefault(id, severity);
      if (inForce == Severity.BLOCKER && gate == null) {
        gate = Gate.PUBLICATION;
      }
      byKey.put(key(r.getPackageName(), r.getName()), new RuleInfo(id, r.getName(), r.getPackageName(), inForce, severity,
          step, gate, text(meta.get("source")), title, message, remedy,
          origins.getOrDefault(r.getPackageName(), "built-in")));
    }
    for (String id : severityChanges.keySet()) {
      if (!seenIds.containsKey(id)) problems.add("profile: cannot change the severity of " + id + ": no rule has that id");
    }
    return new RuleIndex(byKey);
  }

  private static LocalizedText texts(String id, String kind, Map<String, Object> meta, ResourceBundle sv,
      ResourceBundle en, List<ResourceBundle[]> extra, String where, List<String> problems) {
    String s = text(meta.get(kind + "_sv"));
    String e = text(meta.get(kind + "_en"));
    if (s == null) s = lookup(sv, extra, 0, id + "." + kind);
    if (e == null) e = lookup(en, extra, 1, id + "." + kind);
    if (s == null || e == null) {
      problems.add(where + ": no " + kind + " text for " + id + " in "
          + (s == null && e == null ? "Swedish or English" : s == null ? "Swedish" : "English")
          + " (key " + id + "." + kind + " in messages_sv/messages_en.properties, or @" + kind + "_sv/@" + kind + "_en)");
      return null;
    }
    return LocalizedText.of(s, e);
  }

  private static String lookup(ResourceBundle builtIn, List<ResourceBundle[]> extra, int lang, String key) {
    if (builtIn != null && builtIn.containsKey(key)) return builtIn.getString(key);
    for (ResourceBundle[] pair : extra) {
      if (pair[lang] != null && pair[lang].containsKey(key)) return pair[lang].getString(key);
    }
    return null;
  }

  static ResourceBundle bundle(String lang) {
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), RuleIndex.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** Metadata values arrive quoted or not depending on how they were written; strip the quotes. */
  static String text(Object value) {
    if (value == null) return null;
    String s = value.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
    return s.isEmpty() ? null : s;
  }

  static Set<String> ids(RuleIndex index) {
    return index.byId.keySet();
  }
}
