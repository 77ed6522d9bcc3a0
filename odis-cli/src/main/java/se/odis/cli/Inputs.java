package se.odis.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiConsumer;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.dcat.CkanImporter;
import se.odis.dcat.DcatImporter;
import se.odis.dcat.FetchSettings;
import se.odis.dcat.ImportedDataset;
import se.odis.dcat.RdfSyntax;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.OdisJson;
import se.odis.report.Origin;

/**
 * The datasets of {@code odis assess FILE…}, in a stable order, one at a time: files in the order
 * given, directories walked recursively in name order, NDJSON read line by line and JSON arrays
 * element by element, so that a portfolio of any size is never held in memory. A catalogue
 * ({@code --from dcat|ckan}) is imported whole and handed out dataset by dataset.
 *
 * <p>An input that cannot be read never stops the others: it becomes a {@link Pending} that fails
 * with an {@link InputProblem} naming the file, line and column. Not thread-safe: one thread
 * iterates; the {@code Pending}s it hands out may be loaded on any thread.
 */
final class Inputs implements Iterator<Pending>, Closeable {
  /** The argument that stands for standard input. */
  static final String STDIN = "-";
  /** How standard input is named in reports. */
  static final String STDIN_LABEL = "<stdin>";

  private final Deque<Iterator<?>> stack = new ArrayDeque<>();
  private final Deque<Closeable> open = new ArrayDeque<>();
  private final From from;
  private final RdfSyntax syntax;
  private final InputStream stdin;
  private final BiConsumer<String, CatalogImport> catalogues;
  private final BiConsumer<String, String> notes;
  /** Files and directories read so far, by their identity on disk, with the path first read by. */
  private final Map<Object, Path> seen = new HashMap<>();
  private Pending next;
  private long bytesDone;
  private final long bytesTotal;

  /**
   * @param args the FILE arguments: files, directories, or {@code -}
   * @param from the kind of input
   * @param syntax the RDF syntax of DCAT catalogue files, or null to tell it from each one's content
   * @param stdin standard input, read if an argument is {@code -}
   * @param catalogues told every catalogue imported (with its notes about the source as a whole),
   *     in input order, on the thread that iterates
   * @param notes told, with the path concerned, what a person should know about the inputs found
   *     (in English): a file or directory reached a second time, which is not read again
   */
  Inputs(List<String> args, From from, RdfSyntax syntax, InputStream stdin,
      BiConsumer<String, CatalogImport> catalogues, BiConsumer<String, String> notes) {
    this.from = Objects.requireNonNull(from, "from");
    this.syntax = syntax;
    this.stdin = stdin;
    this.catalogues = catalogues;
    this.notes = Objects.requireNonNull(notes, "notes");
    long total = 0;
    for (String a : args) {
      Path p = Path.of(a);
      try {
        if (!a.equals(STDIN) && Files.isRegularFile(p)) {
          total += Files.size(p);
        } else {
          total = -1;
          break;
        }
      } catch (IOException e) {
        total = -1;
        break;
      }
    }
    this.bytesTotal = total;
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

  /** @return the bytes of the named files read so far, for a progress bar */
  long bytesDone() {
    return bytesDone;
  }

  /** @return the total size of the named files, or -1 if not known (a directory, standard input) */
  long bytesTotal() {
    return bytesTotal;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (stack.isEmpty()) return false;
      Iterator<?> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Object o = top.next();
      if (o instanceof Pending) {
        next = (Pending) o;
      } else if (o instanceof Path) {
        expandFile((Path) o, o.toString());
      } else {
        expandArgument((String) o);
      }
    }
    return true;
  }

