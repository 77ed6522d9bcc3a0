package se.odis.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.RdfSyntax;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.report.Origin;

/**
 * The datasets of {@code odis assess FILE…}, in a stable order, one at a time: files in the order
 * given, directories walked recursively in name order ({@link DirectoryWalk}), NDJSON read line by
 * line ({@link NdjsonLines}) and JSON arrays element by element ({@link ArrayElements}), so that a
 * portfolio of any size is never held in memory. A catalogue ({@code --from dcat|ckan}) is
 * imported whole and handed out dataset by dataset ({@link CatalogueInputs}). This class only
 * tells which of those each argument and file is.
 *
 * <p>An input that cannot be read never stops the others: it becomes a {@link Pending} that fails
 * with an {@link InputProblem} naming the file, line and column. Not thread-safe: one thread
 * iterates; the {@code Pending}s it hands out may be loaded on any thread.
 */
final class Inputs extends Lookahead<Pending> implements Closeable {
  /** The argument that stands for standard input. */
  static final String STDIN = "-";
  /** How standard input is named in reports. */
  static final String STDIN_LABEL = "<stdin>";

  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  /**
   * What is left to read, innermost first. Each iterator yields arguments ({@link String}), files
   * to read ({@link Path}, from a directory walk) or datasets ({@link Pending}).
   */
  private final Deque<Iterator<?>> stack = new ArrayDeque<>();
  private final Deque<Closeable> open = new ArrayDeque<>();
  private final From from;
  private final RdfSyntax syntax;
  private final InputStream stdin;
  private final CatalogueInputs catalogues;
  private final SeenFiles seen;
  private final BytesRead bytes;

  /**
   * @param args the FILE arguments: files, directories, URLs (of catalogues) or {@code -}
   * @param from the kind of input
   * @param syntax the RDF syntax of DCAT catalogue files, or null to tell it from each one's content
   * @param stdin standard input, read if an argument is {@code -}
   * @param catalogues told every catalogue imported (with its notes about the source as a whole),
   *     in input order, on the thread that iterates
   * @param notes told, with the path concerned, what a person should know about the inputs found
   *     (in English): a file or directory reached a second time, which is not read again
   */
  Inputs(List<String> args, From from, RdfSyntax syntax, InputStream stdin,
      CatalogueInputs.Told catalogues, BiConsumer<String, String> notes) {
    this(args, from, syntax, stdin, catalogues, notes, null);
  }

  /**
   * @param readAhead the first catalogue file's import, begun earlier ({@link ReadAhead}), or null
   */
  Inputs(List<String> args, From from, RdfSyntax syntax, InputStream stdin,
      CatalogueInputs.Told catalogues, BiConsumer<String, String> notes, ReadAhead readAhead) {
    this.from = Objects.requireNonNull(from, "from");
    this.syntax = syntax;
    this.stdin = stdin;
    this.catalogues = new CatalogueInputs(from, syntax, catalogues, readAhead);
    this.seen = new SeenFiles(Objects.requireNonNull(notes, "notes"));
    this.bytes = BytesRead.of(args);
    stack.push(new ArrayList<Object>(args).iterator());
  }

