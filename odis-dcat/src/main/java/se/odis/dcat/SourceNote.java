package se.odis.dcat;

import java.util.Objects;
import se.odis.model.LocalizedText;

/**
 * A remark about the source of an import: something odd, legacy or incomplete that was read
 * anyway. A note never stops an import; malformed input is an {@link se.odis.model.InvalidInputException}
 * instead. Immutable.
 *
 * <p>Codes are stable strings, listed as constants here, so that tools can count or filter them.
 */
public final class SourceNote {
  /** The file began with a UTF-8 byte-order mark, which was skipped. */
  public static final String BOM = "BOM";
  /** The RDF parser warned about something (the message has its line and column). */
  public static final String PARSER_WARNING = "PARSER_WARNING";
  /** The file name or the server's media type names another RDF syntax than the content is in; the content's was read. */
  public static final String SYNTAX_FROM_CONTENT = "SYNTAX_FROM_CONTENT";
  /** The catalogue was read from several pages (Hydra paging, CKAN package_search) and merged. */
  public static final String PAGED = "PAGED";
  /** A page of a paged catalogue leads back to a page already read; the paging ended there. */
  public static final String PAGING_LOOP = "PAGING_LOOP";
  /** The same CKAN package came on two pages (the catalogue changed while it was read); it was kept once. */
  public static final String DUPLICATE_PACKAGE = "DUPLICATE_PACKAGE";
  /** The source holds no dataset. */
  public static final String NO_DATASETS = "NO_DATASETS";
  /** Texts held control characters or half surrogate pairs; each was replaced with U+FFFD. */
  public static final String BROKEN_TEXT = "BROKEN_TEXT";
  /** A text had no language tag; it was taken to be Swedish. */
  public static final String NO_LANGUAGE_TAG = "NO_LANGUAGE_TAG";
  /** A language tag was malformed; the text was taken to be Swedish. */
  public static final String BAD_LANGUAGE_TAG = "BAD_LANGUAGE_TAG";
  /** More than one text in the same language where one is expected; the first (in sort order) was kept. */
  public static final String DUPLICATE_LANGUAGE = "DUPLICATE_LANGUAGE";
  /** An empty text was ignored. */
  public static final String EMPTY_TEXT = "EMPTY_TEXT";
  /** A {@code mailto:} address with nothing after it; no e-mail was taken. */
  public static final String EMPTY_MAILTO = "EMPTY_MAILTO";
  /** A contact point is not a vCard (e.g. a bare {@code mailto:} link); what could be read was kept. */
  public static final String CONTACT_NOT_VCARD = "CONTACT_NOT_VCARD";
  /** A distribution that no dataset links to; it is not part of any imported dataset. */
  public static final String ORPHAN_DISTRIBUTION = "ORPHAN_DISTRIBUTION";
  /** A format or media type that ODIS does not recognise; it was kept as given. */
  public static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";
  /** A property or vocabulary of an older DCAT-AP (1.x) was read in place of today's. */
  public static final String LEGACY_PROPERTY = "LEGACY_PROPERTY";
  /** A theme that is not an EU data theme; it was left out. */
  public static final String UNKNOWN_THEME = "UNKNOWN_THEME";
  /** An update frequency that ODIS cannot map; it was left out. */
  public static final String UNKNOWN_FREQUENCY = "UNKNOWN_FREQUENCY";
  /** Access rights that are not in the EU vocabulary; they were left out. */
  public static final String UNKNOWN_ACCESS_RIGHTS = "UNKNOWN_ACCESS_RIGHTS";
  /** A publisher type that is not in the ADMS vocabulary; it was left out. */
  public static final String UNKNOWN_PUBLISHER_TYPE = "UNKNOWN_PUBLISHER_TYPE";
  /** A status that ODIS cannot map; the dataset was taken to be published. */
  public static final String UNKNOWN_STATUS = "UNKNOWN_STATUS";
  /** An HVD category that is not in the EU vocabulary; it was left out. */
  public static final String UNKNOWN_HVD_CATEGORY = "UNKNOWN_HVD_CATEGORY";
  /** A specific HVD concept was read as the category it belongs to. */
  public static final String HVD_SUBCATEGORY = "HVD_SUBCATEGORY";
  /** The HVD category was taken from a data service that serves the dataset. */
  public static final String HVD_CATEGORY_FROM_SERVICE = "HVD_CATEGORY_FROM_SERVICE";
  /** The dataset cites the HVD regulation but names no category. */
  public static final String HVD_WITHOUT_CATEGORY = "HVD_WITHOUT_CATEGORY";
  /** The dataset names an HVD category but does not cite the HVD regulation. */
  public static final String HVD_WITHOUT_LEGISLATION = "HVD_WITHOUT_LEGISLATION";
  /** Several values where one is expected; the first (in sort order) was kept. */
  public static final String MULTIPLE_VALUES = "MULTIPLE_VALUES";
  /** A date that could not be read; it was left out. */
  public static final String BAD_DATE = "BAD_DATE";
  /** A time period that could not be read (e.g. it ends before it starts); it was left out. */
  public static final String BAD_PERIOD = "BAD_PERIOD";
  /** A number that could not be read; it was left out. */
  public static final String BAD_NUMBER = "BAD_NUMBER";
  /** A link that is not an absolute URI; it was left out. */
  public static final String BAD_URI = "BAD_URI";
  /**
   * A landing page, access URL, download or documentation link that is not a web address
   * ({@code javascript:}, {@code file:}, …; see {@link se.odis.model.WebLinks}); it was left out.
   */
  public static final String NOT_WEB_LINK = "NOT_WEB_LINK";
  /** A link written as text where an IRI is expected; it was read as a link. */
  public static final String LITERAL_NOT_IRI = "LITERAL_NOT_IRI";
  /** A licence document was read through its {@code skos:exactMatch} to a known licence. */
  public static final String LICENCE_MAPPED = "LICENCE_MAPPED";
  /** A licence ODIS does not recognise; it was kept as given and cannot be judged open. */
  public static final String UNRECOGNISED_LICENCE = "UNRECOGNISED_LICENCE";
  /** The distributions carry different licences and the dataset names none. */
  public static final String MIXED_LICENCES = "MIXED_LICENCES";
  /** The source says the licence is not specified. */
  public static final String LICENCE_NOT_SPECIFIED = "LICENCE_NOT_SPECIFIED";
  /** A licence id without a version was read as the current version; check it. */
  public static final String LICENCE_VERSION_ASSUMED = "LICENCE_VERSION_ASSUMED";
  /** The CKAN package names no organisation; the publisher was taken from ckanext-spatial's responsible-party. */
  public static final String PUBLISHER_FROM_RESPONSIBLE_PARTY = "PUBLISHER_FROM_RESPONSIBLE_PARTY";
  /** The publisher has no name in the source. */
  public static final String PUBLISHER_WITHOUT_NAME = "PUBLISHER_WITHOUT_NAME";
  /** Several datasets share one identifier; ids were derived from their URIs instead. */
  public static final String DUPLICATE_IDENTIFIER = "DUPLICATE_IDENTIFIER";
  /** A resource is used as a dataset but not typed {@code dcat:Dataset}. */
  public static final String MISSING_TYPE = "MISSING_TYPE";
  /** A CKAN record is not in package_show form (e.g. a DCAT-JSON record); it was read as far as it goes. */
  public static final String NOT_CKAN = "NOT_CKAN";

  private final String subject;
  private final String code;
  private final LocalizedText message;

  /**
   * @param subject what the note is about: a URI, a blank-node path such as
   *     {@code _:raa-arkivbilder/distribution/1}, or a JSON pointer
   * @param code a stable code, one of the constants of this class
   * @param message what was found and what was done, in Swedish and English
   */
  public SourceNote(String subject, String code, LocalizedText message) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
  }

  static SourceNote of(String subject, String code, String sv, String en) {
    return new SourceNote(subject, code, LocalizedText.of(sv, en));
  }

  /** @return what the note is about: a URI, a blank-node path or a JSON pointer */
  public String getSubject() {
    return subject;
  }

  /** @return the stable code, e.g. {@link #EMPTY_MAILTO} */
  public String getCode() {
    return code;
  }

  /** @return what was found and what was done, in Swedish ({@code sv}) and English ({@code en}) */
  public LocalizedText getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceNote)) return false;
    SourceNote n = (SourceNote) o;
    return n.subject.equals(subject) && n.code.equals(code) && n.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, code, message);
  }

  /** @return {@code CODE subject: English message} */
  @Override
  public String toString() {
    return code + " " + subject + ": " + message.best("en");
  }
}
