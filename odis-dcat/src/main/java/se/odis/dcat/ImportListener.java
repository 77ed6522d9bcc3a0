package se.odis.dcat;

import java.util.List;

/**
 * Told of an import as it goes, on the thread that imports: first the catalogue as a whole, then
 * each dataset as soon as it is mapped, so that a caller can start on the first datasets while the
 * rest are being mapped. What it is told is what the finished {@link CatalogImport} holds, in the
 * same order. If the import fails, it may stop at any point; the failure is what the import method
 * throws.
 */
public interface ImportListener {
  /**
   * The catalogue as a whole, told once, before any of its datasets.
   *
   * @param syntax the syntax it was read in, as {@link CatalogImport#getSyntax()} gives it
   * @param notes the notes about the source as a whole, as {@link CatalogImport#getNotes()} gives
   *     them; unmodifiable
   * @param datasets how many datasets follow
   */
  void catalogue(String syntax, List<SourceNote> notes, int datasets);

  /**
   * One dataset, in the order of {@link CatalogImport#getDatasets()}.
   *
   * @param dataset the dataset as mapped
   */
  void dataset(ImportedDataset dataset);
}
