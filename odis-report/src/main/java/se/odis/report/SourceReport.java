package se.odis.report;

import java.util.List;
import java.util.Objects;

/**
 * What an import said about one source as a whole — a catalogue file or URL read with
 * {@code --from dcat|ckan}: the syntax it was read in, how many datasets it held, and the notes about
 * the source itself (a byte-order mark, parser warnings, distributions that belong to no dataset, no
 * dataset at all…). A portfolio report lists its sources (JSON {@code sources}, a section in Markdown
 * and HTML), so that nothing the importer noticed is only on standard error.
 *
 * @param source the file or URL as given
 * @param syntax the syntax it was read in, e.g. {@code RDF/XML} or {@code CKAN JSON}
 * @param datasets how many datasets it held
 * @param notes the notes about the source as a whole, in the order they were made
 */
public record SourceReport(String source, String syntax, long datasets, List<ImportNote> notes) {
  /** Checks that every part is given, and copies the notes. */
  public SourceReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(syntax, "syntax");
    if (datasets < 0) throw new IllegalArgumentException("datasets must not be negative: " + datasets);
    notes = List.copyOf(notes);
  }
}