  @Override
  public Pending next() {
    if (!hasNext()) throw new NoSuchElementException();
    Pending p = next;
    next = null;
    return p;
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

  // ---------------------------------------------------------------- arguments, directories

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
        // The importer names the URL in every problem, pages included: nothing to relabel.
        catalogue(() -> from == From.CKAN ? CkanImporter.fetch(arg, FetchSettings.defaults())
            : DcatImporter.fetch(arg, FetchSettings.defaults()), arg, 0, false);
      }
      return;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      if (firstTime(p, null)) stack.push(new DirectoryWalk(p));
    } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      push(Pending.failing(new InputProblem(arg, 0, 0, "", "no such file or directory",
          from == From.DCAT ? "a catalogue file or a directory of them"
              : "a JSON file, an NDJSON file or a directory of them")));
    } else if (firstTime(p, null)) {
      expandFile(p, arg);
    }
  }

  /**
   * Tells whether a file or directory is reached for the first time; if not, notes that it is
   * not read again. A file is one file however many names or links lead to it, and a link back
   * to a directory that holds it would otherwise be walked forever.
   *
   * @param attrs its attributes, links followed, or null to read them
   */
  private boolean firstTime(Path p, BasicFileAttributes attrs) {
    Object key;
    try {
      BasicFileAttributes a = attrs != null ? attrs : Files.readAttributes(p, BasicFileAttributes.class);
      key = a.fileKey() != null ? a.fileKey() : p.toRealPath();
    } catch (IOException e) {
      return true; // reading it will say what is wrong
    }
    Path first = seen.putIfAbsent(key, p);
    if (first == null) return true;
    notes.accept(p.toString(), first.equals(p) ? "given more than once; read once"
        : (Files.isDirectory(p) ? "the same directory as " : "the same file as ") + first + "; read once");
    return false;
  }

  /** What went wrong with a file, without the file name Java puts first. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    if (e instanceof AccessDeniedException) return "permission denied";
    return String.valueOf(e.getMessage());
  }

  private void push(Pending p) {
    stack.push(List.of(p).iterator());
  }

  private void expandFile(Path file, String label) {
    if (from == From.DCAT || from == From.CKAN) {
      catalogue(() -> from == From.CKAN ? CkanImporter.read(file)
          : syntax != null ? DcatImporter.read(file, syntax) : DcatImporter.read(file), label, fileSize(file), true);
      return;
    }
    InputKind kind = InputKind.byName(label);
    try {
      InputStream raw = Files.newInputStream(file);
      BufferedInputStream in = new BufferedInputStream(new Counting(raw), 1 << 16);
      open.push(in);
      if (kind == null) kind = InputKind.sniff(in);
      if (kind == InputKind.SINGLE) {
        in.close();
        open.remove(in);
        long size = fileSize(file);
        bytesDone += size;
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

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** An ODIS JSON stream: sniffed unless its kind is known. The stream is closed when read. */
  private void expandStream(BufferedInputStream in, String label, InputKind known) {
    try {
      if (!open.contains(in)) open.push(in);
      if (from != From.ODIS) {
        // Standard input as a catalogue; without --input-format, its content tells the syntax.
        byte[] bytes = in.readAllBytes();
        catalogue(() -> from == From.CKAN ? CkanImporter.read(new ByteArrayInputStream(bytes), label)
            : syntax != null ? DcatImporter.read(new ByteArrayInputStream(bytes), syntax, label)
            : DcatImporter.read(new ByteArrayInputStream(bytes), label), label, 0, true);
        return;
      }
      InputKind kind = known != null ? known : InputKind.sniff(in);
      switch (kind) {
        case NDJSON:
          stack.push(new NdjsonLines(in, label));
          break;
        case ARRAY:
          stack.push(new ArrayElements(in, label));
          break;
        default:
          byte[] bytes = in.readAllBytes();
          in.close();
          open.remove(in);
          push(() -> new DatasetInput(DatasetReader.strict().read(new ByteArrayInputStream(bytes), label),
              Origin.of(label), List.of()));
      }
    } catch (IOException e) {
      push(Pending.failing(new InputProblem(label, 0, 0, "", "cannot read: " + e.getMessage(), null)));
    }
  }

  /** Walks a directory recursively, in name order, yielding the files to read as {@link Path}s. */
  private final class DirectoryWalk implements Iterator<Object> {
    private final Path root;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private Object next;
    private int found;
    private boolean reportedEmpty;

    DirectoryWalk(Path root) {
      this.root = root;
      levels.push(list(root));
    }

    private Iterator<Path> list(Path dir) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          String name = p.getFileName().toString();
          if (!name.startsWith(".")) entries.add(p);
        }
      } catch (IOException e) {
        found++;
        next = Pending.failing(new InputProblem(dir.toString(), 0, 0, "",
            "cannot read the directory: " + reason(e), "a readable directory"));
      }
      entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
      return entries.iterator();
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (levels.isEmpty()) {
          if (found == 0 && !reportedEmpty) {
            reportedEmpty = true;
            next = Pending.failing(new InputProblem(root.toString(), 0, 0, "",
                "no " + extensionsText() + " files in the directory", "a directory of " + extensionsText() + " files"));
            return true;
          }
          return false;
        }
        Iterator<Path> level = levels.peek();
        if (!level.hasNext()) {
          levels.pop();
          continue;
        }
        Path p = level.next();
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class); // through links: a linked folder is read
        } catch (IOException e) {
          // A link to nothing, a path too long to open, a link loop the system stops: each may have
          // been a dataset or a folder of them, and is not passed over in silence.
          found++;
          next = Pending.failing(unreadable(p, e));
          continue;
        }
        if (attrs.isDirectory()) {
          if (firstTime(p, attrs)) levels.push(list(p));
        } else if (accepts(p.getFileName().toString()) && firstTime(p, attrs)) {
          found++;
          next = attrs.isRegularFile() ? p : Pending.failing(new InputProblem(p.toString(), 0, 0, "",
              "not a regular file (a device, pipe or socket)", "a " + kindText() + " file"));
        }
      }
      return true;
    }

    @Override
    public Object next() {
      if (!hasNext()) throw new NoSuchElementException();
      Object o = next;
      next = null;
      return o;
    }
  }

  private InputProblem unreadable(Path p, IOException e) {
    if (e instanceof NoSuchFileException && Files.isSymbolicLink(p)) {
      String target;
      try {
        target = Files.readSymbolicLink(p).toString();
      } catch (IOException | UnsupportedOperationException again) {
        target = "?";
      }
      return new InputProblem(p.toString(), 0, 0, "", "a link to nothing (" + target + " does not exist)",
          "a link to a " + kindText() + " file or a directory of them, or no link");
    }
    return new InputProblem(p.toString(), 0, 0, "", "cannot be read: " + reason(e), null);
  }

  private String kindText() {
    return from == From.DCAT ? "catalogue" : from == From.CKAN ? "CKAN" : "dataset";
  }

  private boolean accepts(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    switch (from) {
      case DCAT:
        return syntax != null || RdfSyntax.fromFileName(n).isPresent();
      case CKAN:
        return n.endsWith(".json");
      default:
        return n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }
  }

  private String extensionsText() {
    switch (from) {
      case DCAT:
        return "catalogue (*.ttl, *.rdf, *.xml, *.jsonld, *.json, *.nt, *.rj)";
      case CKAN:
        return "CKAN (*.json)";
      default:
        return "dataset (*.json, *.ndjson, *.jsonl)";
    }
  }

  // ---------------------------------------------------------------- catalogues

  /** Reads one catalogue. */
  @FunctionalInterface
  private interface CatalogueReader {
    CatalogImport read() throws InvalidInputException;
  }

  /**
   * Imports a catalogue and pushes its datasets (or the problem).
   *
   * @param relabel whether a problem is to be named by the argument as given rather than the path
   *     the importer saw
   */
  private void catalogue(CatalogueReader reader, String label, long size, boolean relabel) {
    CatalogImport imported;
    try {
      imported = reader.read();
    } catch (InvalidInputException e) {
      bytesDone += size;
      push(Pending.failing(relabel ? relabel(e.getProblem(), label) : e.getProblem()));
      return;
    }
    bytesDone += size;
    if (catalogues != null) catalogues.accept(label, imported);
    List<Pending> items = new ArrayList<>();
    for (ImportedDataset d : imported.getDatasets()) {
      DatasetInput loaded = new DatasetInput(d.getDataset(), new Origin(label, null, d.getSourceUri()), d.getNotes());
      items.add(() -> loaded);
    }
    if (items.isEmpty()) {
      // Nothing to assess is no success: the input is not what it was given as (a CKAN file read as
      // DCAT, a vocabulary, a page of links), and the report says so as it says of any bad input.
      items.add(Pending.failing(new InputProblem(label, 0, 0, "",
          "no dataset in it (read as " + imported.getSyntax() + ")",
          from == From.CKAN ? "CKAN JSON with at least one package" : "a catalogue with at least one dcat:Dataset")));
    }
    stack.push(items.iterator());
  }

  /** @return true for an argument written as a URL ({@code scheme://…}), which is never a file name here */
  static boolean isUrl(String arg) {
    return URL.matcher(arg).lookingAt();
  }

  private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  private static InputProblem relabel(InputProblem p, String label) {
    if (p.getSource().equals(label)) return p;
    return new InputProblem(label, p.getLine(), p.getColumn(), p.getPointer(), p.getProblem(), p.getExpected());
  }

  // ---------------------------------------------------------------- NDJSON

  /** One dataset per line, read as the lines are needed. Blank lines are skipped. */
  private final class NdjsonLines implements Iterator<Pending> {
    private final InputStream in;
    private final String label;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private int lineNo;
    private Pending next;

    NdjsonLines(InputStream in, String label) {
      this.in = in;
      this.label = label;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        byte[] line;
        try {
          line = readLine();
        } catch (UncheckedIOException e) {
          eof = true;
          start = end;
          next = Pending.failing(new InputProblem(label, lineNo + 1, 0, "",
              "cannot read: " + e.getCause().getMessage() + " (the rest of the file was not read)", null));
          return true;
        } catch (LineTooLong e) {
          // Where the line would end is unknown, and so is where the next one begins.
          eof = true;
          start = end;
          buffer = new byte[0];
          closeQuietly(in);
          next = Pending.failing(new InputProblem(label, lineNo + 1, 1, "",
              "the line is longer than 32 MB; the rest of the file was not read",
              "one dataset per line, each a few kilobytes"));
          return true;
        }
        if (line == null) {
          closeQuietly(in);
          return false;
        }
        int number = ++lineNo;
        if (isBlank(line, number == 1)) continue;
        next = () -> parseLine(line, number, label);
      }
      return true;
    }

    @Override
    public Pending next() {
      if (!hasNext()) throw new NoSuchElementException();
      Pending p = next;
      next = null;
      return p;
    }

    /** A line longer than a dataset can be. */
    private static final class LineTooLong extends RuntimeException {
      private static final long serialVersionUID = 1L;

      LineTooLong() {
        super(null, null, false, false);
      }
    }

    /** @return the next line without its line end, or null at the end */
    private byte[] readLine() {
      while (true) {
        for (int i = start; i < end; i++) {
          if (buffer[i] == '\n') {
            int len = i - start;
            if (len > 0 && buffer[i - 1] == '\r') len--;
            byte[] line = java.util.Arrays.copyOfRange(buffer, start, start + len);
            start = i + 1;
            return line;
          }
        }
        if (eof) {
          if (start >= end) return null;
          byte[] line = java.util.Arrays.copyOfRange(buffer, start, end);
          start = end;
          return line;
        }
        if (end - start > DatasetReader.MAX_BYTES) throw new LineTooLong();
        fill();
      }
    }

    private void fill() {
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buffer.length) buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      try {
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) eof = true;
        else end += n;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean isBlank(byte[] line, boolean first) {
    int i = 0;
    if (first && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) i = 3;
    for (; i < line.length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }

  /** The strict reader of {@link DatasetReader}, for the fast path of {@link #parseLine}. */
  private static final ObjectReader STRICT = OdisJson.mapper().readerFor(Dataset.class);

  /**
   * Reads one NDJSON line as a dataset; problems are placed at the line in the file.
   *
   * <p>A valid line (the common case) is parsed straight from its bytes once they are known to be
   * well-formed UTF-8, with the same strict reader {@link DatasetReader} uses. Anything that fails
   * is read again as {@link DatasetReader} reads text, so that the problem is described the same
   * way and its column counts characters, not bytes.
   */
  static DatasetInput parseLine(byte[] line, int lineNo, String label) throws InvalidInputException {
    if (Utf8.isWellFormed(line)) {
      try {
        return new DatasetInput(STRICT.readValue(line), new Origin(label, lineNo, null), List.of());
      } catch (IOException | RuntimeException e) {
        // described below, as the strict reader describes it
      }
    }
    String text = decode(line, lineNo, label);
    try {
      Dataset d = DatasetReader.strict().read(text, label);
      return new DatasetInput(d, new Origin(label, lineNo, null), List.of());
    } catch (InvalidInputException e) {
      InputProblem p = e.getProblem();
      int l = p.getLine() > 0 ? lineNo + p.getLine() - 1 : lineNo;
      throw new InvalidInputException(
          new InputProblem(label, l, p.getColumn(), p.getPointer(), p.getProblem(), p.getExpected()), e.getCause());
    }
  }

  private static String decode(byte[] bytes, int lineNo, String label) throws InvalidInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(input, out, true);
    if (!r.isError()) r = decoder.flush(out);
    if (r.isError()) {
      String bad = String.format("0x%02X", bytes[input.position()] & 0xFF);
      throw new InvalidInputException(new InputProblem(label, lineNo, out.position() + 1, "",
          "the line is not valid UTF-8 (byte " + bad + ")",
          "UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)"), null);
    }
    out.flip();
    return out.toString();
  }

  // ---------------------------------------------------------------- JSON arrays

  /**
   * The elements of a JSON array, each read as a dataset when reached. An element that is not a
   * valid dataset is reported and skipped; malformed JSON ends the file, since nothing after it
   * can be trusted.
   */
  private final class ArrayElements implements Iterator<Pending> {
    private final String label;
    private final JsonParser parser;
    // One element at a time: what follows the element is the rest of the array, not trailing content.
    private final ObjectReader reader = OdisJson.mapper().readerFor(Dataset.class)
        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private JsonStreamContext arrayContext;
    private int index = -1;
    private boolean done;
    private Pending next;

    ArrayElements(BufferedInputStream in, String label) throws IOException {
      this.label = label;
      skipBom(in);
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.parser = OdisJson.mapper().getFactory().createParser(new InputStreamReader(in, decoder));
      open.push(parser);
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = advance();
      }
      if (next == null) closeQuietly(parser);
      return next != null;
    }

    @Override
    public Pending next() {
      if (!hasNext()) throw new NoSuchElementException();
      Pending p = next;
      next = null;
      return p;
    }

    private Pending advance() {
      try {
        if (arrayContext == null) {
          JsonToken t = parser.nextToken();
          if (t != JsonToken.START_ARRAY) {
            done = true;
            return Pending.failing(new InputProblem(label, 1, 1, "", "the input is not a JSON array", "a JSON array of datasets"));
          }
          arrayContext = parser.getParsingContext();
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          done = true;
          if (parser.nextToken() != null) {
            return Pending.failing(new InputProblem(label, parser.currentTokenLocation().getLineNr(),
                parser.currentTokenLocation().getColumnNr(), "", "there is more content after the array", "one JSON array"));
          }
          if (index < 0) {
            return Pending.failing(new InputProblem(label, parser.currentTokenLocation().getLineNr(), 1, "",
                "the array is empty", "a JSON array of datasets"));
          }
          return null;
        }
        if (t == null) {
          done = true;
          return Pending.failing(new InputProblem(label, parser.currentLocation().getLineNr(),
              parser.currentLocation().getColumnNr(), "", "malformed JSON: the array is not closed", "']' at the end of the array"));
        }
        index++;
        int line = parser.currentTokenLocation().getLineNr();
        int element = index;
        if (t == JsonToken.VALUE_NULL) {
          return Pending.failing(new InputProblem(label, line, parser.currentTokenLocation().getColumnNr(), "/" + element,
              "null is not a dataset", "a JSON object describing one dataset (leave the element out instead)"));
        }
        try {
          Dataset d = reader.readValue(parser);
          DatasetInput loaded = new DatasetInput(d, new Origin(label, line, null), List.of());
          return () -> loaded;
        } catch (JsonProcessingException e) {
          if (isSyntax(e)) {
            done = true;
            return Pending.failing(restOfFileSkipped(DatasetReader.describe(e, label)));
          }
          InputProblem p = DatasetReader.describe(e, label);
          skipElement();
          return Pending.failing(new InputProblem(label, p.getLine(), p.getColumn(), "/" + element + p.getPointer(),
              p.getProblem(), p.getExpected()));
        }
      } catch (JsonProcessingException e) {
        done = true;
        return Pending.failing(restOfFileSkipped(DatasetReader.describe(e, label)));
      } catch (CharacterCodingException e) {
        done = true;
        return Pending.failing(new InputProblem(label, parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(), "",
            "the input is not valid UTF-8; the rest of the file was not read",
            "UTF-8 encoded JSON (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)"));
      } catch (IOException e) {
        done = true;
        return Pending.failing(new InputProblem(label, 0, 0, "", "cannot read: " + e.getMessage(), null));
      }
    }

    /** After a mapping error inside an element: moves to the element's end. */
    private void skipElement() throws IOException {
      while (parser.getParsingContext() != arrayContext) {
        if (parser.nextToken() == null) return;
      }
    }
  }

  private static boolean isSyntax(JsonProcessingException e) {
    if (e instanceof JsonParseException) return true;
    if (!(e instanceof JsonMappingException)) return true;
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonParseException || t instanceof CharacterCodingException) return true;
    }
    return false;
  }

  private static InputProblem restOfFileSkipped(InputProblem p) {
    return new InputProblem(p.getSource(), p.getLine(), p.getColumn(), p.getPointer(),
        p.getProblem() + " (the rest of the file was not read)", p.getExpected());
  }

  private static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) return;
    in.reset();
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // already read to the end
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

  /** Counts the bytes read from a file, for the progress bar. */
  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) bytesDone++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) bytesDone += n;
      return n;
    }
  }
}
