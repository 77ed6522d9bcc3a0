package se.odis.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Finding;
import se.odis.model.Profile;
import se.odis.model.ProfileReader;
import se.odis.model.InvalidInputException;
import se.odis.model.Severity;

/**
 * Assesses datasets against the ÖDIS guide with the Drools rules: the one entry point of ODIS.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.create();          // build once: compiles nothing, loads the precompiled rules
 * Assessment a = assessor.assess(dataset);        // from any number of threads
 * List<Assessment> all = assessor.assessAll(portfolio, day);   // many at once: faster
 * }</pre>
 *
 * <p>Thread-safe: the knowledge bases are shared and read-only; each call runs in sessions of its
 * own (ODIS's own rules in sessions reused from a pool, which Drools resets between calls). ODIS's own rules join only facts of one dataset, through their context ({@link DatasetFact}:
 * {@code DistributionFact(context == $c, …)}), so one session of them serves many datasets of a
 * call; a municipality's rule packs may join any facts and see one dataset per session.
 * Deterministic: the same dataset, day and rules give an equal assessment, whatever the order of
 * rule firing, distributions or progress entries, and whatever other datasets share the call.
 */
public final class Assessor {
  private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);
  static final String MODEL_RESOURCE = "META-INF/kie/se.odis/odis-rules/drools-model";

  /** Datasets per session of the built-in rules. */
  private static final int BATCH = 64;

  private final KieBase builtIn;
  /** ODIS's own applicability rules, run before {@link #builtIn}; null if there are none. */
  private final KieBase builtInConditions;
  /**
   * Sessions of {@link #builtIn} and {@link #builtInConditions} to reuse: Drools resets a pooled
   * session when it is disposed, keeping the node memories it built, which a new session builds
   * again (the larger part of assessing one dataset). The pools grow to the most calls at once.
   */
  private final KieSessionsPool builtInSessions;
  private final KieSessionsPool builtInConditionSessions;
  /** By task, in the guide's order: whether an applicability rule in force names it. */
  private final boolean[] governed;
  /** The extensions that hold applicability rules in force. */
  private final Set<KieBase> extensionsWithConditions;
  private final List<KieBase> extensions;
  /** The rule pack of each extension, as the user gave it, for {@link RuleFailureException}. */
  private final List<String> extensionPacks;
  /** The extensions whose packs declare the {@code findings} global (a pack of empty files does not). */
  private final Set<KieBase> extensionsWithFindings;
  private final RuleIndex index;
  private final Profile profile;
  private final Clock clock;
  private final AgendaFilter filter;
  private final List<String> rulesInForce;
  private final Set<String> disabled;

  private Assessor(KieBase builtIn, KieBase builtInConditions, List<KieBase> extensions, List<String> extensionPacks,
      RuleIndex index, Clock clock, Set<String> disabled, Profile profile) {
    this.builtIn = builtIn;
    this.builtInConditions = builtInConditions;
    this.builtInSessions = builtIn == null ? null : builtIn.newKieSessionsPool(0);
    this.builtInConditionSessions = builtInConditions == null ? null : builtInConditions.newKieSessionsPool(0);
    this.extensions = List.copyOf(extensions);
    this.extensionPacks = List.copyOf(extensionPacks);
    Set<KieBase> withFindings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (KieBase e : this.extensions) {
      if (declaresFindings(e)) withFindings.add(e);
    }
    this.extensionsWithFindings = withFindings; // only read after construction
    this.index = index;
    this.profile = profile;
    this.clock = clock;
    this.disabled = Set.copyOf(disabled);
    List<String> inForce = new ArrayList<>();
    index.rules().forEach(r -> inForce.add(r.getId()));
    index.conditions().forEach(r -> inForce.add(r.getId()));
    this.rulesInForce = inForce.stream().filter(id -> !disabled.contains(id)).sorted().collect(Collectors.toUnmodifiableList());
    this.governed = new boolean[se.odis.model.Guide.odis().getTasks().size()];
    for (ApplicabilityRule c : index.conditions()) {
      if (!this.disabled.contains(c.getId())) {
        for (int order : c.taskOrders) governed[order] = true;
      }
    }
    Set<KieBase> withConditions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (KieBase e : this.extensions) {
      for (org.kie.api.definition.KiePackage p : e.getKiePackages()) {
        for (org.kie.api.definition.rule.Rule r : p.getRules()) {
          if (RuleIndex.isCondition(r) && !this.disabled.contains(RuleIndex.text(r.getMetaData().get("id")))) withConditions.add(e);
        }
      }
    }
    this.extensionsWithConditions = withConditions;
    this.filter = disabled.isEmpty() ? null : match -> {
      Object id = RuleIndex.text(match.getRule().getMetaData().get("id"));
      return id == null || !this.disabled.contains(id);
    };
  }

  /**
   * Builds an assessor with the built-in rules, judging freshness against the system clock.
   *
   * @return the assessor
   * @throws RuleSetException if the built-in rules are broken (a packaging error)
   */
  public static Assessor create() {
    return builder().build();
  }

  /** @return a builder, to set the clock or disable rules */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses a dataset as of today (by the assessor's clock).
   *
   * @param dataset the dataset
   * @return the assessment
   */
  public Assessment assess(Dataset dataset) {
    return assess(dataset, LocalDate.now(clock));
  }

  /**
   * Assesses a dataset as of a given day.
   *
   * @param dataset the dataset
   * @param asOf the day to judge against (freshness, deadlines)
   * @return the assessment
   * @throws RuleFailureException if a rule of a rule pack fails on the dataset
   */
  public Assessment assess(Dataset dataset, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    return assessAll(List.of(dataset), asOf).get(0);
  }

  /**
   * Assesses several datasets as of a given day, in fewer rule sessions than one per dataset: the
   * way to assess a portfolio quickly. Each assessment equals what {@link #assess(Dataset,
   * LocalDate)} gives for the dataset alone.
   *
   * @param datasets the datasets (the same dataset may occur more than once)
   * @param asOf the day to judge against (freshness, deadlines)
   * @return the assessments, in the order of {@code datasets}
   * @throws RuleFailureException if a rule of a rule pack fails on one of the datasets; the others
   *     can then be assessed each alone
   */
  public List<Assessment> assessAll(List<Dataset> datasets, LocalDate asOf) {
    Objects.requireNonNull(datasets, "datasets");
    Objects.requireNonNull(asOf, "asOf");
    List<AssessmentContext> contexts = judged(datasets, asOf);
    for (int from = 0; from < contexts.size(); from += BATCH) {
      run(builtInSessions, contexts.subList(from, Math.min(contexts.size(), from + BATCH)));
    }
    for (int i = 0; i < extensions.size(); i++) {
      for (AssessmentContext c : contexts) runExtension(extensions.get(i), extensionPacks.get(i), c, false);
    }
    List<Assessment> out = new ArrayList<>(contexts.size());
    for (AssessmentContext c : contexts) {
      List<Finding> findings = c.findings;
      findings.sort(Finding.ORDER);
      out.add(Conclusion.conclude(c, dedupe(findings), rulesInForce, profile == null ? null : profile.getMunicipality()));
    }
    return out;
  }

  /**
   * The guide's tasks as they stand for a dataset: each task's status and whether it applies —
   * for a task whose condition applicability rules state ({@code @applies}), which of them hold.
   * This is the first step of every assessment; {@link #assess} goes on to the findings.
   *
   * @param dataset the dataset
   * @param asOf the day to judge against
   * @return the state of every task of the guide, in the guide's order
   * @throws RuleFailureException if an applicability rule of a rule pack fails on the dataset
   */
  public List<TaskState> tasks(Dataset dataset, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(asOf, "asOf");
    return judged(List.of(dataset), asOf).get(0).getTasks();
  }

  /**
   * The contexts of the datasets, with the tasks that apply judged: the applicability rules run
   * first, ODIS's and the rule packs', so that every other rule, and the conclusion, sees which
   * tasks apply.
   */
  private List<AssessmentContext> judged(List<Dataset> datasets, LocalDate asOf) {
    List<AssessmentContext> contexts = new ArrayList<>(datasets.size());
    for (Dataset d : datasets) {
      Objects.requireNonNull(d, "dataset");
      contexts.add(new AssessmentContext(profile == null ? d : profile.applyTo(d), asOf, governed));
    }
    if (builtInConditions != null) {
      for (int from = 0; from < contexts.size(); from += BATCH) {
        run(builtInConditionSessions, contexts.subList(from, Math.min(contexts.size(), from + BATCH)));
      }
    }
    for (int i = 0; i < extensions.size(); i++) {
      if (!extensionsWithConditions.contains(extensions.get(i))) continue;
      for (AssessmentContext c : contexts) runExtension(extensions.get(i), extensionPacks.get(i), c, true);
    }
    return contexts;
  }

  /**
   * ODIS's own rules join one dataset's facts only (through the context they carry), so one
   * session serves a batch: the rules' memories, built in a session on its first facts, cost more
   * than assessing a dataset once they are built.
   */
  private void run(KieSessionsPool sessions, List<AssessmentContext> batch) {
    KieSession session = sessions.newKieSession();
    boolean ran = false;
    try {
      session.setGlobal("findings", new FindingSink(index));
      for (AssessmentContext c : batch) {
        session.insert(c);
        for (DistributionFact f : c.getDistributions()) session.insert(f);
        for (LicenceFact l : c.getLicences()) session.insert(l);
      }
      fire(session);
      ran = true;
    } finally {
      // Back to the pool (reset) after a run; a session a failure left in some state is not reused.
      if (ran) session.dispose();
      else session.destroy();
    }
  }

  /**
   * A municipality's rules may join any facts, so they see one dataset per session, with every
   * fact the rule-writing guide promises them.
   */
  private static boolean declaresFindings(KieBase kieBase) {
    for (org.kie.api.definition.KiePackage p : kieBase.getKiePackages()) {
      for (org.kie.api.definition.rule.Global g : p.getGlobalVariables()) {
        if (g.getName().equals("findings")) return true;
      }
    }
    return false;
  }

  /**
   * @param conditions true to run the pack's applicability rules, false to run its other rules
   */
  private void runExtension(KieBase kieBase, String pack, AssessmentContext c, boolean conditions) {
    KieSession session = kieBase.newKieSession();
    try {
      if (extensionsWithFindings.contains(kieBase)) session.setGlobal("findings", new FindingSink(index, c));
      session.insert(c.getDataset());
      session.insert(c);
      for (TaskState t : c.taskArray()) session.insert(t);
      for (DistributionFact f : c.getDistributions()) session.insert(f);
      for (LicenceFact l : c.getLicences()) session.insert(l);
      session.insert(c.getMetadataScore());
      session.fireAllRules(match -> RuleIndex.isCondition(match.getRule()) == conditions
          && (filter == null || filter.accept(match)));
    } catch (RuntimeException e) {
      // A municipality's rule that cannot run on this dataset: its author's to fix, not a bug of ODIS.
      throw RuleFailureException.of(pack, kieBase, c.getDataset().getId(), e);
    } finally {
      session.dispose();
    }
  }

  private void fire(KieSession session) {
    if (filter == null) session.fireAllRules();
    else session.fireAllRules(filter);
  }

  /** @return the knowledge base of ODIS's own rules (for tests) */
  KieBase builtInKieBase() {
    return builtIn;
  }

  /** @return the knowledge bases of rule packs, run one dataset per session (for tests) */
  List<KieBase> extensionKieBases() {
    return extensions;
  }

  /** @return the profile in force, or null */
  public Profile getProfile() {
    return profile;
  }

  /**
   * @return every applicability rule in force ({@code @applies}: when guide tasks apply), sorted
   *     by id
   */
  public List<ApplicabilityRule> getApplicabilityRules() {
    return index.conditions().stream().filter(r -> !disabled.contains(r.getId())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param id a rule id
   * @return the applicability rule in force with that id, or null
   */
  public ApplicabilityRule getApplicabilityRule(String id) {
    ApplicabilityRule r = index.conditionById(id);
    return r == null || disabled.contains(id) ? null : r;
  }

  /** @return every rule in force, sorted by id */
  public List<RuleInfo> getRules() {
    return index.rules().stream().filter(r -> !disabled.contains(r.getId())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param id a rule id
   * @return the rule, or null if no rule in force has that id
   */
  public RuleInfo getRule(String id) {
    RuleInfo r = index.byId(id);
    return r == null || disabled.contains(id) ? null : r;
  }

  /** @return the ids of the rules disabled by configuration, sorted */
  public Set<String> getDisabledRules() {
    return new TreeSet<>(disabled);
  }

  private static List<Finding> dedupe(List<Finding> sorted) {
    // The same rule can match the same subject through more than one fact combination.
    return new ArrayList<>(new LinkedHashSet<>(sorted));
  }

  /**
   * The precompiled models with only their applicability rules ({@code conditions}) or only their
   * other rules: ODIS's own package compiles to one model, and the two kinds run in sessions of
   * their own, the applicability rules first.
   */
  static List<Model> split(List<Model> models, boolean conditions) {
    List<Model> out = new ArrayList<>();
    for (Model m : models) {
      List<org.drools.model.Rule> rules = new ArrayList<>();
      for (org.drools.model.Rule r : m.getRules()) {
        if (r.getMetaData().containsKey("applies") == conditions) rules.add(r);
      }
      if (rules.isEmpty()) continue;
      org.drools.model.impl.ModelImpl part = new org.drools.model.impl.ModelImpl(m.getName() + (conditions ? "Conditions" : "")) {
        @Override
        public String getPackageName() {
          return m.getPackageName();
        }
      };
      part.withGlobals(m.getGlobals()).withQueries(m.getQueries()).withRules(rules);
      m.getTypeMetaDatas().forEach(part::addTypeMetaData);
      out.add(part);
    }
    return out;
  }

  /** Builds an {@link Assessor}. Not thread-safe; the assessor it builds is. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();
    private final Set<String> disabled = new TreeSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Path> packs = new ArrayList<>();
    private Profile profile;
    private ClassLoader loader = Assessor.class.getClassLoader();

    private Builder() {}

    /**
     * Sets the clock that "today" is read from when no day is given to {@link #assess(Dataset)}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Disables rules by id. An id that no rule has makes {@link #build()} fail.
     *
     * @param ruleIds rule ids, e.g. {@code LIC-004}
     * @return this builder
     */
    public Builder disable(Collection<String> ruleIds) {
      disabled.addAll(ruleIds);
      return this;
    }

    /**
     * Changes the severity of a rule, e.g. raises a recommendation to a blocker. A blocker must
     * concern a gate; a rule without one blocks the decision to publish.
     *
     * @param ruleId the rule id
     * @param severity the new severity
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a rule pack: a directory of DRL files ({@code *.drl}) and decision tables
     * ({@code *.drl.xlsx}, {@code *.drl.csv}), with texts in {@code messages_sv.properties} and
     * {@code messages_en.properties} or in the rules' metadata. It is compiled when the assessor
     * is built; any error makes {@link #build()} fail.
     *
     * @param directory the pack's directory
     * @return this builder
     */
    public Builder rulePack(Path directory) {
      packs.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Applies a municipality profile: its rule packs (resolved against {@code baseDirectory}),
     * disabled rules, severity changes and defaults. The assessments record its name.
     *
     * @param profile the profile
     * @param baseDirectory the directory the profile's rule pack paths are relative to
     * @return this builder
     */
    public Builder profile(Profile profile, Path baseDirectory) {
      this.profile = Objects.requireNonNull(profile, "profile");
      for (String p : profile.getRulePacks()) packs.add(baseDirectory.resolve(p).normalize());
      disabled.addAll(profile.getDisable());
      severities.putAll(profile.getSeverities());
      return this;
    }

    /**
     * Reads a profile file (JSON or YAML) and applies it as {@link #profile(Profile, Path)} does,
     * with rule packs relative to the file.
     *
     * @param file the profile file
     * @return this builder
     * @throws InvalidInputException if the file is not a valid profile
     */
    public Builder profile(Path file) throws InvalidInputException {
      Path parent = file.toAbsolutePath().getParent();
      return profile(ProfileReader.read(file), parent);
    }

    /**
     * Sets the class loader precompiled rule packs are looked for in (default: ODIS's own).
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Builds the assessor: loads the precompiled rules (ODIS's and any municipality kjar on the
     * class path), compiles the rule packs, and checks every rule's metadata.
     *
     * @return the assessor
     * @throws RuleSetException if any rule, pack or setting is broken; nothing partly built is
     *     ever returned
     */
    public Assessor build() {
      long start = System.nanoTime();
      List<String> problems = new ArrayList<>();
      List<Model> builtInModels = new ArrayList<>();
      List<Model> models = RulePacks.classpathModels(loader, problems, builtInModels);
      if (builtInModels.isEmpty() && problems.isEmpty()) {
        problems.add(MODEL_RESOURCE + " is missing: odis-rules was not built with the kie-maven-plugin");
      }
      List<KieBase> bases = new ArrayList<>();
      List<String> packNames = new ArrayList<>();
      // The applicability rules go into a knowledge base of their own, run first.
      List<Model> conditionModels = split(builtInModels, true);
      KieBase builtIn = builtInModels.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(split(builtInModels, false));
      KieBase builtInConditions = conditionModels.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(conditionModels);
      if (builtIn != null) bases.add(builtIn);
      if (!models.isEmpty()) {
        bases.add(KieBaseBuilder.createKieBaseFromModel(models));
        packNames.add("on the class path");
      }
      List<ResourceBundle[]> bundles = new ArrayList<>();
      for (Path pack : packs) {
        RulePacks.Loaded loaded = RulePacks.compile(pack, loader, problems);
        if (loaded != null) {
          bases.add(loaded.kieBase);
          packNames.add(pack.toString());
          bundles.addAll(loaded.bundles);
        }
      }
      Set<String> overrides = new TreeSet<>();
      List<KieBase> indexed = new ArrayList<>(bases);
      if (builtInConditions != null) indexed.add(builtInConditions);
      RuleIndex index = RuleIndex.build(indexed, bundles, severities, overrides, problems);
      for (String id : disabled) {
        RuleInfo r = index.byId(id);
        ApplicabilityRule c = index.conditionById(id);
        if (r == null && c == null) problems.add("cannot disable " + id + ": no rule has that id");
        else if (r != null && r.isFailClosed()) problems.add("cannot disable " + id + ": it guards a decisive fact (fail closed)");
        else if (c != null && c.isFailClosed()) {
          problems.add("cannot disable " + id + ": it decides whether a decisive task applies (fail closed)");
        }
      }
      if (!problems.isEmpty()) throw new RuleSetException(problems);
      Set<String> off = new TreeSet<>(disabled);
      off.addAll(overrides);
      LOG.debug("ODIS rules loaded: {} rules in {} ms", index.rules().size(), (System.nanoTime() - start) / 1_000_000);
      return new Assessor(builtIn, builtInConditions, bases.subList(1, bases.size()), packNames, index, clock, off, profile);
    }
  }
}
