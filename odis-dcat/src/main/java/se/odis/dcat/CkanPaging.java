package se.odis.dcat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * Reads a CKAN portal's packages through its action API: {@code package_search} page by page
 * ({@code rows}, {@code start}) until the answer's {@code count} is reached.
 */
final class CkanPaging {
  private static final String ACCEPT = "application/json, */*;q=0.1";
  private static final String SEARCH = "/api/3/action/package_search";

  private CkanPaging() {}

  static CatalogImport fetch(URI url, FetchSettings settings, String label) throws InvalidInputException {
    Http http = new Http(settings, label);
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    boolean action = path.contains("/api/");
    if (action && !path.endsWith("/package_search")) {
      // package_show or another action: one answer, read as it is.
      Http.Answer answer = http.get(url, ACCEPT);
      CkanImporter.Parsed parsed = CkanImporter.parse(answer.body, label);
      CatalogImport mapped = new CkanMapper(label).map(parsed.root);
      List<SourceNote> notes = new ArrayList<>(parsed.notes);
      notes.addAll(mapped.getNotes());
      return new CatalogImport(label, CatalogImport.CKAN_JSON, mapped.getDatasets(), notes);
    }
    URI search = action ? url : withPath(url, path.replaceAll("/+$", "") + SEARCH);
    long start = startOf(search);
    Set<String> taken = new TreeSet<>();
    Set<String> seenPackages = new HashSet<>();
    List<ImportedDataset> datasets = new ArrayList<>();
    List<SourceNote> notes = new ArrayList<>();
    int pages = 0;
    Long count = null;
    while (true) {
      if (pages == settings.getMaxPages()) {
        throw new InvalidInputException(new InputProblem(label, 0, 0, "",
            "the portal lists more packages than " + settings.getMaxPages() + " pages of " + settings.getCkanRows()
                + " hold" + (count == null ? "" : " (" + count + ")") + "; none was read, as part of a catalogue is not the catalogue",
            "a catalogue of at most " + settings.getMaxPages() + " pages"), null);
      }
      URI page = withPaging(search, settings.getCkanRows(), start);
      Http.Answer answer = http.get(page, ACCEPT);
      pages++;
      String pageLabel = pages == 1 ? label : label + " (page " + pages + ": " + answer.uri + ")";
      CkanImporter.Parsed parsed = CkanImporter.parse(answer.body, pageLabel);
      JsonNode result = parsed.root.path("result");
      JsonNode results = result.path("results");
      if (!results.isArray() || !result.path("count").canConvertToLong()) {
        throw new InvalidInputException(new InputProblem(pageLabel, 1, 1, "/result",
            "the answer is not a package_search result (no \"count\" and \"results\")",
            "a CKAN package_search answer: {\"success\": true, \"result\": {\"count\": …, \"results\": […]}}"), null);
      }
      count = result.path("count").asLong();
      notes.addAll(parsed.notes);
      CkanMapper mapper = new CkanMapper(label, answer.uri.toString(), taken);
      List<ImportedDataset> mapped = mapper.mapPackages(parsed.root);
      for (int i = 0; i < mapped.size(); i++) {
        String uri = mapped.get(i).getSourceUri();
        String key = packageKey(parsed.root.at(uri.substring(uri.indexOf('#') + 1)), mapped.get(i));
        if (!seenPackages.add(key)) {
          notes.add(SourceNote.of(mapped.get(i).getSourceUri(), SourceNote.DUPLICATE_PACKAGE,
              "Paketet " + key + " kom en gång till på en senare sida (katalogen ändrades medan den lästes); det togs med en gång.",
              "The package " + key + " came again on a later page (the catalogue changed while it was read); it was kept once."));
          continue;
        }
        datasets.add(mapped.get(i));
      }
      notes.addAll(mapper.notes());
      start += results.size();
      if (results.size() == 0 || start >= count) break;
    }
    if (datasets.isEmpty()) {
      notes.add(SourceNote.of(label, SourceNote.NO_DATASETS, "Källan innehåller inget CKAN-paket.",
          "The source holds no CKAN package."));
    }
    if (pages > 1) {
      notes.add(SourceNote.of(label, SourceNote.PAGED,
          "Paketen lästes från " + pages + " sidor (package_search) och slogs samman.",
          "The packages were read from " + pages + " pages (package_search) and merged."));
    }
    return new CatalogImport(label, CatalogImport.CKAN_JSON, datasets, notes);
  }

  /** A package's CKAN id, else its name, else where it was found. */
  private static String packageKey(JsonNode p, ImportedDataset d) {
    for (String f : List.of("id", "name")) {
      JsonNode v = p.get(f);
      if (v != null && v.isValueNode() && !v.asText().isBlank()) return v.asText().strip();
    }
    return d.getSourceUri();
  }

  private static long startOf(URI search) {
    String q = search.getRawQuery();
    if (q == null) return 0;
    for (String part : q.split("&")) {
      if (part.startsWith("start=")) {
        try {
          return Math.max(0, Long.parseLong(URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** The search URL with {@code rows} and {@code start} set, other parameters (a query, a filter) kept. */
  static URI withPaging(URI search, int rows, long start) {
    StringBuilder q = new StringBuilder();
    if (search.getRawQuery() != null) {
      for (String part : search.getRawQuery().split("&")) {
        if (part.isEmpty() || part.startsWith("rows=") || part.startsWith("start=")) continue;
        q.append(part).append('&');
      }
    }
    q.append("rows=").append(rows).append("&start=").append(start);
    try {
      return new URI(search.getScheme() + "://" + search.getRawAuthority() + search.getRawPath() + "?" + q);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a URL that parsed cannot be rebuilt: " + search, e);
    }
  }

  private static URI withPath(URI base, String path) {
    try {
      return new URI(base.getScheme() + "://" + base.getRawAuthority() + path);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a URL that parsed cannot be rebuilt: " + base, e);
    }
  }
}
