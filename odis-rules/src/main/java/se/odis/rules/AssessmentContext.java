package se.odis.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.odis.model.Audience;
import se.odis.model.ContactPoint;
import se.odis.model.DataService;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.Finding;
import se.odis.model.Frequency;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.HvdCategory;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;
import se.odis.model.MetadataScore;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;

/**
 * A rule fact: what the assessment knows beyond the dataset's own facts — the day it is made for,
 * how far the work has come, and summaries of the distributions — together with the dataset
 * itself. Rules must take "today" from here, never from the clock, so that results are
 * reproducible.
 *
 * <p>One session of ODIS's rules assesses many datasets. A rule matches one dataset's context
 * ({@code AssessmentContext(dataset.secrecy == Secrecy.UNKNOWN)}) and joins that dataset's other
 * facts through it, an equality the engine indexes: {@code $c : AssessmentContext(hvd)} then
 * {@code not DistributionFact(context == $c, api)}. So no rule can mix two datasets' facts.
 */
public final class AssessmentContext implements DatasetFact {
  private static final Guide GUIDE = Guide.odis();
  private static final int PUBLISH_TASK = GUIDE.order("C.1.1.3");

  private final Dataset dataset;
  private final LocalDate asOf;
  private final boolean phaseBStarted;
  private final boolean phaseCStarted;
  private final boolean published;
  private final Lifecycle status;
  private final TaskState[] tasks;
  private final List<TaskState> taskList;
  private final List<DistributionFact> distributions;
  private final List<LicenceFact> licences;
  private final MetadataScore metadataScore;
  private final boolean hvd;
  private final List<ContactPoint> contactPoints;
  /** The words of the keywords, lower case, made when a rule first asks. */
  private String[] keywordWords;
  /** Findings of this dataset, filled by {@link FindingSink} while the rules fire. */
  final List<Finding> findings = new ArrayList<>();

  /**
   * A context for one dataset, with no applicability rule applied: every task applies (as far as
   * the coordinator's "not applicable" allows). An {@link Assessor} makes its contexts with the
   * tasks its applicability rules govern, and judges them by those rules ({@link Assessor#tasks}).
   *
   * @param dataset the dataset (with any profile defaults applied)
   * @param asOf the day the assessment is made for
   */
  public AssessmentContext(Dataset dataset, LocalDate asOf) {
    this(dataset, asOf, NOT_GOVERNED);
  }

  private static final boolean[] NOT_GOVERNED = new boolean[GUIDE.getTasks().size()];

  /**
   * @param governed by task, in the guide's order: whether applicability rules in force state when
   *     it applies (it then applies only once one of them holds, {@link FindingSink#applies})
   */
  AssessmentContext(Dataset dataset, LocalDate asOf, boolean[] governed) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.status = dataset.getStatus();
    List<GuideTask> all = GUIDE.getTasks();
    this.tasks = new TaskState[all.size()];
    boolean b = false;
    boolean c = status != Lifecycle.PLANNED;
    TaskProgress[] recorded = new TaskProgress[tasks.length];
    for (Map.Entry<TaskId, TaskProgress> e : dataset.getProgress().entrySet()) {
      recorded[GUIDE.order(e.getKey().getTask().getId())] = e.getValue();
    }
    TaskProgress publishing = recorded[PUBLISH_TASK];
    boolean publishedByProgress = publishing != null && publishing.getStatus() == TaskStatus.DONE && !after(publishing, asOf);
    // One meaning of "published" for every rule: the data is out, by its status or by the record's
    // C.1.1.3 (publish data) — unless it has been withdrawn.
    this.published = status == Lifecycle.PUBLISHED || status == Lifecycle.DEPRECATED
        || (status == Lifecycle.PLANNED && publishedByProgress);
    for (int i = 0; i < tasks.length; i++) {
      GuideTask t = all.get(i);
      TaskProgress progress = recorded[i];
      TaskStatus taskStatus = progress == null ? TaskStatus.NOT_STARTED : progress.getStatus();
      boolean future = after(progress, asOf);
      TaskStatus effective = future && taskStatus == TaskStatus.DONE ? TaskStatus.IN_PROGRESS : taskStatus;
      tasks[i] = new TaskState(this, t, taskStatus, governed[i], progress, future);
      taskStatus = effective;
      if (taskStatus.isStarted()) {
        if (t.getPhaseId().equals("B")) b = true;
        if (t.getPhaseId().equals("C")) c = true;
      }
    }
    this.taskList = Collections.unmodifiableList(Arrays.asList(tasks));
    this.phaseBStarted = b;
    this.phaseCStarted = c;

