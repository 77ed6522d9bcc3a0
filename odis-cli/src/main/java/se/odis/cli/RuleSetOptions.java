package se.odis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import se.odis.model.InvalidInputException;
import se.odis.model.Profile;
import se.odis.model.ProfileReader;
import se.odis.rules.Assessor;
import se.odis.rules.ApplicabilityRule;
import se.odis.rules.RuleInfo;

/**
 * The options that choose a rule set — {@code --rules DIR} (repeatable) and {@code --profile FILE}
 * — mixed into the commands that assess or describe rules. {@link #assessor()} builds the rule set
 * to assess with; {@link #load()} also finds the rules it switched off, so that they can be shown
 * as such.
 */
final class RuleSetOptions {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Add a rule pack on top of the built-in rules: a directory of DRL files and "
          + "decision tables (.drl.xlsx, .drl.csv), with their texts in messages_sv and messages_en "
          + "properties files. Repeatable. A broken pack stops the run before anything is done.")
  List<Path> packs = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "A municipality profile (.json, .yaml): its rule packs, disabled rules, changed "
          + "severities and defaults for facts a dataset leaves out.")
  Path profileFile;

  /** Whether a rule is in force, and if not, why. */
  enum Status {
    /** In force. */
    ACTIVE,
    /** Disabled by the profile ({@code disable:}). */
    DISABLED,
    /** A built-in rule replaced by a rule pack's rule ({@code @overrides}). */
    OVERRIDDEN
  }

  /** A rule, in force or not. */
  record Entry(RuleInfo info, Status status) {
    String id() {
      return info.getId();
    }

    boolean severityChanged() {
      return status == Status.ACTIVE && info.getSeverity() != info.getDefaultSeverity();
    }
  }

  /**
   * A loaded rule set: the assessor and every rule it knows, in force or switched off, by id.
   *
   * @param assessor the assessor with the rule set in force
   * @param profile the profile, or null
   * @param entries every rule, sorted by id
   */
  record Loaded(Assessor assessor, Profile profile, List<Entry> entries, List<Condition> conditions) {
    /** @return the rule with this id, ignoring case, or null */
    Entry find(String id) {
      return entries.stream().filter(e -> e.id().equalsIgnoreCase(id.strip())).findFirst().orElse(null);
    }

    /** @return the applicability rule with this id, ignoring case, or null */
    Condition findCondition(String id) {
      return conditions.stream().filter(c -> c.rule().getId().equalsIgnoreCase(id.strip())).findFirst().orElse(null);
    }

    /** @return every id, rules with findings and applicability rules */
    List<String> ids() {
      List<String> out = new ArrayList<>();
      entries.forEach(e -> out.add(e.id()));
      conditions.forEach(c -> out.add(c.rule().getId()));
      out.sort(null);
      return out;
    }

    /** @return the applicability rules in force that name a task */
    List<ApplicabilityRule> conditionsOf(String taskId) {
      List<ApplicabilityRule> out = new ArrayList<>();
      for (Condition c : conditions) {
        if (c.status() == Status.ACTIVE && c.rule().getTasks().contains(taskId)) out.add(c.rule());
      }
      return out;
    }
  }

  /** An applicability rule ({@code @applies}: when guide tasks apply), in force or not. */
  record Condition(ApplicabilityRule rule, Status status) {}

  /**
   * How to show a rule's origin: {@code built-in} as it is, a file below the working directory
   * relative to it (as the user would type it), anything else as it is.
   *
   * @param origin {@link RuleInfo#getOrigin()}
   * @return the origin to show
   */
  static String shownOrigin(String origin) {
    try {
      Path p = Path.of(origin);
      Path cwd = Path.of("").toAbsolutePath();
      if (p.isAbsolute() && p.normalize().startsWith(cwd)) return cwd.relativize(p.normalize()).toString();
    } catch (java.nio.file.InvalidPathException e) {
      // not a path: show it as it is
    }
    return origin;
  }

  /** @return true if neither a rule pack nor a profile was given: the built-in rules only */
  boolean builtInOnly() {
    return packs.isEmpty() && profileFile == null;
  }

  /**
   * Builds the rule set to assess with.
   *
   * @return the shared built-in assessor, or one built for the packs and profile given
   * @throws InvalidInputException if the profile cannot be read
   * @throws se.odis.rules.RuleSetException if a rule, pack or profile setting is broken
   */
  Assessor assessor() throws InvalidInputException {
    if (builtInOnly()) return Assessors.shared();
    Assessor.Builder b = Assessor.builder();
    packs.forEach(b::rulePack);
    if (profileFile != null) b.profile(profileFile);
    return b.build();
  }

  /**
   * @return the rule packs in force besides the built-in rules, as the user would write them: those
   *     given, then the profile's, relative to the profile's directory
   * @throws InvalidInputException if the profile cannot be read
   */
  List<String> packNames() throws InvalidInputException {
    List<String> names = new ArrayList<>();
    packs.forEach(p -> names.add(p.toString()));
    if (profileFile != null) {
      Path dir = profileFile.getParent() == null ? Path.of("") : profileFile.getParent();
      for (String p : ProfileReader.read(profileFile).getRulePacks()) names.add(dir.resolve(p).normalize().toString());
    }
    return List.copyOf(names);
  }

  /**
   * Builds the rule set and finds the rules it switched off.
   *
   * @return the rule set and its rules
   * @throws InvalidInputException if the profile cannot be read
   * @throws se.odis.rules.RuleSetException if a rule, pack or profile setting is broken
   */
  Loaded load() throws InvalidInputException {
    if (builtInOnly()) return loaded(Assessors.shared(), null, List.of());
    Profile profile = profileFile == null ? null : ProfileReader.read(profileFile);
    Path profileDir = profileFile == null ? null : profileFile.toAbsolutePath().getParent();
    Assessor.Builder b = Assessor.builder();
    packs.forEach(b::rulePack);
    if (profile != null) b.profile(profile, profileDir);
    List<Path> allPacks = new ArrayList<>(packs);
    if (profile != null) profile.getRulePacks().forEach(p -> allPacks.add(profileDir.resolve(p).normalize()));
    return loaded(b.build(), profile, allPacks);
  }

  private static Loaded loaded(Assessor assessor, Profile profile, List<Path> packs) {
    List<Entry> entries = new ArrayList<>();
    List<Condition> conditions = new ArrayList<>();
    assessor.getRules().forEach(r -> entries.add(new Entry(r, Status.ACTIVE)));
    assessor.getApplicabilityRules().forEach(r -> conditions.add(new Condition(r, Status.ACTIVE)));
    Set<String> off = assessor.getDisabledRules();
    Assessor withPacks = null;
    for (String id : off) {
      // Switched-off rules are not in the assessor; a built-in one is in the plain rule set, a
      // pack's own one in the same packs built without the profile.
      RuleInfo info = Assessors.shared().getRule(id);
      if (info == null) {
        if (withPacks == null) {
          Assessor.Builder b = Assessor.builder();
          packs.forEach(b::rulePack);
          withPacks = b.build();
        }
        info = withPacks.getRule(id);
      }
      boolean byProfile = profile != null && profile.getDisable().contains(id);
      Status status = byProfile ? Status.DISABLED : Status.OVERRIDDEN;
      if (info != null) {
        entries.add(new Entry(info, status));
        continue;
      }
      ApplicabilityRule condition = Assessors.shared().getApplicabilityRule(id);
      if (condition == null && withPacks != null) condition = withPacks.getApplicabilityRule(id);
      // Null cannot happen: build() refuses to disable an unknown id.
      if (condition != null) conditions.add(new Condition(condition, status));
    }
    entries.sort(Comparator.comparing(Entry::id));
    conditions.sort(Comparator.comparing(c -> c.rule().getId()));
    return new Loaded(assessor, profile, List.copyOf(entries), List.copyOf(conditions));
  }
}
