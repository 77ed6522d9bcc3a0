package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One thing a rule found about a dataset: what, how serious, which guide task it concerns, why
 * (source) and how to fix it. Every finding comes from a rule and carries that rule's stable id.
 */
// Prehashed: findings are shared across datasets and put in hash sets for every assessment, and
// hashing one means hashing its texts in both languages.
@Value.Immutable(prehash = true)
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  /**
   * The order findings are reported in: severity, then the guide's task order, then rule id, then
   * subject. It is total, so output never depends on the order rules fired in.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getSeverity)
          .thenComparingInt((Finding f) -> Guide.odis().order(f.getStep()))
          .thenComparing(Finding::getRuleId)
          .thenComparing(f -> f.getSubject() == null ? "" : f.getSubject());

  /** @return the id of the rule that made the finding, e.g. {@code PROT-001} */
  public abstract String getRuleId();

  /** @return how serious it is */
  public abstract Severity getSeverity();

  /** @return the guide task the finding concerns, canonical id, e.g. {@code B.2.2.1} */
  public abstract String getStep();

  /** @return the gate the finding blocks or concerns, if any */
  public abstract @Nullable Gate getGate();

  /** @return a short title in Swedish and English */
  public abstract LocalizedText getTitle();

  /** @return what was found, in Swedish and English */
  public abstract LocalizedText getMessage();

  /** @return how to fix it, in Swedish and English */
  public abstract LocalizedText getRemedy();

  /** @return the legal or standard source, e.g. "Dataskyddsförordningen (EU) 2016/679 art. 4.1" */
  public abstract @Nullable String getSource();

  /** @return what the finding is about: a fact name or JSON pointer, e.g. {@code /distributions/0} */
  public abstract @Nullable String getSubject();

  /**
   * Tells whether this blocker forbids publication as the record stands, rather than waiting for
   * work not yet done: its rule says a known fact rules publication out (secrecy, a licence that is
   * not open, non-public access, contradictory facts, a decision taken before its groundwork), or
   * the gate it stands at was passed in spite of it (the gate's task is recorded done). A dataset
   * with such a blocker is {@link Verdict#BLOCKED}; see docs/json-output.md.
   *
   * @return true for a blocker that forbids publication; false for any other finding
   */
  @Value.Default
  public boolean isForbidsPublication() {
    return false;
  }
}