    List<Distribution> ds = dataset.getDistributions();
    List<DistributionFact> dists = new ArrayList<>(ds.size());
    List<LicenceFact> lics = new ArrayList<>(ds.size() + 1);
    String datasetLicence = null;
    if (dataset.getLicence() != null && !dataset.getLicence().isBlank()) {
      LicenceFact l = new LicenceFact(Licence.parse(dataset.getLicence()), "/licence", this, null);
      datasetLicence = l.getId();
      lics.add(l);
    }
    for (int i = 0; i < ds.size(); i++) {
      DistributionFact f = new DistributionFact(i, ds.get(i), this);
      dists.add(f);
      if (f.isHasLicence()) {
        lics.add(new LicenceFact(Licence.parse(ds.get(i).getLicence()), "/distributions/" + i + "/licence", this, datasetLicence));
      }
    }
    this.distributions = Collections.unmodifiableList(dists);
    this.licences = Collections.unmodifiableList(lics);
    this.hvd = HvdCategory.isHighValue(dataset);
    List<ContactPoint> contacts = new ArrayList<>();
    if (dataset.getContactPoint() != null) contacts.add(dataset.getContactPoint());
    for (DataService s : dataset.getDataServices()) if (s.getContactPoint() != null) contacts.add(s.getContactPoint());
    this.contactPoints = Collections.unmodifiableList(contacts);
    this.metadataScore = MetadataQuality.score(dataset, dists);
  }

  private static boolean after(TaskProgress p, LocalDate day) {
    return p != null && p.getDate() != null && p.getDate().isAfter(day);
  }

  /** @return the tasks recorded done on a day after the assessment day (they count as in progress) */
  public List<TaskState> getFutureDatedTasks() {
    List<TaskState> out = null;
    for (TaskState t : tasks) {
      if (t.isFutureDated()) {
        if (out == null) out = new ArrayList<>();
        out.add(t);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * The earliest-dated task later in the guide than a given task that is dated before it: the work
   * a decision was to authorise, done before the decision's date.
   *
   * @param taskId a task id
   * @return that task's state, or null if the task has no date or no later task is dated before it
   */
  public TaskState laterTaskDatedBefore(String taskId) {
    int from = GUIDE.order(taskId);
    LocalDate day = tasks[from].getDate();
    if (day == null) return null;
    TaskState earliest = null;
    for (int i = from + 1; i < tasks.length; i++) {
      TaskState t = tasks[i];
      if (t.isStarted() && t.getDate() != null && t.getDate().isBefore(day)
          && (earliest == null || t.getDate().isBefore(earliest.getDate()))) {
        earliest = t;
      }
    }
    return earliest;
  }

  /**
   * The decisive tasks done and dated after a given task's date: groundwork finished after the
   * decision that should rest on it.
   *
   * @param taskId a task id
   * @return those tasks, in the guide's order; empty if the task has no date
   */
  public List<TaskState> decisiveTasksDatedAfter(String taskId) {
    int at = GUIDE.order(taskId);
    LocalDate day = tasks[at].getDate();
    if (day == null) return List.of();
    List<TaskState> out = null;
    for (int i = 0; i < tasks.length; i++) {
      TaskState t = tasks[i];
      if (i != at && t.isDecisive() && t.isDone() && t.getDate() != null && t.getDate().isAfter(day)) {
        if (out == null) out = new ArrayList<>();
        out.add(t);
      }
    }
    return out == null ? List.of() : out;
  }

  /** @return the decisive tasks that apply to the dataset and are not done, in the guide's order */
  public List<TaskState> getOutstandingDecisiveTasks() {
    List<TaskState> out = null;
    for (TaskState t : tasks) {
      if (t.isDecisive() && t.isOutstanding()) {
        if (out == null) out = new ArrayList<>();
        out.add(t);
      }
    }
    return out == null ? List.of() : out;
  }

  private final Map<String, List<TaskState>> named = new java.util.HashMap<>(4);

  /**
   * @param taskIds task ids separated by spaces, e.g. {@code "A.3.3.1 B.3.2.2"}
   * @return the states of those tasks, in the order given
   */
  public List<TaskState> tasks(String taskIds) {
    return named.computeIfAbsent(taskIds, ids -> {
      List<TaskState> out = new ArrayList<>();
      for (String id : ids.trim().split("\\s+")) out.add(task(id));
      return List.copyOf(out);
    });
  }

  /**
   * @return the day the data was published: the date of C.1.1.3 (publish data) if it is done and
   *     dated, else {@code issued} for a published dataset; null if neither is known
   */
  public LocalDate getPublishedOn() {
    TaskState t = tasks[PUBLISH_TASK];
    if (t.isDone() && t.getDate() != null) return t.getDate();
    return published ? dataset.getIssued() : null;
  }

  /** @return the dataset assessed */
  public Dataset getDataset() {
    return dataset;
  }

  /** @return the state of every task of the guide, in the guide's order */
  public List<TaskState> getTasks() {
    return taskList;
  }

  TaskState[] taskArray() {
    return tasks;
  }

  /**
   * @param taskId a task id in either style
   * @return the task's state
   * @throws IllegalArgumentException if the guide has no such task
   */
  public TaskState task(String taskId) {
    int i = GUIDE.order(taskId);
    if (i < 0) throw new IllegalArgumentException("the guide has no task " + taskId);
    return tasks[i];
  }

  /**
   * @param taskId a task id in either style
   * @return true if the task is done
   */
  public boolean isDone(String taskId) {
    return task(taskId).isDone();
  }

  /**
   * @param taskId a task id in either style
   * @return true if the task applies to this dataset and is not done
   */
  public boolean isOutstanding(String taskId) {
    return task(taskId).isOutstanding();
  }

  /**
   * @param stageId a stage id, e.g. {@code B2}
   * @return true if any task of the stage is in progress or done
   */
  public boolean isStageStarted(String stageId) {
    for (TaskState t : tasks) {
      if (t.isStarted() && t.getStage().equals(stageId)) return true;
    }
    return false;
  }

  /** @return the tasks that are marked not applicable although the guide has no condition on them */
  public List<TaskState> getUnconditionalTasksMarkedNotApplicable() {
    List<TaskState> out = null;
    for (TaskState t : tasks) {
      if (t.isMarkedNotApplicable() && !t.isConditional()) {
        if (out == null) out = new ArrayList<>();
        out.add(t);
      }
    }
    return out == null ? List.of() : out;
  }

  /** @return the distributions, as facts */
  public List<DistributionFact> getDistributions() {
    return distributions;
  }

  /** @return the dataset's licence and its distributions' licences, as facts */
  public List<LicenceFact> getLicences() {
    return licences;
  }

  /** @return the metadata quality score */
  public MetadataScore getMetadataScore() {
    return metadataScore;
  }

  /**
   * @return true if the dataset is a high-value dataset: it names an HVD category or cites
   *     Implementing Regulation (EU) 2023/138 ({@link HvdCategory#isHighValue})
   */
  public boolean isHvd() {
    return hvd;
  }

  /** @return every contact point stated: the dataset's and its data services' */
  public List<ContactPoint> getContactPoints() {
    return contactPoints;
  }

  /** @return this context: the dataset a context belongs to is its own */
  @Override
  public AssessmentContext getContext() {
    return this;
  }

  /** Parsed word lists of {@link #keywordsMatch}, by the text the rule gives (a handful of literals). */
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> WORD_LISTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Tells whether a word of the dataset's keywords is one of the given words. A word ending in
   * {@code *} is a stem: it matches any word that begins with it ({@code trafik*} matches
   * "trafikflöde", as Swedish compounds are written); any other matches only itself ({@code väg}
   * is not "vägledning"). Case is ignored; keywords are split into words at anything that is
   * not a letter or digit.
   *
   * @param words words and stems separated by spaces, e.g. {@code "trafik* parkering* väg"}
   * @return true if any keyword has such a word
   */
  public boolean keywordsMatch(String words) {
    String[] wanted = WORD_LISTS.computeIfAbsent(words, w -> w.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
    for (String word : keywordWords()) {
      for (String w : wanted) {
        int n = w.length() - 1;
        boolean stem = w.charAt(n) == '*';
        if (stem ? word.length() >= n && word.regionMatches(0, w, 0, n) : word.equals(w)) return true;
      }
    }
    return false;
  }

  private String[] keywordWords() {
    if (keywordWords == null) {
      List<String> out = new ArrayList<>();
      for (String k : dataset.getKeywords()) {
        for (String word : NOT_A_LETTER.split(k.toLowerCase(java.util.Locale.ROOT))) {
          if (!word.isEmpty()) out.add(word);
        }
      }
      keywordWords = out.toArray(new String[0]);
    }
    return keywordWords;
  }

  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^(mailto:)?[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /**
   * Tells whether a text can be an e-mail address ({@code name@domain.tld}, optionally with
   * {@code mailto:}). The pattern is compiled once: DRL's {@code matches} compiles it on every
   * evaluation.
   *
   * @param text a text
   * @return true if it has the shape of an e-mail address
   */
  public static boolean looksLikeEmail(String text) {
    return text != null && EMAIL.matcher(text).matches();
  }

  /** @return true if the target groups include an external one */
  public boolean isExternalAudience() {
    for (Audience a : dataset.getAudiences()) {
      if (a.getKind() == Audience.Kind.EXTERNAL) return true;
    }
    return false;
  }

  /** @return true if the target groups include an internal one */
  public boolean isInternalAudience() {
    for (Audience a : dataset.getAudiences()) {
      if (a.getKind() == Audience.Kind.INTERNAL) return true;
    }
    return false;
  }

  /** @return the day the assessment is made for */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** @return true if any task of phase B is in progress or done */
  public boolean isPhaseBStarted() {
    return phaseBStarted;
  }

  /** @return true if any task of phase C is in progress or done, or the dataset is not just planned */
  public boolean isPhaseCStarted() {
    return phaseCStarted;
  }

  /** @return the dataset's lifecycle status */
  public Lifecycle getStatus() {
    return status;
  }

  /**
   * Tells whether data last changed on a day is overdue for an update.
   *
   * @param modified when the data last changed; null gives false
   * @param frequency how often it should change; null or one without a maximum age gives false
   * @return true if {@code modified} plus the frequency's maximum age is before the assessment day
   */
  public boolean isOverdue(LocalDate modified, Frequency frequency) {
    if (modified == null || frequency == null || frequency.getMaxAge() == null) return false;
    return modified.plus(frequency.getMaxAge()).isBefore(asOf);
  }

  /**
   * @param day a day
   * @return whole days from {@code day} to the assessment day (negative if later)
   */
  public long daysSince(LocalDate day) {
    return java.time.temporal.ChronoUnit.DAYS.between(day, asOf);
  }

  /**
   * The one meaning of "published" for every rule: the data is out — its status is PUBLISHED or
   * DEPRECATED, or the record says C.1.1.3 (publish data) is done — and it has not been withdrawn.
   * A record whose C.1.1.3 is done while its status is PLANNED is published (rule PUB-001 reports
   * the mismatch).
   *
   * @return true if the dataset is published
   */
  public boolean isPublished() {
    return published;
  }
}
