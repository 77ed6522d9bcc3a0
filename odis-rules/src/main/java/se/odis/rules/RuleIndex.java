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
  private final Map<String, ApplicabilityRule> conditionsByRuleKey;
  private final Map<String, ApplicabilityRule> conditionsById;

  private RuleIndex(Map<String, RuleInfo> byRuleKey, Map<String, ApplicabilityRule> conditionsByRuleKey) {
    this.byRuleKey = byRuleKey;
    Map<String, RuleInfo> ids = new LinkedHashMap<>();
    byRuleKey.values().stream().sorted(Comparator.comparing(RuleInfo::getId))
        .forEach(r -> ids.put(r.getId(), r));
    this.byId = ids;
    this.conditionsByRuleKey = conditionsByRuleKey;
    Map<String, ApplicabilityRule> conditionIds = new LinkedHashMap<>();
    conditionsByRuleKey.values().stream().sorted(Comparator.comparing(ApplicabilityRule::getId))
        .forEach(r -> conditionIds.put(r.getId(), r));
    this.conditionsById = conditionIds;
  }

  /**
   * The applicability rule that is firing, found by its {@code @id} and checked against its
   * package and name.
   *
   * @throws IllegalStateException if the rule is not an applicability rule
   */
  ApplicabilityRule conditionFor(Rule rule) {
    Object id = rule.getMetaData().get("id");
    ApplicabilityRule c = id instanceof String ? conditionsById.get(id) : null;
    if (c == null || !c.getRuleName().equals(rule.getName()) || !c.getPackageName().equals(rule.getPackageName())) {
      c = conditionsByRuleKey.get(key(rule.getPackageName(), rule.getName()));
    }
    if (c == null) {
      throw new IllegalStateException("rule '" + rule.getName() + "' in " + rule.getPackageName()
          + " called findings.applies but names no tasks: give it @applies(\"TASK …\")");
    }
    return c;
  }

  /** @return the applicability rules, sorted by id */
  Collection<ApplicabilityRule> conditions() {
    return conditionsById.values();
  }

  ApplicabilityRule conditionById(String id) {
    return conditionsById.get(id);
  }

  /** @return true if the rule states when tasks apply ({@code @applies}) */
  static boolean isCondition(Rule rule) {
    return rule.getMetaData().containsKey("applies");
  }

  static String key(String pkg, String name) {
    return pkg + "/" + name;
  }

  /**
   * The metadata of a firing rule. Found through the rule's own {@code @id} first, a look-up that
   * builds no string (this runs for every finding), and checked against the rule's package and
   * name, which decide.
   */
  RuleInfo forRule(Rule rule) {
    Object id = rule.getMetaData().get("id");
    RuleInfo info = id instanceof String ? byId.get(id) : null;
    if (info != null && info.getRuleName().equals(rule.getName()) && info.getPackageName().equals(rule.getPackageName())) {
      return info;
    }
    return forRule(rule.getPackageName(), rule.getName());
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
   * Reads and checks the metadata of every rule of the given knowledge bases.
   *
   * @param bases the knowledge bases: the precompiled one first, then runtime packs
   * @param extraBundles message bundles of runtime packs (sv, en), searched after the built-in one
   * @param severityChanges rule id to new severity
   * @param overrides where the ids of built-in rules that pack rules override are added
   * @param problems where problems are added
   */
  static RuleIndex build(List<KieBase> bases, List<ResourceBundle[]> extraBundles,
      Map<String, Severity> severityChanges, java.util.Set<String> overrides, List<String> problems) {
    ResourceBundle sv = bundle("sv");
    ResourceBundle en = bundle("en");
    Map<String, RuleInfo> byKey = new HashMap<>();
    Map<String, ApplicabilityRule> conditions = new HashMap<>();
    Set<String> conditionOverriders = new java.util.HashSet<>();
    Map<String, String> seenIds = new HashMap<>();
    Map<String, String> overriddenBy = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (KieBase base : bases) {
      for (KiePackage p : base.getKiePackages()) rules.addAll(p.getRules());
    }
    // Built-in rules first, so that a pack rule reusing an id is the one reported.
    rules.sort(Comparator.comparing((Rule r) -> !BUILT_IN_PACKAGE.equals(r.getPackageName()))
        .thenComparing(Rule::getPackageName).thenComparing(Rule::getName));
    Map<String, ResourceBundle[]> packageBundles = new HashMap<>();
    for (Rule r : rules) {
      Map<String, Object> meta = r.getMetaData();
      String origin = origin(r);
      String where = origin + ": rule \"" + r.getName() + "\"";
      String id = text(meta.get("id"));
      if (id == null || !ID.matcher(id).matches()) {
        problems.add(where + ": @id(\"AREA-NNN\") is " + (id == null ? "missing" : "malformed: '" + id + "'"));
        continue;
      }
      String other = seenIds.put(id, where);
      if (other != null) {
        problems.add(where + ": rule id " + id + (other.startsWith("built-in") ? " collides with the built-in rule " + id
            : " is already used by " + other));
        continue;
      }
      boolean builtIn = BUILT_IN_PACKAGE.equals(r.getPackageName());
      List<ResourceBundle[]> bundles = new ArrayList<>();
      if (!builtIn) bundles.add(packageBundles.computeIfAbsent(r.getPackageName(), RuleIndex::packageBundle));
      bundles.addAll(extraBundles);
      ResourceBundle ownSv = builtIn ? sv : null;
      ResourceBundle ownEn = builtIn ? en : null;
      LocalizedText intent = optionalTexts(id, "intent", meta, ownSv, ownEn, bundles, where, problems);
      if (meta.containsKey("applies")) {
        ApplicabilityRule c = condition(r, id, meta, intent, ownSv, ownEn, bundles, where, problems, builtIn, origin(r));
        if (c != null) {
          conditions.put(key(r.getPackageName(), r.getName()), c);
          String overridden = text(meta.get("overrides"));
          if (overridden != null) {
            if (builtIn) problems.add(where + ": built-in rules do not override");
            else {
              overriddenBy.put(overridden, where);
              conditionOverriders.add(where);
            }
          }
        }
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
      LocalizedText title = texts(id, "title", meta, builtIn ? sv : null, builtIn ? en : null, bundles, where, problems);
      LocalizedText message = texts(id, "message", meta, builtIn ? sv : null, builtIn ? en : null, bundles, where, problems);
      LocalizedText remedy = texts(id, "remedy", meta, builtIn ? sv : null, builtIn ? en : null, bundles, where, problems);
      if (title == null || message == null || remedy == null) continue;
      // A text is a message pattern, formatted for every finding: a broken one fails now, here,
      // with its place, not at the first dataset it fires on.
      String[] kinds = {"title", "message", "remedy"};
      LocalizedText[] texts = {title, message, remedy};
      boolean broken = false;
      for (int k = 0; k < kinds.length; k++) {
        for (Map.Entry<String, String> t : texts[k].getTexts().entrySet()) {
          String bad = RuleInfo.patternProblem(t.getValue());
          if (bad != null) problems.add(where + ": " + id + "." + kinds[k] + " (" + t.getKey() + "): " + bad);
          broken |= bad != null;
        }
      }
      if (broken) continue;
      String overridden = text(meta.get("overrides"));
      if (overridden != null) {
        if (builtIn) {
          problems.add(where + ": built-in rules do not override");
        } else {
          overriddenBy.put(overridden, where);
        }
      }
      Severity inForce = severityChanges.getOrDefault(id, severity);
      if (inForce == Severity.BLOCKER && gate == null) {
        gate = Gate.PUBLICATION;
      }
      byKey.put(key(r.getPackageName(), r.getName()), new RuleInfo(id, r.getName(), r.getPackageName(), inForce, severity,
          step, gate, text(meta.get("source")), title, message, remedy, origin, meta.containsKey("failClosed") && builtIn,
          meta.containsKey("forbids"), intent));
    }
    for (Map.Entry<String, String> e : overriddenBy.entrySet()) {
      String target = seenIds.get(e.getKey());
      RuleInfo targetInfo = byKey.values().stream().filter(i -> i.getId().equals(e.getKey())).findFirst().orElse(null);
      ApplicabilityRule targetCondition = conditions.values().stream().filter(i -> i.getId().equals(e.getKey())).findFirst().orElse(null);
      boolean overriderIsCondition = conditionOverriders.contains(e.getValue());
      if (target == null || !target.startsWith("built-in")) {
        problems.add(e.getValue() + ": @overrides(\"" + e.getKey() + "\") names no built-in rule");
      } else if ((targetCondition != null) != overriderIsCondition) {
        problems.add(e.getValue() + ": @overrides(\"" + e.getKey() + "\"): " + (targetCondition != null
            ? e.getKey() + " states when tasks apply, so its replacement must too (@applies)"
            : e.getKey() + " is a rule with findings, so its replacement cannot be an @applies rule"));
      } else if (targetCondition != null && targetCondition.isFailClosed()) {
        problems.add(e.getValue() + ": cannot override " + e.getKey() + ": it decides whether a decisive task applies (fail closed)");
      } else if (targetInfo != null && targetInfo.isFailClosed()) {
        problems.add(e.getValue() + ": cannot override " + e.getKey() + ": it guards a decisive fact (fail closed)");
      } else {
        overrides.add(e.getKey());
      }
    }
    for (Map.Entry<String, Severity> e : severityChanges.entrySet()) {
      String id = e.getKey();
      if (!seenIds.containsKey(id)) {
        problems.add("cannot change the severity of " + id + ": no rule has that id");
        continue;
      }
      byKey.values().stream().filter(i -> i.getId().equals(id) && i.isFailClosed() && e.getValue() != Severity.BLOCKER)
          .findFirst().ifPresent(i -> problems.add("cannot make " + id + " a " + e.getValue()
              + ": it guards a decisive fact and stays a BLOCKER (fail closed)"));
    }
    return new RuleIndex(byKey, conditions);
  }

  /** Reads and checks an applicability rule: the tasks it names, its title and no finding's metadata. */
  private static ApplicabilityRule condition(Rule r, String id, Map<String, Object> meta, LocalizedText intent,
      ResourceBundle sv, ResourceBundle en, List<ResourceBundle[]> bundles, String where, List<String> problems,
      boolean builtIn, String origin) {
    for (String findingOnly : List.of("severity", "step", "gate", "source", "forbids")) {
      if (meta.containsKey(findingOnly)) {
        problems.add(where + ": an @applies rule states when tasks apply and makes no finding, so it has no @" + findingOnly);
        return null;
      }
    }
    String applies = text(meta.get("applies"));
    List<String> tasks = new ArrayList<>();
    if (applies != null) {
      for (String t : applies.split("[\\s,]+")) {
        if (t.isEmpty()) continue;
        String task = Guide.odis().task(t).map(g -> g.getId()).orElse(null);
        if (task == null) {
          problems.add(where + ": @applies names '" + t + "', which is not a task of the guide (e.g. \"B.3.1.4\")");
          return null;
        }
        if (!tasks.contains(task)) tasks.add(task);
      }
    }
    if (tasks.isEmpty()) {
      problems.add(where + ": @applies must name the tasks the rule says apply, e.g. @applies(\"B.3.1.4\")");
      return null;
    }
    tasks.sort(Comparator.comparingInt(t -> Guide.odis().order(t)));
    LocalizedText title = texts(id, "title", meta, sv, en, bundles, where, problems);
    if (title == null) return null;
    int[] orders = tasks.stream().mapToInt(t -> Guide.odis().order(t)).toArray();
    return new ApplicabilityRule(id, r.getName(), r.getPackageName(), tasks, orders, title, intent, origin,
        meta.containsKey("failClosed") && builtIn);
  }

  /** A rule's text that may be left out (its intent): both languages or neither. */
  private static LocalizedText optionalTexts(String id, String kind, Map<String, Object> meta, ResourceBundle sv,
      ResourceBundle en, List<ResourceBundle[]> extra, String where, List<String> problems) {
    String s = text(meta.get(kind + "_sv"));
    String e = text(meta.get(kind + "_en"));
    if (s == null) s = lookup(sv, extra, 0, id + "." + kind);
    if (e == null) e = lookup(en, extra, 1, id + "." + kind);
    if (s == null && e == null) return null;
    if (s == null || e == null) {
      problems.add(where + ": the " + kind + " of " + id + " is given in " + (s == null ? "English" : "Swedish")
          + " only; give it in both (@" + kind + "_sv and @" + kind + "_en, or " + id + "." + kind
          + " in messages_sv/messages_en.properties)");
      return null;
    }
    return LocalizedText.of(s, e);
  }

  static final String BUILT_IN_PACKAGE = "se.odis.rules";

  private static String origin(Rule r) {
    if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl) {
      org.kie.api.io.Resource res = ((org.drools.base.definitions.rule.impl.RuleImpl) r).getResource();
      if (res != null && res.getSourcePath() != null && !BUILT_IN_PACKAGE.equals(r.getPackageName())) {
        return res.getSourcePath();
      }
    }
    return BUILT_IN_PACKAGE.equals(r.getPackageName()) ? "built-in" : "classpath:" + r.getPackageName();
  }

  /** A precompiled pack's texts: the bundle {@code <its package>.messages}, if it ships one. */
  private static ResourceBundle[] packageBundle(String pkg) {
    ResourceBundle[] pair = new ResourceBundle[2];
    String[] langs = {"sv", "en"};
    for (int i = 0; i < 2; i++) {
      try {
        pair[i] = ResourceBundle.getBundle(pkg + ".messages", Locale.forLanguageTag(langs[i]),
            RuleIndex.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      } catch (MissingResourceException e) {
        pair[i] = null;
      }
    }
    return pair;
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
