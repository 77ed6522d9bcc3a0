package se.odis.dcat;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.odis.model.FileFormat;
import se.odis.model.Licence;
import se.odis.model.WebLinks;

/**
 * A list of notes being collected for one dataset (or the catalogue), with the small readers that
 * both importers share: links, e-mail addresses, dates, formats. Each reader notes what it cannot
 * read and returns null, so that an odd value never stops an import.
 */
final class Notes {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:$|[T ].*|Z|[+-]\\d{2}:?\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  // The slug's patterns, compiled once rather than on every call as String.replaceAll would.
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

  final List<SourceNote> list = new ArrayList<>();

  void add(String subject, String code, String sv, String en) {
    list.add(SourceNote.of(subject, code, sv, en));
  }

  /** Adds a note unless the same note (subject, code and message) is already there. */
  void addOnce(String subject, String code, String sv, String en) {
    for (SourceNote n : list) {
      if (n.getSubject().equals(subject) && n.getCode().equals(code) && sv.equals(n.getMessage().get("sv"))) return;
    }
    add(subject, code, sv, en);
  }

  static boolean isLanguageTag(String tag) {
    return LANGUAGE_TAG.matcher(tag).matches();
  }

  /**
   * Reads an absolute URI, noting and dropping anything else.
   *
   * @param text the link as written
   * @param subject what it belongs to, for the note
   * @param what the field's name, for the note, e.g. {@code accessURL}
   */
  URI uri(String text, String subject, String what) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    try {
      URI u = new URI(t);
      if (u.isAbsolute() && (u.getRawSchemeSpecificPart() != null && !u.getRawSchemeSpecificPart().isEmpty())) {
        return u;
      }
    } catch (URISyntaxException e) {
      // fall through to the note
    }
    add(subject, SourceNote.BAD_URI,
        what + " \"" + t + "\" är ingen fullständig URI; den togs inte med.",
        what + " \"" + t + "\" is not an absolute URI; it was left out.");
    return null;
  }

  /**
   * Reads a link people follow ({@link WebLinks}): an absolute http or https address, or for a
   * download also ftp. Anything else ({@code javascript:}, {@code file:}, …) is noted and dropped,
   * so that it never reaches a report or an export.
   *
   * @param text the link as written
   * @param subject what it belongs to, for the note
   * @param what the field's name, for the note, e.g. {@code accessURL}
   * @param download whether ftp is allowed
   */
  URI webLink(String text, String subject, String what, boolean download) {
    URI u = uri(text, subject, what);
    if (u == null || (download ? WebLinks.isDownload(u) : WebLinks.isPage(u))) return u;
    String allowed = download ? "http, https eller ftp" : "http eller https";
    add(subject, SourceNote.NOT_WEB_LINK,
        what + " \"" + u + "\" är ingen webbadress (" + allowed + "); den togs inte med.",
        what + " \"" + u + "\" is not a web address (" + allowed.replace("eller", "or") + "); it was left out.");
    return null;
  }

  /** Reads an e-mail address from a {@code mailto:} link or plain text; notes an empty {@code mailto:}. */
  String email(String text, String subject) {
    if (text == null) return null;
    String t = text.strip();
    if (t.regionMatches(true, 0, "mailto:", 0, 7)) t = t.substring(7);
    int q = t.indexOf('?');
    if (q >= 0) t = t.substring(0, q);
    t = t.strip();
    if (t.isEmpty()) {
      add(subject, SourceNote.EMPTY_MAILTO,
          "Kontaktadressen \"" + text.strip() + "\" saknar e-postadress; ingen e-post togs med.",
          "The contact address \"" + text.strip() + "\" has no e-mail address; no e-mail was taken.");
      return null;
    }
    return t;
  }

  /**
   * Reads a calendar date from an xsd:date, an xsd:dateTime (its date part) or plain text in the
   * same forms; notes anything else.
   */
  LocalDate date(String lexical, String subject, String what) {
    if (lexical == null || lexical.isBlank()) return null;
    String t = lexical.strip();
    Matcher m = DATE.matcher(t);
    if (m.matches()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (DateTimeException e) {
        // fall through to the note
      }
    }
    add(subject, SourceNote.BAD_DATE,
        what + " \"" + t + "\" är inget datum (ÅÅÅÅ-MM-DD); det togs inte med.",
        what + " \"" + t + "\" is not a date (YYYY-MM-DD); it was left out.");
    return null;
  }

  /**
   * Reads one end of a time period: a date, or a year or month, which stands for its first day (a
   * start) or its last day (an end).
   */
  LocalDate periodEnd(String lexical, boolean end, String subject, String what) {
    if (lexical == null || lexical.isBlank()) return null;
    String t = lexical.strip();
    try {
      if (YEAR.matcher(t).matches()) {
        int y = Integer.parseInt(t);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      Matcher ym = YEAR_MONTH.matcher(t);
      if (ym.matches()) {
        YearMonth m = YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
    } catch (DateTimeException e) {
      // fall through
    }
    return date(t, subject, what);
  }

  /** Notes a format or media type that {@link FileFormat} does not recognise. */
  void checkFormat(String format, String mediaType, String subject) {
    if ((format != null || mediaType != null) && !FileFormat.of(format, mediaType).isKnown()) {
      String shown = format != null ? format : mediaType;
      if (format != null && mediaType != null) shown = format + " / " + mediaType;
      add(subject, SourceNote.UNKNOWN_FORMAT,
          "Formatet \"" + shown + "\" känns inte igen; det behölls som det står.",
          "The format \"" + shown + "\" is not recognised; it was kept as given.");
    }
  }

  /** Notes a licence that {@link Licence#parse} does not recognise. */
  void checkLicence(String licence, String subject) {
    if (licence != null && !Licence.parse(licence).isRecognised()) {
      add(subject, SourceNote.UNRECOGNISED_LICENCE,
          "Licensen \"" + licence + "\" känns inte igen och kan inte bedömas som öppen; den behölls som den står.",
          "The licence \"" + licence + "\" is not recognised and cannot be judged open; it was kept as given.");
    }
  }

  /** Notes several values where one is expected. */
  void multiple(String subject, String what, int count) {
    add(subject, SourceNote.MULTIPLE_VALUES,
        what + " har " + count + " värden där ett väntas; det första (i sorteringsordning) togs med.",
        what + " has " + count + " values where one is expected; the first (in sort order) was kept.");
  }

  /** Makes a readable, stable id from a title: lower case, ASCII letters and digits, hyphens. */
  static String slug(String text) {
    if (text == null) return "";
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace('ø', 'o').replace('æ', 'a').replace('ß', 's');
    s = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(s).replaceAll("-")).replaceAll("");
    if (s.length() > 60) s = TRAILING_HYPHENS.matcher(s.substring(0, 60)).replaceAll("");
    return s;
  }
}
