package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.SharedAssessor.ASSESSOR;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.odis.model.Guide;
import se.odis.model.LocalizedText;
import se.odis.model.Severity;

/**
 * The catalogue of built-in rules: the knowledge base builds, and every rule has a unique,
 * well-formed id, a severity, a guide step, a gate when it blocks, texts in Swedish and English,
 * and a test. Guards "no rule without a test" for rules added later.
 */
class RuleCatalogueTest {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}");
  private static final Pattern DRL_ID = Pattern.compile("@id\\(\\s*\"([^\"]*)\"\\s*\\)");
  private static final Path TEST_SOURCES = Path.of("src", "test", "java");
  /** The tests of the rules, written with the test kit, live beside it in odis-rules-test. */
  private static final Path KIT_TEST_SOURCES = Path.of("..", "odis-rules-test", "src", "test", "java");
  private static final Path RULE_SOURCES = Path.of("src", "main", "resources");
  private static final Set<String> KINDS = Set.of("title", "message", "remedy");
  /** A single apostrophe, which java.text.MessageFormat would swallow; a literal one is written ''. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static List<RuleInfo> rules() {
    return ASSESSOR.getRules();
  }

  /** The ids of every built-in rule: those with findings and those that state when tasks apply. */
  private static Set<String> ruleIds() {
    Set<String> ids = rules().stream().map(RuleInfo::getId).collect(Collectors.toCollection(TreeSet::new));
    ASSESSOR.getApplicabilityRules().forEach(r -> ids.add(r.getId()));
    return ids;
  }

  @Test
  void catalogue_everyRule_hasItsIntentInSwedishAndEnglish() {
    List<String> problems = new ArrayList<>();
    for (RuleInfo r : rules()) checkIntent(r.getId(), r.getIntent(), problems);
    for (ApplicabilityRule r : ASSESSOR.getApplicabilityRules()) checkIntent(r.getId(), r.getIntent(), problems);
    assertThat(problems).isEmpty();
  }

  private static void checkIntent(String id, LocalizedText intent, List<String> problems) {
    if (intent == null) {
      problems.add(id + " has no @intent_sv/@intent_en");
    } else if (intent.get("sv") == null || intent.get("en") == null || intent.get("sv").isBlank()
        || intent.get("en").isBlank() || intent.get("sv").equals(intent.get("en"))) {
      problems.add(id + " has no distinct Swedish and English intent: " + intent.getTexts());
    }
  }

  @Test
  void catalogue_builtInRules_buildAndAreNotEmpty() {
    assertThat(rules()).isNotEmpty();
    assertThat(ASSESSOR.getDisabledRules()).isEmpty();
  }

  @Test
  void catalogue_everyRule_hasUniqueWellFormedId() {
    List<String> ids = rules().stream().map(RuleInfo::getId).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> ID.matcher(id).matches(), "matches " + ID);
    Set<String> names = new HashSet<>();
    for (RuleInfo r : rules()) {
      assertThat(names.add(r.getPackageName() + "/" + r.getRuleName())).as("rule name %s", r.getRuleName()).isTrue();
    }
  }

  @Test
  void catalogue_builtInRules_doNotUseTheReservedMunicipalityPrefix() {
    assertThat(ruleIds()).noneMatch(id -> id.startsWith("MUN-"));
    assertThat(rules()).allSatisfy(r -> assertThat(r.getOrigin()).isEqualTo("built-in"));
  }

  @Test
  void catalogue_everyRule_hasValidSeverityStepAndGate() {
    for (RuleInfo r : rules()) {
      assertThat(r.getSeverity()).as("severity of %s", r.getId()).isNotNull().isEqualTo(r.getDefaultSeverity());
      assertThat(Guide.odis().task(r.getStep())).as("step %s of %s is a task of the guide", r.getStep(), r.getId())
          .isPresent();
      assertThat(r.getStep()).as("step of %s is canonical", r.getId())
          .isEqualTo(Guide.odis().task(r.getStep()).get().getId());
      if (r.getSeverity() == Severity.BLOCKER) {
        assertThat(r.getGate()).as("gate of blocker %s", r.getId()).isNotNull();
      }
    }
  }

  @Test
  void catalogue_everyRule_hasDistinctNonBlankSwedishAndEnglishTexts() {
    for (RuleInfo r : rules()) {
      check(r.getId(), "title", r.getTitle());
      check(r.getId(), "message", r.getMessage());
      check(r.getId(), "remedy", r.getRemedy());
      // Templates must format: a value for {0} is filled in, nothing throws.
      assertThat(r.formatMessage("X").get("sv")).as("%s message formats", r.getId()).doesNotContain("{0}");
      assertThat(r.formatRemedy("X").get("en")).as("%s remedy formats", r.getId()).doesNotContain("{0}");
    }
  }

  private static void check(String id, String kind, LocalizedText text) {
    String sv = text.get("sv");
    String en = text.get("en");
    assertThat(sv).as("%s %s in Swedish", id, kind).isNotBlank();
    assertThat(en).as("%s %s in English", id, kind).isNotBlank();
    assertThat(sv).as("%s %s differs between Swedish and English", id, kind).isNotEqualTo(en);
    assertThat(LONE_APOSTROPHE.matcher(sv).find()).as("%s %s (sv) has a lone apostrophe MessageFormat would drop: %s", id, kind, sv).isFalse();
    assertThat(LONE_APOSTROPHE.matcher(en).find()).as("%s %s (en) has a lone apostrophe MessageFormat would drop: %s", id, kind, en).isFalse();
  }

  @Test
  void catalogue_everyRuleIdInTheDrlSources_isInTheKnowledgeBase() throws IOException {
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(RULE_SOURCES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).collect(Collectors.toList())) {
        Matcher m = DRL_ID.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) declared.add(m.group(1));
      }
    }
    assertThat(declared).isNotEmpty();
    assertThat(ruleIds()).as("rules in the knowledge base").containsAll(declared);
  }

  /**
   * A reader looking for PROG-003 opens progress.drl: each file holds the rules of one id prefix,
   * and its name spells that prefix (its letters in order, from the name's first letter:
   * PD in personal-data.drl, FMT in formats.drl).
   */
  @Test
  void catalogue_eachDrlFile_holdsOnePrefix_thatItsNameSpells() throws IOException {
    java.util.Map<String, Set<String>> filesOfPrefix = new java.util.TreeMap<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RULE_SOURCES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).collect(Collectors.toList())) {
        String name = p.getFileName().toString();
        Set<String> prefixes = new TreeSet<>();
        Matcher m = DRL_ID.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) prefixes.add(m.group(1).substring(0, m.group(1).indexOf('-')));
        if (prefixes.size() != 1) problems.add(name + " holds the prefixes " + prefixes);
        for (String prefix : prefixes) {
          filesOfPrefix.computeIfAbsent(prefix, k -> new TreeSet<>()).add(name);
          if (!spells(name.substring(0, name.length() - ".drl".length()), prefix)) {
            problems.add(name + " does not spell its prefix " + prefix);
          }
        }
      }
    }
    filesOfPrefix.forEach((prefix, files) -> {
      if (files.size() > 1) problems.add(prefix + " is in " + files);
    });
    assertThat(filesOfPrefix).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  /** True if the prefix's letters occur in the name in order, the first being the name's first. */
  static boolean spells(String name, String prefix) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    String p = prefix.toLowerCase(java.util.Locale.ROOT);
    if (n.isEmpty() || p.isEmpty() || n.charAt(0) != p.charAt(0)) return false;
    int at = 1;
    for (int i = 1; i < p.length(); i++) {
      at = n.indexOf(p.charAt(i), at) + 1;
      if (at == 0) return false;
    }
    return true;
  }

  @Test
  void spells_takesTheLettersInOrderFromTheFirst() {
    assertThat(spells("personal-data", "PD")).isTrue();
    assertThat(spells("formats", "FMT")).isTrue();
    assertThat(spells("progress", "PROG")).isTrue();
    assertThat(spells("metadata", "MQA")).isFalse();
    assertThat(spells("data-protection", "PD")).isFalse();
    assertThat(spells("tmf", "FMT")).isFalse();
  }

  @Test
  void catalogue_everyRule_isNamedInATestSource() throws IOException {
    String tests;
    try (Stream<Path> files = Stream.concat(Files.walk(TEST_SOURCES), Files.walk(KIT_TEST_SOURCES))) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals(RuleCatalogueTest.class.getSimpleName() + ".java"))
          .collect(Collectors.toList())) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      tests = String.join("\n", texts);
    }
    Set<String> untested = new TreeSet<>();
    for (String id : ruleIds()) {
      if (!tests.contains("\"" + id + "\"")) untested.add(id);
    }
    assertThat(untested).as("rules whose id, in quotes, appears in no test under %s or %s", TEST_SOURCES, KIT_TEST_SOURCES).isEmpty();
  }

  @Test
  void messages_swedishAndEnglishBundles_haveTheSameKeysAndOnlyKeysOfExistingRules() throws IOException {
    Properties sv = load("se/odis/rules/messages_sv.properties");
    Properties en = load("se/odis/rules/messages_en.properties");
    assertThat(new TreeSet<>(sv.stringPropertyNames())).as("keys of messages_sv vs messages_en")
        .containsExactlyElementsOf(new TreeSet<>(en.stringPropertyNames()));

    Set<String> ids = ruleIds();
    Set<String> strays = new TreeSet<>();
    for (String key : sv.stringPropertyNames()) {
      int dot = key.lastIndexOf('.');
      String id = dot < 0 ? key : key.substring(0, dot);
      String kind = dot < 0 ? "" : key.substring(dot + 1);
      boolean condition = ASSESSOR.getApplicabilityRule(id) != null;
      if (!ids.contains(id) || !(condition ? kind.equals("title") : KINDS.contains(kind))) strays.add(key);
    }
    assertThat(strays).as("keys for no rule, or of no known kind (title, message, remedy; title alone for @applies rules)").isEmpty();
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RuleCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }
}
