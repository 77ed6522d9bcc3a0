package se.odis.cli;

import java.util.ArrayList;
import java.util.List;
import se.odis.dcat.ImportListener;
import se.odis.dcat.ImportedDataset;
import se.odis.dcat.SourceNote;
import se.odis.model.InvalidInputException;

/**
 * A catalogue import handed over as it goes, from the thread that imports ({@link ReadAhead}) to
 * the one that reads the inputs: the catalogue as a whole once its notes are made, then each
 * dataset as soon as it is mapped. The first datasets are then assessed while the rest are
 * mapped, instead of all of them after the import. Thread-safe.
 */
final class ImportStream implements ImportListener {
  private String syntax;
  private List<SourceNote> notes;
  private int count = -1;
  private final List<ImportedDataset> datasets = new ArrayList<>();
  private boolean finished;
  private Throwable failure;

  @Override
  public synchronized void catalogue(String syntax, List<SourceNote> notes, int datasets) {
    this.syntax = syntax;
    this.notes = notes;
    this.count = datasets;
    notifyAll();
  }

  @Override
  public synchronized void dataset(ImportedDataset dataset) {
    datasets.add(dataset);
    notifyAll();
  }

  /**
   * The import has ended.
   *
   * @param failure what the import threw, or null when it succeeded
   */
  synchronized void finished(Throwable failure) {
    this.finished = true;
    this.failure = failure;
    notifyAll();
  }

  /**
   * Waits for the catalogue as a whole.
   *
   * @throws InvalidInputException the problem the import found before it (a file that is not
   *     well-formed RDF), as reading the file would have thrown it
   */
  synchronized void awaitCatalogue() throws InvalidInputException {
    boolean interrupted = false;
    try {
      while (count < 0 && !finished) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (count < 0) throw rethrown(failure);
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /** @return the syntax the catalogue was read in; after {@link #awaitCatalogue} */
  synchronized String syntax() {
    return syntax;
  }

  /** @return the notes about the catalogue as a whole; after {@link #awaitCatalogue} */
  synchronized List<SourceNote> notes() {
    return notes;
  }

  /** @return how many datasets the catalogue has; after {@link #awaitCatalogue} */
  synchronized int count() {
    return count;
  }

  /**
   * Waits for a dataset.
   *
   * @param i its index, below {@link #count()}
   * @return the dataset
   * @throws InvalidInputException the problem that ended the import before the dataset was mapped
   */
  synchronized ImportedDataset await(int i) throws InvalidInputException {
    boolean interrupted = false;
    try {
      while (datasets.size() <= i && !finished) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (i < datasets.size()) return datasets.get(i);
      throw rethrown(failure != null ? failure : new IllegalStateException("the import ended before dataset " + i));
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private static InvalidInputException rethrown(Throwable t) {
    if (t instanceof InvalidInputException) return (InvalidInputException) t;
    if (t instanceof RuntimeException) throw (RuntimeException) t;
    if (t instanceof Error) throw (Error) t;
    throw new IllegalStateException(t);
  }
}
