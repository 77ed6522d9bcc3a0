package se.odis.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a task of the guide, in canonical form ({@code A.3.3.1}). It can only be made for a
 * task that exists, so a progress entry for a mistyped task is an input error, not an ignored key.
 * Ordered as the guide orders its tasks.
 */
public final class TaskId implements Comparable<TaskId> {
  private final String id;
  private final int order;

  private TaskId(String id, int order) {
    this.id = id;
    this.order = order;
  }

  /**
   * Makes a task id from either id style.
   *
   * @param id e.g. {@code A.3.3.1} or {@code A3.3.1}
   * @return the task id
   * @throws IllegalArgumentException if the guide has no such task
   */
  @JsonCreator
  public static TaskId of(String id) {
    TaskId cached = id == null ? null : Cache.BY_ID.get(id);
    if (cached != null) return cached;
    Guide guide = Guide.odis();
    GuideTask task = guide.task(id).orElse(null);
    if (task == null) {
      String canonical = Guide.canonicalId(id).orElse(null);
      String what =
          canonical != null && guide.contains(canonical)
              ? "'" + id + "' is a phase, stage or activity, not a task"
              : "'" + id + "' is not a task of the guide";
      throw new IllegalArgumentException(
          what + "; expected a task id from A.1.1.1 to C.3.1.5, e.g. \"A.3.3.1\"");
    }
    return Cache.BY_ID.get(task.getId());
  }

  /** One instance per task of the guide, made once: ids are looked up on every assessment. */
  private static final class Cache {
    static final java.util.Map<String, TaskId> BY_ID;

    static {
      java.util.Map<String, TaskId> m = new java.util.HashMap<>();
      java.util.List<GuideTask> tasks = Guide.odis().getTasks();
      for (int i = 0; i < tasks.size(); i++) m.put(tasks.get(i).getId(), new TaskId(tasks.get(i).getId(), i));
      BY_ID = java.util.Collections.unmodifiableMap(m);
    }
  }

  /** @return the canonical id, e.g. {@code A.3.3.1} */
  @JsonValue
  public String getId() {
    return id;
  }

  /** @return the guide task */
  public GuideTask getTask() {
    return Guide.odis().getTasks().get(order);
  }

  @Override
  public int compareTo(TaskId o) {
    return Integer.compare(order, o.order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskId && ((TaskId) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
