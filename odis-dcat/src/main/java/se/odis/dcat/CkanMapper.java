package se.odis.dcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.odis.model.AccessRights;
import se.odis.model.DataTheme;
import se.odis.model.Distribution;
import se.odis.model.Frequency;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutablePublisher;
import se.odis.model.ImmutableTemporalCoverage;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.WebLinks;

/**
 * Maps CKAN package_show JSON to ODIS datasets: one package, a {@code {"result": …}} envelope, a
 * list of packages, or a package_search result ({@code {"result": {"results": […]}}}). A record
 * in DCAT-JSON form ({@code description}, {@code distribution}, {@code keyword}) is read too, and
 * noted. One instance per document; not thread-safe.
 */
final class CkanMapper {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CKAN's default licence ids, and the licence each stands for. */
  private static final Map<String, String> CKAN_LICENCES = new HashMap<>();
  /** CKAN licence ids that name no version; read as the current version, with a note. */
  private static final Set<String> VERSIONLESS = Set.of("cc-by", "cc-by-sa", "cc-nc");

  static {
    CKAN_LICENCES.put("cc-zero", "CC0-1.0");
    CKAN_LICENCES.put("cc0", "CC0-1.0");
    CKAN_LICENCES.put("cc-by", "CC-BY-4.0");
    CKAN_LICENCES.put("cc-by-sa", "CC-BY-SA-4.0");
    CKAN_LICENCES.put("cc-nc", "CC-BY-NC-4.0");
    CKAN_LICENCES.put("cc-by-4.0", "CC-BY-4.0");
    CKAN_LICENCES.put("cc-by-sa-4.0", "CC-BY-SA-4.0");
    CKAN_LICENCES.put("odc-pddl", "PDDL-1.0");
    CKAN_LICENCES.put("odc-by", "ODC-By-1.0");
    CKAN_LICENCES.put("odc-odbl", "ODbL-1.0");
    CKAN_LICENCES.put("other-closed", "proprietary");
  }

  private final String source;
  /** Put before JSON pointers in subjects: "" for a file, the page's URL for a page of a paged search. */
  private final String document;
  private final Notes catalogueNotes = new Notes();
  /** Ids given so far, over every page of one catalogue. */
  private final Set<String> taken;

  CkanMapper(String source) {
    this(source, "", new TreeSet<>());
  }

  /**
   * @param source the catalogue's label
   * @param document what JSON pointers point into, put before them ("" for the source itself)
   * @param taken the ids already given in this catalogue; added to
   */
  CkanMapper(String source, String document, Set<String> taken) {
    this.source = source;
    this.document = document;
    this.taken = taken;
  }

  CatalogImport map(JsonNode root) {
    List<ImportedDataset> out = mapPackages(root);
    if (out.isEmpty()) {
      catalogueNotes.add(source, SourceNote.NO_DATASETS, "Källan innehåller inget CKAN-paket.",
          "The source holds no CKAN package.");
    }
    return new CatalogImport(source, CatalogImport.CKAN_JSON, out, catalogueNotes.list);
  }

