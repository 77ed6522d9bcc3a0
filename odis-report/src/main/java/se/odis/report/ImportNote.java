package se.odis.report;

import java.util.Objects;
import se.odis.model.LocalizedText;

/**
 * A remark an importer (DCAT, CKAN) made about a dataset's source, as a report shows it: something
 * odd, legacy or incomplete that was read anyway.
 *
 * @param code a stable code, e.g. {@code UNKNOWN_FORMAT}
 * @param subject what the note is about: a URI, a blank-node path or a JSON pointer
 * @param message what was found and what was done, in Swedish and English
 */
public record ImportNote(String code, String subject, LocalizedText message) {
  /** Checks that every part is given. */
  public ImportNote {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }
}
