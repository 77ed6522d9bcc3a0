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
  private final Path file;
  private final FutureTask<CatalogImport> task;
  private boolean claimed;

  private ReadAhead(Path file, FutureTask<CatalogImport> task) {
    this.file = file;
    this.task = task;
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
    FutureTask<CatalogImport> task = new FutureTask<>(() -> CatalogueInputs.readFile(from, syntax, file));
    Thread t = new Thread(task, "odis-catalogue-reader");
    t.setDaemon(true);
    t.start();
    return new ReadAhead(file, task);
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
