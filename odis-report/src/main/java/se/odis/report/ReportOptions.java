package se.odis.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.odis.model.Severity;
import se.odis.rules.RuleInfo;

/**
 * How a report is written: its language, whether the text report is coloured, and what it says about
 * the run (the day assessed for, the profile and the rule packs in force). Immutable; build with
 * {@link #builder()}. What is not given is taken from the first assessment.
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.builder().language(Language.EN).build();
 * }</pre>
 */
public final class ReportOptions {
  private static final ReportOptions DEFAULTS = builder().build();

  private final Language language;
  private final boolean colour;
  private final LocalDate asOf;
  private final String profile;
  private final List<String> rulePacks;
  private final Integer rulesInForce;
  private final List<RuleInfo> rules;
  private final Severity failLevel;
  private final String toolVersion;
  private final boolean groupByOwner;

  private ReportOptions(Builder b) {
    this.language = b.language;
    this.colour = b.colour;
    this.asOf = b.asOf;
    this.profile = b.profile;
    this.rulePacks = List.copyOf(b.rulePacks);
    this.rulesInForce = b.rulesInForce;
    this.rules = List.copyOf(b.rules);
    this.failLevel = b.failLevel;
    this.toolVersion = b.toolVersion;
    this.groupByOwner = b.groupByOwner;
  }

  /** @return Swedish, no colours, everything else from the assessments */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the report language */
  public Language language() {
    return language;
  }

  /** @return true if the text report uses ANSI colours (other formats ignore it) */
  public boolean colour() {
    return colour;
  }

  /** @return the day assessed for, or null to take it from the first assessment */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the municipality of the profile in force, or null to take it from the first assessment */
  public String profile() {
    return profile;
  }

  /** @return the rule packs in force besides the built-in rules, as the user named them; may be empty */
  public List<String> rulePacks() {
    return rulePacks;
  }

  /** @return how many rules were in force, or null to count them in the first assessment */
  public Integer rulesInForce() {
    return rulesInForce;
  }

  /** @return the rule catalogue (SARIF lists it as the tool's rules); may be empty */
  public List<RuleInfo> rules() {
    return rules;
  }

  /** @return the least severe finding that fails a dataset (JUnit's failing test cases); blocker by default */
  public Severity failLevel() {
    return failLevel;
  }

  /** @return the version of the tool that wrote the report (SARIF), or null */
  public String toolVersion() {
    return toolVersion;
  }

  /**
   * @return true if a portfolio is grouped by owner: in Markdown and HTML each owner's counts, and
   *     the datasets table and the datasets owner by owner; in XLSX a sheet of each owner's counts;
   *     false by default
   */
  public boolean groupByOwner() {
    return groupByOwner;
  }

  /** Builds {@link ReportOptions}. Not thread-safe. */
  public static final class Builder {
    private Language language = Language.SV;
    private boolean colour;
    private LocalDate asOf;
    private String profile;
    private List<String> rulePacks = List.of();
    private Integer rulesInForce;
    private List<RuleInfo> rules = List.of();
    private Severity failLevel = Severity.BLOCKER;
    private String toolVersion;
    private boolean groupByOwner;

    private Builder() {}

    /**
     * @param language the report language (default Swedish)
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * @param colour true for ANSI colours in the text report (default false)
     * @return this builder
     */
    public Builder colour(boolean colour) {
      this.colour = colour;
      return this;
    }

    /**
     * @param asOf the day assessed for, shown in the report's header and summary
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /**
     * @param profile the municipality of the profile in force, or null for none
     * @return this builder
     */
    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    /**
     * @param rulePacks the rule packs in force besides the built-in rules, as the user named them
     * @return this builder
     */
    public Builder rulePacks(List<String> rulePacks) {
      this.rulePacks = List.copyOf(rulePacks);
      return this;
    }

    /**
     * @param rulesInForce how many rules were in force
     * @return this builder
     */
    public Builder rulesInForce(int rulesInForce) {
      this.rulesInForce = rulesInForce;
      return this;
    }

    /**
     * @param rules the rules in force, e.g. {@code assessor.getRules()}; SARIF lists them as the tool's rules
     * @return this builder
     */
    public Builder rules(List<RuleInfo> rules) {
      this.rules = List.copyOf(rules);
      return this;
    }

    /**
     * @param failLevel the least severe finding that fails a dataset (default {@link Severity#BLOCKER})
     * @return this builder
     */
    public Builder failLevel(Severity failLevel) {
      this.failLevel = Objects.requireNonNull(failLevel, "failLevel");
      return this;
    }

    /**
     * @param toolVersion the version of the tool writing the report, for SARIF
     * @return this builder
     */
    public Builder toolVersion(String toolVersion) {
      this.toolVersion = toolVersion;
      return this;
    }

    /**
     * @param groupByOwner true to group a portfolio by the datasets' owners (Markdown, HTML, XLSX)
     * @return this builder
     */
    public Builder groupByOwner(boolean groupByOwner) {
      this.groupByOwner = groupByOwner;
      return this;
    }

    /** @return the options */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
