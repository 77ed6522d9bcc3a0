package se.odis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.RdfSyntax;
import se.odis.dcat.SourceNote;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;
import se.odis.model.Profile;
import se.odis.model.Severity;
import se.odis.model.TextCheck;
import se.odis.report.DatasetReport;
import se.odis.report.Format;
import se.odis.report.ImportNote;
import se.odis.report.SourceReport;
import se.odis.report.Origin;
import se.odis.report.PortfolioReport;
import se.odis.report.ReportOptions;
import se.odis.report.ReportWriter;
import se.odis.report.Reports;
import se.odis.rules.Assessor;
import se.odis.rules.RuleFailureException;

/**
 * {@code odis assess FILE…}: reads datasets, assesses them, reports in the chosen format and
 * language.
 *
 * <p>One dataset file gives that dataset's report, as it always has. Anything else — several
 * files, a directory, a JSON array, NDJSON, standard input ({@code -}) or a catalogue
 * ({@code --from dcat|ckan}) — is a portfolio: every dataset's report in input order, and a
 * summary. A portfolio streams: datasets are read and assessed as they are reached (on
 * {@code --threads} threads, in a bounded window, the output in input order) and written as they
 * are assessed, so memory does not grow with the portfolio. An input that cannot be read is
 * reported on standard error (and in the report) and does not stop the others; the exit code then
 * is 2. The rule set is built before anything is read: a broken rule pack or profile stops the run
 * before any assessment.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Assesses datasets against the ÖDIS guide: the verdict, the stage each is in, the next gate, "
          + "what blocks it, and the next steps. Several files, a directory, a JSON array or NDJSON "
          + "(one dataset per line) give a portfolio report with a summary.",
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "A dataset JSON file (examples in odis-examples/datasets/), an NDJSON file "
          + "(one dataset per line; .ndjson or .jsonl, or told by its content), a JSON array of "
          + "datasets, a directory (all its JSON and NDJSON files, recursively), or - for standard "
          + "input. With --from: catalogue files, or a catalogue's http(s) URL (for ckan the "
          + "portal's URL; its package_search is read page by page).")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ReportFormats.Converter.class,
      completionCandidates = ReportFormats.Candidates.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "json is a stable contract, see docs/json-output.md. xlsx is a workbook: give -o FILE "
          + "or redirect standard output.")
  Format format;

  @Mixin LanguageOption lang;

  @Mixin AsOfOption asOf;

  @Mixin RuleSetOptions ruleSet;

  @Option(
      names = "--from",
      paramLabel = "KIND",
      defaultValue = "odis",
      converter = InputFormat.FromConverter.class,
      completionCandidates = InputFormat.FromCandidates.class,
      description = "What FILE is: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). dcat "
          + "assesses every dataset of a DCAT-AP(-SE) catalogue, ckan every package of CKAN JSON.")
  From from;

  @Option(
      names = "--input-format",
      paramLabel = "SYNTAX",
      converter = InputFormat.SyntaxConverter.class,
      completionCandidates = InputFormat.SyntaxCandidates.class,
      description = "The RDF syntax of a --from dcat catalogue file: ${COMPLETION-CANDIDATES} "
          + "(default: told by the content, the file name only a hint).")
  InputFormat.Syntax inputFormat;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no closing summary line on standard error (errors are "
          + "still printed).")
  boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColorConverter.class,
      description = "Colours in the text report: auto (when standard output is a terminal and "
          + "NO_COLOR is not set), always or never (default: ${DEFAULT-VALUE}).")
  String color;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads that read and assess a portfolio (default: the number of processors, "
          + "at most 4). The report is the same for any number.")
  Integer threads;

  @Option(
      names = "--fail-level",
      paramLabel = "LEVEL",
      defaultValue = "blocker",
      converter = FailLevelConverter.class,
      completionCandidates = FailLevelConverter.Candidates.class,
      description = "The least severe finding that makes the exit code 1: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}). warning fails on blockers and warnings.")
  Severity failLevel = Severity.BLOCKER;

  @Option(
      names = "--group-by",
      paramLabel = "owner",
      description = "Group a portfolio by the datasets' owners (roles.owner): each owner's counts, "
          + "and the datasets owner by owner, in markdown, html and xlsx.")
  String groupBy;

  @Mixin OutputOption output;

  @Mixin DebugOption debug;

  private Progress progress = Progress.off();

  @Override
  public Integer call() throws Exception {
    if (inputFormat != null && from != From.DCAT) {
      throw new ParameterException(spec.commandLine(), "--input-format applies only to --from dcat");
    }
    if (inputFormat != null && files.stream().anyMatch(Inputs::isUrl)) {
      throw new ParameterException(spec.commandLine(),
          "--input-format applies to files and standard input; a catalogue's URL is read in the syntax its content shows");
    }
    if (!format.isText() && output.file == null && OutputOption.stdout(spec) != null && Terminal.stdoutIsTerminal()) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format + " writes a workbook, not text: give -o FILE or redirect standard output");
    }
    if (groupBy != null && !groupBy.strip().equalsIgnoreCase("owner")) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--group-by': '" + groupBy
          + "' is not a grouping; expected owner");
    }
    if (groupBy != null && format != Format.MARKDOWN && format != Format.HTML && format != Format.XLSX) {
      throw new ParameterException(spec.commandLine(), "--group-by applies to --format markdown, html and xlsx, not "
          + format);
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    LocalDate day = asOf.dayOrToday();
    Labels labels = lang.labels();
    PrintWriter out = spec.commandLine().getOut();

    if (Inputs.isSingle(files, from) && ruleSet.builtInOnly()) {
      // The built-in rules load on another thread while the dataset is read.
      Assessors.prefetch();
      return single(Assessors.shared(), List.of(), day, out);
    }
    // The rule set first: a broken pack or profile stops the run before any dataset is read. A
    // catalogue file is imported meanwhile, unseen until the inputs reach it.
    RdfSyntax syntax = inputFormat == null ? null : inputFormat.syntax;
    ReadAhead ahead = ReadAhead.claim(files, from, syntax);
    if (ahead == null) ahead = ReadAhead.start(files, from, syntax);
    Assessor assessor = ruleSet.assessor();
    List<String> packs = ruleSet.packNames();
    if (Inputs.isSingle(files, from)) return single(assessor, packs, day, out);
    return portfolio(assessor, packs, day, labels, out, ahead);
  }

  private ReportOptions.Builder options(Assessor assessor, List<String> packs) {
    return ReportOptions.builder()
        .language(lang.language.report())
        .colour(format == Format.TEXT && output.file == null && colour())
        .rulePacks(packs)
        .rules(format == Format.SARIF ? assessor.getRules() : List.of())
        .failLevel(failLevel)
        .groupByOwner(groupBy != null)
        .toolVersion(VersionProvider.version());
  }

  /** @return true if the assessment has a finding at or above the fail level: exit code 1 */
  private boolean fails(Assessment a) {
    for (se.odis.model.Finding f : a.getFindings()) {
      if (f.getSeverity().compareTo(failLevel) <= 0) return true;
    }
    return false;
  }

  private int single(Assessor assessor, List<String> packs, LocalDate day, PrintWriter out) throws Exception {
    String file = files.get(0);
    Dataset dataset = DatasetReader.strict().read(Path.of(file));
    Assessment assessment;
    try {
      assessment = assessor.assess(dataset, day);
    } catch (RuleFailureException e) {
      ErrorHandler.error(spec.commandLine().getErr(), ruleFailure(e, Origin.of(file)).toString());
      return ExitCodes.BAD_INPUT;
    }
    ReportWriter writer = Reports.writer(format, options(assessor, packs).build());
    try (Output o = output.open()) {
      try {
        DatasetReport report = new DatasetReport(dataset, assessment, Origin.of(file), List.of());
        if (format.isText()) writer.write(report, o.writer());
        else writer.write(report, o.stream());
      } catch (java.io.IOException e) {
        if (!o.closedByReader(e)) throw o.failure(e);
      }
      o.finish();
    }
    return ExitCodes.of(false, fails(assessment));
  }

  private int portfolio(Assessor assessor, List<String> packs, LocalDate day, Labels labels, PrintWriter out,
      ReadAhead ahead) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Profile profile = assessor.getProfile();
    ReportWriter writer = Reports.writer(format, options(assessor, packs)
        .asOf(day)
        .profile(profile == null ? null : profile.getMunicipality())
        .rulesInForce(assessor.getRules().size())
        .build());
    Tally tally = new Tally();
    int n = threads != null ? threads : defaultThreads();
    Output o = output.open();
    // Stopped by SIGINT or SIGTERM (the JVM then exits with 130 or 143): say the report is incomplete.
    Thread hook = new Thread(() -> {
      if (tally.finished) return;
      err.println("odis: interrupted after " + (tally.assessed + tally.badInputs) + " of " + tally.read
          + " datasets read; " + (o.isStdout() ? "the report on standard output is incomplete"
              : TextCheck.printable(o.name()) + " was not written"));
      err.flush();
      o.discard();
    }, "odis-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
    // Where each dataset id was first seen: two datasets with one id are both assessed, and noted.
    Map<String, String> ids = new HashMap<>();
    // Sources are told on the thread that reads the inputs, and reported from this one.
    java.util.Queue<SourceReport> sources = new java.util.concurrent.ConcurrentLinkedQueue<>();
    try (o;
        Inputs inputs = new Inputs(files, from, inputFormat == null ? null : inputFormat.syntax, System.in,
            (file, syntax, count, catalogueNotes) -> {
              for (SourceNote note : catalogueNotes) catalogueNote(err, labels, file, note);
              sources.add(new SourceReport(file, syntax, count, notes(catalogueNotes)));
            }, (file, note) -> inputNote(err, file, note), ahead);
        PortfolioReport report = format.isText() ? writer.open(o.writer()) : writer.open(o.stream())) {
      progress = new Progress(err, labels, !quiet && Terminal.stderrIsTerminal(), inputs::bytesDone, inputs.bytesTotal());
      Pipeline.run(chunks(counting(inputs, tally), CHUNK), n, chunk -> assess(assessor, chunk, day), outcomes -> {
        for (Outcome outcome : outcomes) {
          try {
            if (outcome.problem() != null) {
              progress.clear();
              ErrorHandler.error(err, outcome.problem().toString());
              err.flush();
              report.failed(outcome.problem());
            } else {
              noteIdSeenBefore(err, ids, outcome.report());
              report.add(outcome.report());
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          tally.add(outcome);
          progress.tick();
          // Standard output closed (e.g. piped into head): stop reading instead of assessing for nobody.
          if ((tally.assessed + tally.badInputs) % 1024 == 0 && o.failed()) throw new OutputClosed();
        }
      });
      for (SourceReport s : sources) report.source(s);
      report.finish();
      o.finish();
    } catch (OutputClosed | java.io.IOException | java.io.UncheckedIOException e) {
      if (!o.closedByReader(e)) throw o.failure(e);
      tally.finished = true;
      return tally.exitCode(); // the reader went away (| head): stop quietly
    } finally {
      tally.finished = true;
      progress.clear();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
    out.flush();
    if (tally.assessed + tally.badInputs == 0) {
      ErrorHandler.error(err, String.join(" ", files) + ": no datasets to assess");
    }
    if (!quiet) {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.println("odis: " + labels.format("done", tally.assessed, String.format(labels.language().locale(), "%.1f", seconds),
          Math.round(tally.assessed / Math.max(seconds, 1e-3)), tally.badInputs));
    }
    err.flush();
    return tally.exitCode();
  }

  /** What a portfolio run counts for its exit code and closing line; read by the shutdown hook too. */
  private final class Tally {
    volatile long read;
    volatile long assessed;
    volatile long badInputs;
    long withBlockers;
    volatile boolean finished;

    void add(Outcome o) {
      if (o.problem() != null) {
        badInputs++;
      } else {
        assessed++;
        if (fails(o.report().assessment())) withBlockers++;
      }
    }

    /** @return 2 if an input was bad or there was nothing to assess, else 1 if a dataset has a blocker, else 0 */
    int exitCode() {
      return ExitCodes.of(badInputs > 0 || assessed == 0, withBlockers > 0);
    }
  }

  /** @return the worker threads of a portfolio run when none are asked for: the cores, at most 4 */
  static int defaultThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), 4);
  }

  /** Standard output was closed while a portfolio was being written. */
  private static final class OutputClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputClosed() {
      super(null, null, false, false);
    }
  }

  /**
   * Datasets per task: each task reads its datasets and assesses them together, which the
   * assessor does in one rule session, far cheaper than a session each.
   */
  static final int CHUNK = 32;

  private static List<Outcome> assess(Assessor assessor, List<Pending> chunk, LocalDate day) {
    DatasetInput[] read = new DatasetInput[chunk.size()];
    Outcome[] outcomes = new Outcome[chunk.size()];
    List<Dataset> datasets = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      try {
        read[i] = chunk.get(i).load();
        datasets.add(read[i].dataset());
      } catch (InvalidInputException e) {
        outcomes[i] = Outcome.failed(e.getProblem());
      }
    }
    List<Assessment> assessments;
    try {
      assessments = assessor.assessAll(datasets, day);
    } catch (RuleFailureException e) {
      assessments = null; // a pack's rule failed on one of them: assess each alone, so that only it is lost
    }
    for (int i = 0, next = 0; i < chunk.size(); i++) {
      if (read[i] == null) continue;
      Assessment a;
      if (assessments != null) {
        a = assessments.get(next++);
      } else {
        try {
          a = assessor.assess(read[i].dataset(), day);
        } catch (RuleFailureException e) {
          outcomes[i] = Outcome.failed(ruleFailure(e, read[i].origin()));
          continue;
        }
      }
      outcomes[i] = Outcome.of(new DatasetReport(read[i].dataset(), a, read[i].origin(), notes(read[i].notes())));
    }
    return Arrays.asList(outcomes);
  }

  /** A rule that failed on a dataset, placed at the dataset's source, as a bad input is. */
  private static InputProblem ruleFailure(RuleFailureException e, Origin origin) {
    String file = origin.uri() == null ? origin.file() : origin.file() + " <" + origin.uri() + ">";
    return new InputProblem(file, origin.line() == null ? 0 : origin.line(), 0, "", e.getProblem(), e.getExpected());
  }

  private static List<ImportNote> notes(List<SourceNote> notes) {
    List<ImportNote> out = new ArrayList<>(notes.size());
    for (SourceNote n : notes) out.add(new ImportNote(n.getCode(), n.getSubject(), n.getMessage()));
    return out;
  }

  /** Counts the datasets found, for the message of an interrupted run. */
  private <T> Iterator<T> counting(Iterator<T> items, Tally tally) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public T next() {
        T t = items.next();
        tally.read++;
        return t;
      }
    };
  }

  /** Groups items into lists of up to {@code size}, drawn lazily. */
  static <T> Iterator<List<T>> chunks(Iterator<T> items, int size) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public List<T> next() {
        if (!items.hasNext()) throw new NoSuchElementException();
        List<T> chunk = new ArrayList<>(size);
        while (chunk.size() < size && items.hasNext()) chunk.add(items.next());
        return chunk;
      }
    };
  }

  private void catalogueNote(PrintWriter err, Labels labels, String file, SourceNote note) {
    if (quiet) return;
    progress.clear();
    err.println("odis: note: " + TextCheck.printable(file + ": " + note.getCode() + " " + note.getSubject() + ": "
        + note.getMessage().best(labels.tag())));
    err.flush();
  }

  private void inputNote(PrintWriter err, String where, String note) {
    if (quiet) return;
    progress.clear();
    ErrorHandler.note(err, where, note);
  }

  /** Notes a dataset whose id an earlier dataset of the run has; both are assessed. */
  private void noteIdSeenBefore(PrintWriter err, Map<String, String> ids, DatasetReport report) {
    String where = report.origin() == null ? "" : report.origin().label();
    String first = ids.putIfAbsent(report.assessment().getDatasetId(), where);
    if (first != null) {
      inputNote(err, where, "dataset id \"" + report.assessment().getDatasetId() + "\" is also the id of the dataset at "
          + first + "; both are assessed");
    }
  }

  private boolean colour() {
    switch (color) {
      case "always":
        return true;
      case "never":
        return false;
      default:
        return Terminal.colourOnStdout();
    }
  }

  /** Converts {@code --color}. */
  static final class ColorConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("auto") || v.equals("always") || v.equals("never")) return v;
      throw new TypeConversionException("'" + value + "' is not a colour choice; expected one of auto, always, never");
    }
  }
}
