package se.odis.report;

import java.util.Objects;

/**
 * Where a dataset was read from: the file as the user named it ({@code <stdin>} for standard
 * input), the line it starts on in an NDJSON file or a JSON array (null for a file of its own),
 * and its subject URI when it came from a DCAT or CKAN catalogue (null otherwise).
 *
 * @param file the file, as given on the command line or found in a directory
 * @param line the 1-based line, or null
 * @param uri the dataset's URI in the catalogue, or null
 */
public record Origin(String file, Integer line, String uri) {
  /** Checks that the file is given. */
  public Origin {
    Objects.requireNonNull(file, "file");
  }

  /**
   * @param file the file
   * @return the origin of a dataset that is a file of its own
   */
  public static Origin of(String file) {
    return new Origin(file, null, null);
  }

  /** @return {@code file}, {@code file:line} or {@code file <uri>}, for people */
  public String label() {
    if (line != null) return file + ":" + line;
    if (uri != null) return file + " <" + uri + ">";
    return file;
  }
}