  /** @return the document's packages as datasets, in document order (no note when there are none) */
  List<ImportedDataset> mapPackages(JsonNode root) {
    List<ImportedDataset> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : packages(root).entrySet()) {
      out.add(mapPackage(e.getValue(), e.getKey(), taken));
    }
    return out;
  }

  /** @return the notes about the document as a whole */
  List<SourceNote> notes() {
    return catalogueNotes.list;
  }

  /** The packages, by JSON pointer, in file order. */
  private Map<String, JsonNode> packages(JsonNode root) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    String base = "";
    JsonNode node = root;
    if (node.isObject() && node.has("result")) {
      base = "/result";
      node = node.get("result");
      if (node.isObject() && node.has("results") && node.get("results").isArray()) {
        base = "/result/results";
        node = node.get("results");
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isObject()) found.put(base + "/" + i, node.get(i));
      }
    } else if (node.isObject()) {
      found.put(base, node);
    }
    return found;
  }

  private ImportedDataset mapPackage(JsonNode p, String pointer, Set<String> taken) {
    Notes notes = new Notes();
    String subject = document + pointer;
    boolean dcatJson = !p.has("resources") && (p.has("distribution") || p.has("keyword") || p.has("description"));
    if (dcatJson) {
      notes.add(subject, SourceNote.NOT_CKAN,
          "Posten är inget CKAN-paket (package_show) utan DCAT-JSON; den lästes så långt det gick.",
          "The record is not a CKAN package (package_show) but DCAT-JSON; it was read as far as it goes.");
    }
    Map<String, String> extras = extras(p);

    String id = first(text(p, "name"), text(p, "id"), text(p, "identifier"), Notes.slug(text(p, "title")));
    if (id == null || id.isBlank()) id = "package";
    id = id.strip().replaceAll("[\\t\\r\\n]+", " "); // an ODIS id is one line; a catalogue's may wrap
    String unique = id;
    for (int i = 2; taken.contains(unique); i++) unique = id + "-" + i;
    taken.add(unique);

    String language = language(p, extras);
    ImmutableDataset.Builder b = ImmutableDataset.builder().id(unique);
    b.title(localized(p, "title", "title_translated", language, notes, subject));
    b.description(localized(p, dcatJson ? "description" : "notes", "notes_translated", language, notes, subject));

    // publisher: the organisation, or what the extras name
    String publisherName = first(extras.get("publisher_name"), extras.get("dcat_publisher_name"),
        p.path("organization").isObject() ? text(p.path("organization"), "title") : null,
        p.path("publisher").isObject() ? text(p.path("publisher"), "name") : null);
    if (publisherName == null) publisherName = responsibleParty(extras.get("responsible-party"), notes, subject);
    if (publisherName != null) {
      b.publisher(ImmutablePublisher.builder().name(publisherName).identifier(extras.get("publisher_uri")).build());
    }

    // contact: the maintainer, else the author, else what the extras name
    String contactName = first(text(p, "maintainer"), text(p, "author"), extras.get("contact_name"));
    String contactEmail = first(text(p, "maintainer_email"), text(p, "author_email"), extras.get("contact_email"),
        extras.get("contact-email"), extras.get("dcat_publisher_email"),
        p.path("publisher").isObject() ? text(p.path("publisher"), "mbox") : null);
    if (contactEmail != null) contactEmail = notes.email(contactEmail, subject + "/maintainer_email");
    if (contactName != null || contactEmail != null) {
      b.contactPoint(ImmutableContactPoint.builder().name(contactName).email(contactEmail).build());
    }

    String licence = licence(p, notes, subject);
    b.licence(licence);

    b.keywords(keywords(p));
    URI landing = notes.webLink(first(text(p, "url"), text(p, "landingPage"), extras.get("landing_page")), subject + "/url", "url", false);
    b.landingPage(landing);

    LocalDate issued = date(first(extras.get("issued"), extras.get("dcat_issued"), text(p, "issued"),
        text(p, "metadata_created")), notes, subject, "issued");
    b.issued(issued);
    b.modified(date(first(extras.get("modified"), extras.get("dcat_modified"), text(p, "modified")), notes, subject, "modified"));
    b.metadataModified(date(text(p, "metadata_modified"), notes, subject, "metadata_modified"));

    String freqText = first(extras.get("frequency"), extras.get("accrual_periodicity"), extras.get("update_frequency"),
        extras.get("frequency-of-update"), text(p, "accrualPeriodicity"));
    if (freqText != null) {
      Frequency f = Vocabularies.anyFrequency(freqText);
      if (f != null) {
        b.accrualPeriodicity(f);
      } else {
        notes.add(subject, SourceNote.UNKNOWN_FREQUENCY,
            "Uppdateringsfrekvensen \"" + freqText + "\" känns inte igen; den togs inte med.",
            "The update frequency \"" + freqText + "\" is not recognised; it was left out.");
      }
    }
    String access = first(extras.get("access_rights"), text(p, "accessLevel"));
    if (access != null) {
      AccessRights a = Vocabularies.accessRights(access);
      if (a != null) {
        b.accessRights(a);
      } else {
        notes.add(subject, SourceNote.UNKNOWN_ACCESS_RIGHTS,
            "Åtkomsträttigheterna \"" + access + "\" finns inte i EU:s vokabulär; de togs inte med.",
            "The access rights \"" + access + "\" are not in the EU vocabulary; they were left out.");
      }
    }
    b.themes(themes(extras.get("theme"), notes, subject));
    temporal(b, extras, notes, subject);
    String spatial = first(extras.get("spatial_uri"), extras.get("spatial"), extras.get("spatial_text"));
    if (spatial != null) b.spatial(spatial);
    String conformsTo = extras.get("conforms_to");
    if (conformsTo != null) b.conformsTo(conformsTo);

    String state = text(p, "state");
    b.status("deleted".equals(state) ? Lifecycle.WITHDRAWN : "draft".equals(state) ? Lifecycle.PLANNED : Lifecycle.PUBLISHED);

    List<Distribution> dists = new ArrayList<>();
    JsonNode resources = p.has("resources") ? p.get("resources") : p.get("distribution");
    String resourcesName = p.has("resources") ? "resources" : "distribution";
    if (resources != null && resources.isArray()) {
      for (int i = 0; i < resources.size(); i++) {
        JsonNode r = resources.get(i);
        if (r.isObject()) dists.add(resource(r, subject + "/" + resourcesName + "/" + i, language, licence, notes));
      }
    }
    b.distributions(dists);
    return new ImportedDataset(b.build(), document + "#" + pointer, notes.list);
  }

  private Distribution resource(JsonNode r, String where, String language, String datasetLicence, Notes notes) {
    ImmutableDistribution.Builder d = ImmutableDistribution.builder();
    String name = first(text(r, "name"), text(r, "title"));
    if (name != null) d.title(LocalizedText.of(Map.of(language == null ? "sv" : language, name)));
    String format = first(text(r, "format"));
    String mediaType = first(text(r, "mimetype"), text(r, "mediaType"), text(r, "content_type"));
    d.format(format).mediaType(mediaType);
    notes.checkFormat(format, mediaType, where);
    String url = first(text(r, "url"), text(r, "accessURL"));
    String download = first(text(r, "download_url"), text(r, "downloadURL"));
    URI downloadUrl = notes.webLink(download, where, "downloadURL", true);
    // Without a url of its own, the download link is where the data is reached, if it is a web page's address.
    d.accessUrl(url != null ? notes.webLink(url, where, "url", false)
        : downloadUrl != null && WebLinks.isPage(downloadUrl) ? downloadUrl : null);
    d.downloadUrl(downloadUrl);
    String type = first(text(r, "resource_type"));
    d.api("api".equalsIgnoreCase(type) || "api".equalsIgnoreCase(format));
    String size = first(text(r, "size"), text(r, "content_length"), text(r, "byteSize"));
    if (size != null) {
      try {
        long v = Long.parseLong(size.strip());
        if (v >= 0) d.byteSize(v);
      } catch (NumberFormatException e) {
        notes.add(where, SourceNote.BAD_NUMBER, "Storleken \"" + size + "\" är inget antal byte; den togs inte med.",
            "The size \"" + size + "\" is not a number of bytes; it was left out.");
      }
    }
    String lic = first(text(r, "license"), text(r, "license_id"));
    if (lic != null) {
      notes.checkLicence(lic, where);
      if (datasetLicence == null || !Licence.parse(lic).equals(Licence.parse(datasetLicence))) d.licence(lic);
    }
    String rights = first(text(r, "rights"));
    if (rights != null) d.rights(rights);
    return d.build();
  }

  /**
   * The publisher among the parties ckanext-spatial lists in its {@code responsible-party} extra,
   * {@code "Name (role, role); Name (role)"} or a JSON list of {@code {"name", "roles"}}: the one in
   * the role of publisher, else of distributor, owner or custodian (ISO 19115 roles), else the only
   * one named; null when none can be told.
   */
  static String responsibleParty(String extra, Notes notes, String subject) {
    if (extra == null || extra.isBlank()) return null;
    Map<String, Set<String>> parties = new LinkedHashMap<>();
    String t = extra.strip();
    if (t.startsWith("[")) {
      try {
        for (JsonNode n : JSON.readTree(t)) {
          String name = n.isObject() ? text(n, "name") : null;
          if (name == null) continue;
          Set<String> roles = parties.computeIfAbsent(name, k -> new LinkedHashSet<>());
          n.path("roles").forEach(r -> roles.add(r.asText().strip().toLowerCase(Locale.ROOT)));
        }
      } catch (java.io.IOException e) {
        return null;
      }
    } else {
      java.util.regex.Matcher m = PARTY.matcher(t);
      while (m.find()) {
        Set<String> roles = parties.computeIfAbsent(m.group(1).strip(), k -> new LinkedHashSet<>());
        if (m.group(2) != null) {
          for (String r : m.group(2).split(",")) roles.add(r.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    parties.remove("");
    String chosen = null;
    for (String role : List.of("publisher", "distributor", "owner", "custodian")) {
      for (Map.Entry<String, Set<String>> e : parties.entrySet()) {
        if (chosen == null && e.getValue().contains(role)) chosen = e.getKey();
      }
    }
    if (chosen == null && parties.size() == 1) chosen = parties.keySet().iterator().next();
    if (chosen != null) {
      notes.add(subject + "/extras/responsible-party", SourceNote.PUBLISHER_FROM_RESPONSIBLE_PARTY,
          "Utgivaren togs från responsible-party (\"" + extra.strip() + "\"): " + chosen + ".",
          "The publisher was taken from responsible-party (\"" + extra.strip() + "\"): " + chosen + ".");
    }
    return chosen;
  }

  /** One party of a responsible-party text: a name, then its roles in brackets. */
  private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("([^;()]+?)\\s*(?:\\(([^)]*)\\))?\\s*(?:;|$)");

  // ---- licences ------------------------------------------------------------------------------

  private String licence(JsonNode p, Notes notes, String subject) {
    String id = first(text(p, "license_id"));
    String url = first(text(p, "license_url"), text(p, "license"));
    if (id == null) {
      if (url != null && Licence.parse(url).isRecognised()) return url;
      return null;
    }
    String key = id.strip().toLowerCase(Locale.ROOT);
    if (key.equals("notspecified") || key.equals("not-specified")) {
      notes.add(subject + "/license_id", SourceNote.LICENCE_NOT_SPECIFIED,
          "Paketet anger att licensen inte är angiven (\"" + id + "\").",
          "The package says its licence is not specified (\"" + id + "\").");
      return null;
    }
    String mapped = CKAN_LICENCES.get(key);
    if (mapped != null) {
      if (VERSIONLESS.contains(key)) {
        notes.add(subject + "/license_id", SourceNote.LICENCE_VERSION_ASSUMED,
            "CKAN-licensen \"" + id + "\" anger ingen version; den lästes som " + mapped + ". Kontrollera vilken version som gäller.",
            "The CKAN licence \"" + id + "\" names no version; it was read as " + mapped + ". Check which version applies.");
      }
      return mapped;
    }
    if (Licence.parse(id).isRecognised()) return id.strip();
    if (url != null && Licence.parse(url).isRecognised()) return url;
    notes.checkLicence(id, subject + "/license_id");
    return id.strip();
  }

  // ---- fields --------------------------------------------------------------------------------

  /** The package's extras as a map: CKAN 2 writes a list of key/value pairs, CKAN 1 an object. */
  private static Map<String, String> extras(JsonNode p) {
    Map<String, String> out = new TreeMap<>();
    JsonNode extras = p.get("extras");
    if (extras == null) return out;
    if (extras.isArray()) {
      for (JsonNode e : extras) {
        String k = text(e, "key");
        String v = text(e, "value");
        if (k != null && v != null) out.putIfAbsent(k, v);
      }
    } else if (extras.isObject()) {
      extras.properties().forEach(e -> {
        String v = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
        if (v != null && !v.isBlank()) out.putIfAbsent(e.getKey(), v.strip());
      });
    }
    return out;
  }

  /** The one language a package states for itself, if it states exactly one. */
  private static String language(JsonNode p, Map<String, String> extras) {
    List<String> langs = new ArrayList<>();
    JsonNode l = p.get("language");
    String metadataLanguage = first(extras.get("metadata-language"), extras.get("metadata_language"));
    if (metadataLanguage != null) {
      langs.add(metadataLanguage);
    } else if (l != null && l.isArray()) {
      l.forEach(x -> langs.add(x.asText()));
    } else if (l != null && l.isTextual()) {
      langs.addAll(List.of(l.asText().split("[,;\\s]+")));
    } else if (extras.get("language") != null) {
      langs.addAll(List.of(extras.get("language").split("[,;\\s]+")));
    }
    langs.removeIf(String::isBlank);
    if (langs.size() != 1) return null;
    String lang = langs.get(0).strip().toLowerCase(Locale.ROOT);
    switch (lang) {
      case "swe": return "sv";
      case "eng": return "en";
      default: return Notes.isLanguageTag(lang) && lang.length() == 2 ? lang : null;
    }
  }

  /**
   * A text: the translated form ({@code title_translated}: {"sv": …, "en": …}) if there is one, else
   * the plain field in the package's stated language, else taken to be Swedish (noted).
   */
  private static LocalizedText localized(JsonNode p, String field, String translated, String language, Notes notes,
      String subject) {
    JsonNode tr = p.get(translated);
    if (tr != null && tr.isObject()) {
      Map<String, String> texts = new TreeMap<>();
      tr.properties().forEach(e -> {
        String lang = e.getKey().strip().toLowerCase(Locale.ROOT);
        String t = e.getValue().asText("").strip();
        if (!t.isEmpty() && Notes.isLanguageTag(lang)) texts.put(lang, t);
      });
      if (!texts.isEmpty()) return LocalizedText.of(texts);
    }
    String text = text(p, field);
    if (text == null) return LocalizedText.empty();
    if (language == null) {
      notes.add(subject + "/" + field, SourceNote.NO_LANGUAGE_TAG,
          field + " saknar språkangivelse; texten antogs vara svenska.",
          field + " has no language; the text was taken to be Swedish.");
    }
    return LocalizedText.of(Map.of(language == null ? "sv" : language, text));
  }

  private static List<String> keywords(JsonNode p) {
    Set<String> out = new LinkedHashSet<>();
    for (String field : List.of("tags", "keyword", "keywords")) {
      JsonNode tags = p.get(field);
      if (tags == null || !tags.isArray()) continue;
      for (JsonNode t : tags) {
        String k = t.isObject() ? first(text(t, "display_name"), text(t, "name")) : t.isTextual() ? t.asText().strip() : null;
        if (k != null && !k.isEmpty()) out.add(k);
      }
    }
    return new ArrayList<>(out);
  }

  private static Set<DataTheme> themes(String theme, Notes notes, String subject) {
    Set<DataTheme> out = new TreeSet<>();
    if (theme == null) return out;
    List<String> values = new ArrayList<>();
    try {
      JsonNode n = JSON.readTree(theme);
      if (n != null && n.isArray()) n.forEach(x -> values.add(x.asText()));
      else values.add(theme);
    } catch (java.io.IOException e) {
      values.addAll(List.of(theme.split("[,\\s]+")));
    }
    for (String v : values) {
      if (v.isBlank()) continue;
      DataTheme t = v.contains("/") ? Vocabularies.theme(v) : parseTheme(v);
      if (t != null) {
        out.add(t);
      } else {
        notes.add(subject + "/extras/theme", SourceNote.UNKNOWN_THEME,
            "Temat \"" + v + "\" är inget EU-datatema; det togs inte med.",
            "The theme \"" + v + "\" is not an EU data theme; it was left out.");
      }
    }
    return out;
  }

  private static DataTheme parseTheme(String code) {
    try {
      return DataTheme.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void temporal(ImmutableDataset.Builder b, Map<String, String> extras, Notes notes, String subject) {
    String start = unwrap(first(extras.get("temporal_start"), extras.get("temporal_coverage-from"), extras.get("temporal_coverage_from")));
    String end = unwrap(first(extras.get("temporal_end"), extras.get("temporal_coverage-to"), extras.get("temporal_coverage_to")));
    LocalDate s = notes.periodEnd(start, false, subject + "/extras", "temporal start");
    LocalDate e = notes.periodEnd(end, true, subject + "/extras", "temporal end");
    if (s == null && e == null) return;
    if (s != null && e != null && e.isBefore(s)) {
      notes.add(subject + "/extras", SourceNote.BAD_PERIOD,
          "Tidsperioden slutar (" + e + ") före sin början (" + s + "); den togs inte med.",
          "The time period ends (" + e + ") before it starts (" + s + "); it was left out.");
      return;
    }
    b.temporal(ImmutableTemporalCoverage.builder().start(s).end(e).build());
  }

  /** Takes a value out of the JSON list some harvesters write it in: {@code ["1982"]}. */
  private static String unwrap(String v) {
    if (v == null) return null;
    String t = v.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1).strip();
      int comma = t.indexOf(',');
      if (comma >= 0) t = t.substring(0, comma).strip();
      t = t.replaceAll("^\"|\"$", "");
    }
    return t.isEmpty() ? null : t;
  }

  private static LocalDate date(String text, Notes notes, String subject, String what) {
    if (text == null) return null;
    return notes.date(text, subject + "/" + what, what);
  }

  /** A field's text, or null when absent, null, not a value or blank. */
  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) return null;
    String t = v.asText().strip();
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }
}
