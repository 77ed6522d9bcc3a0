package se.odis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.odis.cli.InputFormat.From;
import se.odis.dcat.CatalogImport;
import se.odis.model.InvalidInputException;

/**
 * A catalogue file imported on a thread of its own while the rules load: parsing and mapping a
 * catalogue and building the knowledge base are the two long parts of {@code odis assess --from
 * dcat}, and on two cores they take the time of the longer instead of both.
 *
 * <p>Nothing of it shows until {@link Inputs} reaches the file: the import is the one the inputs
 * would have made there ({@link CatalogueInputs#readFile}), its notes and problems are told at the
 * same place and in the same order, and if the run stops before (a broken rule set), it is
 * dropped unseen. Only a local regular file given first is read ahead, never a URL (no request
 * the run might not make) nor standard input.
 */
final class ReadAhead {
  /**
   * The options of {@code odis assess} that take a value, by every name; {@link #early} skips
   * their values to find the first FILE. ReadAheadTest keeps the list in step with the command.
   */
  static final java.util.Set<String> ASSESS_VALUE_OPTIONS = java.util.Set.of("--format", "--lang", "--as-of",
      "--rules", "--profile", "--from", "--input-format", "--color", "--threads", "--fail-level", "--group-by",
      "-o", "--output");

  /** The import {@link #early} began for {@code main}'s arguments, until {@link #claim} takes it. */
  private static ReadAhead early;

  private final Path file;
  private final String first;
  private final From from;
  private final se.odis.dcat.RdfSyntax syntax;
  private final FutureTask<CatalogImport> task;
  private final ImportStream stream;
  private boolean claimed;

  private ReadAhead(String first, From from, se.odis.dcat.RdfSyntax syntax, FutureTask<CatalogImport> task,
      ImportStream stream) {
    this.file = Path.of(first);
    this.first = first;
    this.from = from;
    this.syntax = syntax;
    this.task = task;
    this.stream = stream;
  }

  /**
   * Starts importing the catalogue of {@code odis assess --from dcat|ckan FILE…} from the raw
   * arguments, before picocli has built and parsed the command: that too takes a core's time,
   * which the import can use. The arguments are only glanced at (the command line is parsed
   * later, by picocli, as always); if the glance is wrong, the import is not the one the command
   * asks for, {@link #claim} does not hand it over, and only the work is lost.
   *
   * @param args {@code main}'s arguments
   */
  static synchronized void early(String... args) {
    if (early != null || args.length < 2 || !args[0].equals("assess")) return;
    From from = From.ODIS;
    se.odis.dcat.RdfSyntax syntax = null;
    List<String> files = new java.util.ArrayList<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--")) {
          files.addAll(List.of(args).subList(i + 1, args.length));
          break;
        }
        int eq = a.indexOf('=');
        String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
        if (ASSESS_VALUE_OPTIONS.contains(name)) {
          String value = name.equals(a) ? (++i < args.length ? args[i] : null) : a.substring(eq + 1);
          if (value == null) return;
          if (name.equals("--from")) from = new InputFormat.FromConverter().convert(value);
          if (name.equals("--input-format")) syntax = new InputFormat.SyntaxConverter().convert(value).syntax;
        } else if (!a.startsWith("-") || a.length() == 1) {
          files.add(a);
        }
      }
    } catch (picocli.CommandLine.TypeConversionException e) {
      return; // picocli will say what is wrong
    }
    early = start(files, from, syntax);
  }

  /**
   * The import {@link #early} began, if it is the one this command would begin: the same first
   * FILE, kind and syntax. Taken once.
   */
  static synchronized ReadAhead claim(List<String> files, From from, se.odis.dcat.RdfSyntax syntax) {
    ReadAhead e = early;
    early = null;
    if (e == null || files.isEmpty() || !files.get(0).equals(e.first) || from != e.from || syntax != e.syntax) return null;
    return e;
  }

  /**
   * Starts importing the first of the files, if it is a catalogue file that can be read ahead.
   *
   * @param files the FILE arguments as given
   * @param from the kind of input
   * @param syntax the RDF syntax given with {@code --input-format}, or null
   * @return the import under way, or null when there is nothing to read ahead
   */
  static ReadAhead start(List<String> files, From from, se.odis.dcat.RdfSyntax syntax) {
    if (from == From.ODIS || files.isEmpty()) return null;
    String first = files.get(0);
    if (first.equals(Inputs.STDIN) || Inputs.isUrl(first)) return null;
    Path file = Path.of(first);
    if (!Files.isRegularFile(file)) return null; // a directory, or a problem the inputs will name
    ImportStream stream = new ImportStream();
    FutureTask<CatalogImport> task = new FutureTask<>(() -> {
      try {
        CatalogImport imported = CatalogueInputs.readFile(from, syntax, file, stream);
        stream.finished(null);
        return imported;
      } catch (Throwable t) {
        stream.finished(t);
        throw t;
      }
    });
    Thread t = new Thread(task, "odis-catalogue-reader");
    t.setDaemon(true);
    t.start();
    return new ReadAhead(first, from, syntax, task, stream);
  }

  /**
   * The import of this file as it goes, if it is the one read ahead and not yet taken: its
   * datasets can be assessed as they are mapped ({@link ImportStream}).
   *
   * @param path the file as the inputs reach it
   * @return the import under way, or null to read the file as usual
   */
  ImportStream stream(Path path) {
    if (claimed || !path.equals(file)) return null;
    claimed = true;
    return stream;
  }

  /**
   * The import of this file, if it is the one read ahead and not yet taken.
   *
   * @param path the file as the inputs reach it
   * @return the import (waiting for it to finish), or null to read the file as usual
   * @throws InvalidInputException the problem the import found, as reading the file would have
   */
  CatalogImport take(Path path) throws InvalidInputException {
    if (claimed || !path.equals(file)) return null;
    claimed = true;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException) throw (InvalidInputException) cause;
      if (cause instanceof RuntimeException) throw (RuntimeException) cause;
      if (cause instanceof Error) throw (Error) cause;
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
