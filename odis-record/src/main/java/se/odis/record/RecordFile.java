package se.odis.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.Nullable;
import se.odis.model.TaskStatus;

/**
 * One dataset file of a coordinator's record: the dataset as the strict reader reads it, together
 * with the JSON the file holds, so that an edit changes that one value and nothing else — no field
 * the model leaves out ({@code null} slots, {@code $schema}, the tasks' titles) is dropped, nothing
 * is reordered, numbers keep their written form.
 *
 * <p>Every edit returns a new file that has passed the strict reader ({@link DatasetReader}): a
 * value the reader would refuse in the file is refused by the edit, with the reader's own message
 * and the field's JSON pointer, e.g. {@code parkering.json: /personalData/status: "NONEE" is not
 * allowed (did you mean 'NONE'?); expected one of NONE, PRESENT, SENSITIVE, UNKNOWN}. The text is
 * written in the record's one layout (two-space indents, fields in the guide's order, one list
 * element per line), so a version-control diff of an edit shows only the edit.
 *
 * <pre>{@code
 * RecordFile f = RecordFile.read(Path.of("parkering.json"))
 *     .set("personalData.status", "NONE")
 *     .progress("B.1.1.2", TaskStatus.DONE, LocalDate.now(), "Dataskyddsombudet", null);
 * f.write(Path.of("parkering.json"));   // atomic: the old file or the new one, never half of either
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordFile {
  private final String source;
  private final @Nullable String original;
  private final @Nullable ObjectNode originalTree;
  private final ObjectNode tree;
  private final Dataset dataset;

  private RecordFile(String source, @Nullable String original, @Nullable ObjectNode originalTree, ObjectNode tree,
      Dataset dataset) {
    this.source = source;
    this.original = original;
    this.originalTree = originalTree;
    this.tree = tree;
    this.dataset = dataset;
  }

  /**
   * Reads a dataset file strictly.
   *
   * @param file the file
   * @return the file
   * @throws InvalidInputException if it cannot be read or is not a valid dataset (the reader's
   *     problem, with line and column)
   */
  public static RecordFile read(Path file) throws InvalidInputException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      // The strict reader checks the encoding and the size, and says where a problem is.
      Dataset d = DatasetReader.strict().read(new java.io.ByteArrayInputStream(bytes), file.toString());
      text = new String(bytes, StandardCharsets.UTF_8);
      ObjectNode tree = Layout.tree(text);
      return new RecordFile(file.toString(), text, tree, tree.deepCopy(), d);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, "", "no such file", "a dataset file"), e);
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "is a directory" : "cannot be read: " + e.getMessage();
      throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, "", why, "a dataset file"), e);
    }
  }

  /**
   * Reads a dataset from JSON text strictly.
   *
   * @param json the text
   * @param source a label for problems, such as the file name
   * @return the file
   * @throws InvalidInputException if the text is not a valid dataset
   */
  public static RecordFile parse(String json, String source) throws InvalidInputException {
    Dataset d = DatasetReader.strict().read(json, source);
    ObjectNode tree = Layout.tree(json);
    return new RecordFile(source, json, tree, tree.deepCopy(), d);
  }

  /**
   * A new file for a dataset, as {@code odis init} writes it: every fact that decides
   * publishability present and {@code UNKNOWN}, every other field an empty slot, and every task of
   * the guide listed with its text as {@code NOT_STARTED}.
   *
   * @param id the dataset's id
   * @param title its Swedish title, or null
   * @param source a label for problems, such as the file to be written
   * @return the file, not yet written
   * @throws InvalidInputException if the id or title is one the reader refuses (the problem's
   *     pointer is {@code /id} or {@code /title/sv})
   */
  public static RecordFile starter(String id, @Nullable String title, String source) throws InvalidInputException {
    return validated(source, null, null, Skeleton.of(Objects.requireNonNull(id, "id"), title));
  }

  /** @return the source label: the file as given, or the label given to {@link #parse} */
  public String source() {
    return source;
  }

  /** @return the dataset, as the strict reader reads the current text */
  public Dataset dataset() {
    return dataset;
  }

  /** @return the file's text in the record's layout, ending in a newline */
  public String text() {
    return Layout.text(tree);
  }

  /**
   * @return true if the file holds other JSON than the text read (always true for a new file); a
   *     text read in another layout, with the same content, is not changed
   */
  public boolean isChanged() {
    return originalTree == null || !originalTree.equals(tree);
  }

  /**
   * Sets a field to a value given as text, as on the command line: text for texts, codes and
   * dates; {@code true}/{@code false} and numbers where the field holds them; a list from
   * comma-separated items or from a JSON array ({@code ["a, b", "c"]}); an object only as JSON.
   *
   * @param field e.g. {@code licence}, {@code roles.owner}, {@code personalData.status},
   *     {@code title.sv}, {@code distributions.0.format}, or a JSON pointer
   * @param value the value
   * @return the edited file
   * @throws InvalidInputException if the field does not exist (with the nearest name), is
   *     {@code progress} or {@code imported}, or the value is one the reader refuses there
   */
  public RecordFile set(String field, String value) throws InvalidInputException {
    Objects.requireNonNull(value, "value");
    Paths.Field f = settable(field);
    return put(f, Edits.fromText(f, value, source));
  }

  /**
   * Sets a field to a value given as JSON, e.g. {@code {"name": "Exempelkommun", "type":
   * "LocalAuthority"}} for {@code publisher}, or {@code null}.
   *
   * @param field the field, as for {@link #set}
   * @param json the value as JSON
   * @return the edited file
   * @throws InvalidInputException if the field does not exist, the value is not JSON, or the
   *     reader refuses it there
   */
  public RecordFile setJson(String field, String json) throws InvalidInputException {
    Objects.requireNonNull(json, "json");
    Paths.Field f = settable(field);
    return put(f, Edits.fromJson(f, json, source));
  }

  /**
   * Empties a field: a list becomes {@code []}, a fact {@code UNKNOWN}, a field that may be null
   * {@code null}; any other field is left out. A list element is removed.
   *
   * @param field the field, as for {@link #set}
   * @return the edited file
   * @throws InvalidInputException if the field does not exist, or the result is not valid (a
   *     required field)
   */
  public RecordFile unset(String field) throws InvalidInputException {
    Paths.Field f = settable(field);
    ObjectNode copy = tree.deepCopy();
    Edits.unset(copy, f);
    return validated(source, original, originalTree, copy);
  }

  /**
   * Records the progress of a guide task. The entry keeps what it had unless replaced here, and
   * gets the task's text (the guide's Swedish) if it lacks one.
   *
   * @param task the task id in either style, e.g. {@code A.3.3.1} or {@code A3.3.1}
   * @param status the new status
   * @param date when the status was reached, or null to leave the entry's date as it is
   * @param by who did or decided it; null leaves it as it is, an empty text removes it
   * @param note a note, e.g. a decision's reference; null leaves it, an empty text removes it
   * @return the edited file
   * @throws InvalidInputException if the guide has no such task, the task always applies and is
   *     marked {@code NOT_APPLICABLE} (with the reason), or the reader refuses a value
   */
  public RecordFile progress(String task, TaskStatus status, @Nullable LocalDate date, @Nullable String by,
      @Nullable String note) throws InvalidInputException {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(status, "status");
    ObjectNode copy = tree.deepCopy();
    Edits.progress(copy, task, status, date, by, note, source);
    return validated(source, original, originalTree, copy);
  }

  /**
   * Writes the file atomically: the target is replaced in one step by a complete file, so a
   * failure or a killed process leaves it as it was. A file read from the target that has changed
   * on disk since is not overwritten.
   *
   * @param target the file to write
   * @throws IOException if it cannot be written, or the target changed since this file was read
   *     from it; the target is then untouched
   */
  public void write(Path target) throws IOException {
    if (original != null && target.toString().equals(source) && Files.exists(target)) {
      String now = Files.readString(target, StandardCharsets.UTF_8);
      if (!now.equals(original)) {
        throw new IOException(target + " changed on disk since it was read; nothing was written, run again");
      }
    }
    AtomicFiles.replace(target, text());
  }

  /** Records a task's progress as exactly this: a null date, who or note is removed. */
  RecordFile progressExactly(String task, TaskStatus status, @Nullable LocalDate date, @Nullable String by,
      @Nullable String note) throws InvalidInputException {
    ObjectNode copy = tree.deepCopy();
    Edits.progress(copy, task, status, date, by, note, true, source);
    return validated(source, original, originalTree, copy);
  }

  /** @return the JSON the file holds at a pointer (a copy), or a missing node */
  JsonNode at(String pointer) {
    return tree.at(pointer).deepCopy();
  }

  /** @return a copy of the file's tree */
  ObjectNode tree() {
    return tree.deepCopy();
  }

  /** @return a file for an edited tree, if the strict reader takes it */
  RecordFile with(ObjectNode edited) throws InvalidInputException {
    return validated(source, original, originalTree, edited);
  }

  private Paths.Field settable(String field) throws InvalidInputException {
    Objects.requireNonNull(field, "field");
    Edits.checkSettable(field, source);
    return Paths.field(field, source);
  }

  private RecordFile put(Paths.Field f, JsonNode value) throws InvalidInputException {
    ObjectNode copy = tree.deepCopy();
    Edits.put(copy, f, value, source);
    return validated(source, original, originalTree, copy);
  }

  /**
   * Reads an edited tree back strictly. The reader's problem is kept word for word; only its line
   * and column, which point into a text the user never saw, are left out.
   */
  static RecordFile validated(String source, @Nullable String original, @Nullable ObjectNode originalTree,
      ObjectNode tree) throws InvalidInputException {
    String text = Layout.text(tree);
    try {
      return new RecordFile(source, original, originalTree, tree, DatasetReader.strict().read(text, source));
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      throw new InvalidInputException(
          new InputProblem(source, 0, 0, p.getPointer(), p.getProblem(), p.getExpected()), e.getCause());
    }
  }
}
