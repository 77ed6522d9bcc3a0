package se.odis.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The ÖDIS guide "Guide för att publicera och förvalta öppna data" as data: 3 phases, 9 stages,
 * 20 activities and 56 tasks, each with its Swedish text verbatim and an English translation.
 *
 * <p>The guide prints ids in two styles ({@code A1.1} and {@code B.1.1}); every look-up here
 * accepts both, and every id this class returns is canonical: phase {@code A}, stage {@code A1},
 * activity {@code A.1.1}, task {@code A.1.1.1}.
 *
 * <p>Immutable and thread-safe; {@link #odis()} returns the one shared instance.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuide.class)
@JsonDeserialize(as = ImmutableGuide.class)
public abstract class Guide {
  private static final Pattern ID =
      Pattern.compile("([ABCabc])(?:\\.?([1-9])(?:\\.([1-9])(?:\\.([1-9]))?)?)?");

  /** @return the guide's title */
  public abstract String getTitle();

  /** @return the phases, in order */
  public abstract List<GuidePhase> getPhases();

  /**
   * Returns the guide bundled with ODIS.
   *
   * @return the shared guide
   */
  public static Guide odis() {
    return Holder.GUIDE;
  }

  /** @return every stage, in the guide's order */
  @Value.Derived
  @Value.Auxiliary
  public List<GuideStage> getStages() {
    List<GuideStage> out = new ArrayList<>();
    getPhases().forEach(p -> out.addAll(p.getStages()));
    return Collections.unmodifiableList(out);
  }

  /** @return every activity, in the guide's order */
  @Value.Derived
  @Value.Auxiliary
  public List<GuideActivity> getActivities() {
    List<GuideActivity> out = new ArrayList<>();
    getStages().forEach(s -> out.addAll(s.getActivities()));
    return Collections.unmodifiableList(out);
  }

  /** @return every task, in the guide's order */
  @Value.Derived
  @Value.Auxiliary
  public List<GuideTask> getTasks() {
    List<GuideTask> out = new ArrayList<>();
    getActivities().forEach(a -> out.addAll(a.getTasks()));
    return Collections.unmodifiableList(out);
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Object> index() {
    Map<String, Object> byId = new LinkedHashMap<>();
    for (GuidePhase p : getPhases()) {
      byId.put(p.getId(), p);
      for (GuideStage s : p.getStages()) {
        byId.put(s.getId(), s);
        for (GuideActivity a : s.getActivities()) {
          byId.put(a.getId(), a);
          for (GuideTask t : a.getTasks()) {
            byId.put(t.getId(), t);
          }
        }
      }
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Puts an id in canonical form, whichever style it was written in: {@code a3.3.1},
   * {@code A3.3.1} and {@code A.3.3.1} all give {@code A.3.3.1}; {@code A.1} and {@code A1} give
   * {@code A1}; {@code A1.1} gives {@code A.1.1}. It does not check that the id exists.
   *
   * @param id an id in either style
   * @return the canonical id, or empty if the text is not shaped like a guide id
   */
  public static Optional<String> canonicalId(String id) {
    if (id == null) return Optional.empty();
    Matcher m = ID.matcher(id.strip());
    if (!m.matches()) return Optional.empty();
    String phase = m.group(1).toUpperCase(java.util.Locale.ROOT);
    if (m.group(2) == null) return Optional.of(phase);
    if (m.group(3) == null) return Optional.of(phase + m.group(2));
    if (m.group(4) == null) return Optional.of(phase + "." + m.group(2) + "." + m.group(3));
    return Optional.of(phase + "." + m.group(2) + "." + m.group(3) + "." + m.group(4));
  }

  private <T> Optional<T> find(String id, Class<T> type) {
    if (id == null) return Optional.empty();
    // Canonical ids (the common case, and every id ODIS itself produces) need no parsing.
    Object direct = index().get(id);
    if (direct != null) return type.isInstance(direct) ? Optional.of(type.cast(direct)) : Optional.empty();
    return canonicalId(id).map(index()::get).filter(type::isInstance).map(type::cast);
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> taskOrder() {
    Map<String, Integer> order = new java.util.HashMap<>();
    List<GuideTask> tasks = getTasks();
    for (int i = 0; i < tasks.size(); i++) order.put(tasks.get(i).getId(), i);
    return Collections.unmodifiableMap(order);
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> stageOrderIndex() {
    Map<String, Integer> order = new java.util.HashMap<>();
    List<GuideStage> stages = getStages();
    for (int i = 0; i < stages.size(); i++) order.put(stages.get(i).getId(), i);
    return Collections.unmodifiableMap(order);
  }

  /**
   * @param id a phase id, e.g. {@code B}
   * @return the phase, or empty if there is none
   */
  public Optional<GuidePhase> phase(String id) {
    return find(id, GuidePhase.class);
  }

  /**
   * @param id a stage id in either style, e.g. {@code B1} or {@code B.1}
   * @return the stage, or empty if there is none
   */
  public Optional<GuideStage> stage(String id) {
    return find(id, GuideStage.class);
  }

  /**
   * @param id an activity id in either style, e.g. {@code A3.3} or {@code A.3.3}
   * @return the activity, or empty if there is none
   */
  public Optional<GuideActivity> activity(String id) {
    return find(id, GuideActivity.class);
  }

  /**
   * @param id a task id in either style, e.g. {@code A.3.3.1} or {@code A3.3.1}
   * @return the task, or empty if there is none
   */
  public Optional<GuideTask> task(String id) {
    return find(id, GuideTask.class);
  }

  /**
   * Tells whether an id names a phase, stage, activity or task of the guide.
   *
   * @param id an id in either style
   * @return true if the guide has it
   */
  public boolean contains(String id) {
    return canonicalId(id).map(index()::containsKey).orElse(false);
  }

  /**
   * Returns the position of a task in the guide's order, for sorting.
   *
   * @param taskId a task id in either style
   * @return 0 for A.1.1.1 up to 55 for C.3.1.5, or -1 if there is no such task
   */
  public int order(String taskId) {
    Integer direct = taskId == null ? null : taskOrder().get(taskId);
    if (direct != null) return direct;
    return task(taskId).map(t -> taskOrder().get(t.getId())).orElse(-1);
  }

  /**
   * Returns the position of a stage in the guide's order.
   *
   * @param stageId a stage id in either style
   * @return 0 for A1 up to 8 for C3, or -1 if there is no such stage
   */
  public int stageOrder(String stageId) {
    Integer direct = stageId == null ? null : stageOrderIndex().get(stageId);
    if (direct != null) return direct;
    return stage(stageId).map(s -> stageOrderIndex().get(s.getId())).orElse(-1);
  }

  private static final class Holder {
    static final Guide GUIDE = load();

    private static Guide load() {
      // Read as a tree and built by hand: binding through bean introspection costs a good part of
      // a command's start-up, and this file is ODIS's own (GuideTest checks it against the seed).
      ObjectMapper mapper = OdisJson.mapper();
      try (InputStream in = Guide.class.getResourceAsStream("guide.json")) {
        if (in == null) throw new IllegalStateException("guide.json is missing from odis-model");
        return fromTree(mapper.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("guide.json in odis-model cannot be read", e);
      }
    }

    private static Guide fromTree(com.fasterxml.jackson.databind.JsonNode root) {
      ImmutableGuide.Builder guide = ImmutableGuide.builder().title(text(root, "title"));
      for (com.fasterxml.jackson.databind.JsonNode p : root.get("phases")) {
        ImmutableGuidePhase.Builder phase = ImmutableGuidePhase.builder()
            .id(text(p, "id")).sv(text(p, "sv")).en(text(p, "en"));
        for (com.fasterxml.jackson.databind.JsonNode s : p.get("stages")) {
          ImmutableGuideStage.Builder stage = ImmutableGuideStage.builder()
              .id(text(s, "id")).sv(text(s, "sv")).en(text(s, "en"));
          for (com.fasterxml.jackson.databind.JsonNode a : s.get("activities")) {
            ImmutableGuideActivity.Builder activity = ImmutableGuideActivity.builder()
                .id(text(a, "id")).sv(text(a, "sv")).en(text(a, "en"));
            for (com.fasterxml.jackson.databind.JsonNode t : a.get("tasks")) {
              ImmutableGuideTask.Builder task = ImmutableGuideTask.builder()
                  .id(text(t, "id")).sv(text(t, "sv")).en(text(t, "en"))
                  .condition(ConditionKind.valueOf(text(t, "condition")));
              com.fasterxml.jackson.databind.JsonNode decisive = t.get("decisive");
              if (decisive != null) task.decisive(decisive.asBoolean());
              com.fasterxml.jackson.databind.JsonNode c = t.get("conditionText");
              if (c != null) task.conditionText(LocalizedText.of(text(c, "sv"), text(c, "en")));
              activity.addTasks(task.build());
            }
            stage.addActivities(activity.build());
          }
          phase.addStages(stage.build());
        }
        guide.addPhases(phase.build());
      }
      return guide.build();
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
      com.fasterxml.jackson.databind.JsonNode v = node.get(field);
      if (v == null || !v.isTextual()) {
        throw new IllegalStateException("guide.json: '" + field + "' missing or not a string in " + node);
      }
      return v.asText();
    }
  }
}