  /**
   * Tells whether the arguments are one ODIS dataset file, to be reported as before portfolios
   * existed: one argument, a file (or a name that does not exist, which is then an error), and
   * neither an array nor NDJSON.
   */
  static boolean isSingle(List<String> args, From from) {
    if (args.size() != 1 || from != From.ODIS || args.get(0).equals(STDIN) || isUrl(args.get(0))) return false;
    Path p = Path.of(args.get(0));
    if (Files.isDirectory(p)) return false;
    if (!Files.isRegularFile(p)) return true;
    if (InputKind.byName(p.toString()) != null) return false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 8192)) {
      return InputKind.sniff(in) == InputKind.SINGLE;
    } catch (IOException e) {
      return true; // the strict reader reports it
    }
  }

  /** @return true for an argument written as a URL ({@code scheme://…}), which is never a file name here */
  static boolean isUrl(String arg) {
    return URL.matcher(arg).lookingAt();
  }

  /** @return the problem named by {@code label} (the input as the user gave it) */
  static InputProblem relabel(InputProblem p, String label) {
    if (p.getSource().equals(label)) return p;
    return new InputProblem(label, p.getLine(), p.getColumn(), p.getPointer(), p.getProblem(), p.getExpected());
  }

  /** @return the bytes of the named files read so far, for a progress bar */
  long bytesDone() {
    return bytes.done();
  }

  /** @return the total size of the named files, or -1 if not known (a directory, standard input) */
  long bytesTotal() {
    return bytes.total();
  }

  @Override
  Pending advance() {
    while (!stack.isEmpty()) {
      Iterator<?> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Object o = top.next();
      if (o instanceof Pending) return (Pending) o;
      if (o instanceof Path) expandFile((Path) o, o.toString());
      else expandArgument((String) o);
    }
    return null;
  }

  @Override
  public void close() {
    while (!open.isEmpty()) {
      try {
        open.pop().close();
      } catch (IOException e) {
        // nothing more can go wrong with an input we have finished reading
      }
    }
  }

  private void expandArgument(String arg) {
    if (arg.equals(STDIN)) {
      expandStream(new BufferedInputStream(nonClosing(stdin), 1 << 16), STDIN_LABEL, null);
      return;
    }
    if (isUrl(arg)) {
      if (from == From.ODIS) {
        push(Pending.failing(new InputProblem(arg, 0, 0, "", "a URL is read only as a catalogue",
            "--from dcat or --from ckan with a URL, or a file")));
      } else {
        stack.push(catalogues.fetch(arg));
      }
      return;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      if (seen.firstTime(p, null)) stack.push(new DirectoryWalk(p, from, syntax, seen));
    } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      push(Pending.failing(new InputProblem(arg, 0, 0, "", "no such file or directory",
          from == From.DCAT ? "a catalogue file or a directory of them"
              : "a JSON file, an NDJSON file or a directory of them")));
    } else if (seen.firstTime(p, null)) {
      expandFile(p, arg);
    }
  }

  private void push(Pending p) {
    stack.push(List.of(p).iterator());
  }

  private void expandFile(Path file, String label) {
    if (from != From.ODIS) {
      stack.push(catalogues.read(file, label));
      bytes.addFile(file);
      return;
    }
    InputKind kind = InputKind.byName(label);
    try {
      BufferedInputStream in = new BufferedInputStream(bytes.counting(Files.newInputStream(file)), 1 << 16);
      open.push(in);
      if (kind == null) kind = InputKind.sniff(in);
      if (kind == InputKind.SINGLE) {
        in.close();
        open.remove(in);
        bytes.addFile(file);
        push(() -> {
          try {
            return new DatasetInput(DatasetReader.strict().read(file), Origin.of(label), List.of());
          } catch (InvalidInputException e) {
            throw new InvalidInputException(relabel(e.getProblem(), label), e.getCause());
          }
        });
        return;
      }
      expandStream(in, label, kind);
    } catch (NoSuchFileException e) {
      push(Pending.failing(new InputProblem(label, 0, 0, "", "no such file", "a readable JSON file")));
    } catch (IOException e) {
      push(Pending.failing(new InputProblem(label, 0, 0, "", "cannot read the file: " + e.getMessage(), null)));
    }
  }

  /** An ODIS JSON stream (or standard input as a catalogue): sniffed unless its kind is known. */
  private void expandStream(BufferedInputStream in, String label, InputKind known) {
    try {
      if (!open.contains(in)) open.push(in);
      if (from != From.ODIS) {
        // Standard input as a catalogue; without --input-format, its content tells the syntax.
        stack.push(catalogues.read(in.readAllBytes(), label));
        return;
      }
      InputKind kind = known != null ? known : InputKind.sniff(in);
      switch (kind) {
        case NDJSON:
          stack.push(new NdjsonLines(in, label));
          break;
        case ARRAY:
          ArrayElements elements = new ArrayElements(in, label);
          open.push(elements);
          stack.push(elements);
          break;
        default:
          byte[] content = in.readAllBytes();
          in.close();
          open.remove(in);
          push(() -> new DatasetInput(DatasetReader.strict().read(new ByteArrayInputStream(content), label),
              Origin.of(label), List.of()));
      }
    } catch (IOException e) {
      push(Pending.failing(new InputProblem(label, 0, 0, "", "cannot read: " + e.getMessage(), null)));
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // standard input stays open
      }
    };
  }
}
