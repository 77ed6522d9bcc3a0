package se.odis.rules;

import java.util.List;
import java.util.Objects;
import se.odis.model.LocalizedText;
import se.odis.model.Nullable;

/**
 * A rule that states when guide tasks apply: its {@code @applies("B.3.1.4")} names the tasks, its
 * condition says when, and its consequence {@code findings.applies(drools)} records that they do
 * for the dataset it matched. A task that some applicability rule in force names applies only
 * when one of them holds (or the coordinator has started it); a task no rule names always
 * applies. These rules run before every other rule, so that all see which tasks apply. Immutable.
 *
 * <pre>
 * rule "Lagras i portalen"
 *   &#64;id("APPL-002") &#64;applies("B.2.1.3 B.2.1.4")
 * when
 *   AssessmentContext(dataset.storage == Storage.PORTAL)
 * then
 *   findings.applies(drools);
 * end
 * </pre>
 */
public final class ApplicabilityRule {
  private final String id;
  private final String ruleName;
  private final String packageName;
  private final List<String> tasks;
  private final LocalizedText title;
  private final LocalizedText intent;
  private final String origin;
  private final boolean failClosed;
  /** The tasks' positions in the guide's order. */
  final int[] taskOrders;

  ApplicabilityRule(String id, String ruleName, String packageName, List<String> tasks, int[] taskOrders,
      LocalizedText title, @Nullable LocalizedText intent, String origin, boolean failClosed) {
    this.id = Objects.requireNonNull(id);
    this.ruleName = ruleName;
    this.packageName = packageName;
    this.tasks = List.copyOf(tasks);
    this.taskOrders = taskOrders.clone();
    this.title = title;
    this.intent = intent;
    this.origin = origin;
    this.failClosed = failClosed;
  }

  /** @return the stable rule id, e.g. {@code APPL-002} */
  public String getId() {
    return id;
  }

  /** @return the rule's name in its DRL file */
  public String getRuleName() {
    return ruleName;
  }

  /** @return the DRL package */
  public String getPackageName() {
    return packageName;
  }

  /** @return the guide tasks the rule says apply, canonical ids in the guide's order */
  public List<String> getTasks() {
    return tasks;
  }

  /** @return the condition in a few words, in Swedish and English */
  public LocalizedText getTitle() {
    return title;
  }

  /** @return why the tasks apply then, in Swedish and English, or null if the rule does not say */
  public @Nullable LocalizedText getIntent() {
    return intent;
  }

  /** @return where the rule came from: {@code built-in}, a file path or a Maven artifact */
  public String getOrigin() {
    return origin;
  }

  /**
   * @return true for a condition that decides whether a decisive task applies (protective
   *     measures when there is anything to protect): it can be neither disabled nor replaced
   */
  public boolean isFailClosed() {
    return failClosed;
  }

  @Override
  public String toString() {
    return id + " " + tasks;
  }
}
