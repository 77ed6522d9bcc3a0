package se.odis.dcat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import se.odis.model.InputProblem;
import se.odis.model.InvalidInputException;

/**
 * Reads a DCAT catalogue from its URL, following Hydra paging as catalogues publish it: the page's
 * {@code hydra:PartialCollectionView} names the next page with {@code hydra:next}, the older
 * {@code hydra:PagedCollection} with {@code hydra:nextPage}. The pages are merged into one graph
 * and mapped as one catalogue.
 */
final class HydraPaging {
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  private static final Property NEXT = Vocab.p(HYDRA, "next");
  private static final Property NEXT_PAGE = Vocab.p(HYDRA, "nextPage");

  /** Every RDF syntax ODIS reads, Turtle first; anything else last, as the content decides anyway. */
  static final String ACCEPT = "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, "
      + "application/n-triples;q=0.7, application/rdf+json;q=0.6, application/json;q=0.5, */*;q=0.1";

  private HydraPaging() {}

  static CatalogImport fetch(URI url, FetchSettings settings, String label) throws InvalidInputException {
    Http http = new Http(settings, label);
    Model merged = ModelFactory.createDefaultModel();
    List<SourceNote> notes = new ArrayList<>();
    Set<URI> visited = new HashSet<>();
    Set<String> syntaxes = new java.util.LinkedHashSet<>();
    URI next = url;
    int pages = 0;
    while (next != null) {
      if (pages == settings.getMaxPages()) {
        throw new InvalidInputException(new InputProblem(label, 0, 0, "",
            "the catalogue has more than " + settings.getMaxPages() + " pages (the next is " + next
                + "); it was not read, as part of a catalogue is not the catalogue",
            "a catalogue of at most " + settings.getMaxPages() + " pages"), null);
      }
      visited.add(next.normalize());
      Http.Answer answer = http.get(next, ACCEPT);
      pages++;
      String pageLabel = pages == 1 ? label : label + " (page " + pages + ": " + answer.uri + ")";
      RdfReading.Parsed page = DcatImporter.deeply(pageLabel, () -> parse(answer, pageLabel));
      notes.addAll(page.notes);
      syntaxes.add(page.syntax.label());
      merged.add(page.model);
      URI following = nextPage(page.model, next, answer.uri, notes, pageLabel);
      if (following != null && visited.contains(following.normalize())) {
        notes.add(SourceNote.of(label, SourceNote.PAGING_LOOP,
            "Sidan " + answer.uri + " pekar tillbaka på " + following + ", som redan lästs; läsningen av sidor slutade där.",
            "The page " + answer.uri + " leads back to " + following + ", already read; the paging ended there."));
        following = null;
      }
      next = following;
    }
    if (pages > 1) {
      notes.add(SourceNote.of(label, SourceNote.PAGED,
          "Katalogen lästes från " + pages + " sidor (Hydra) och slogs samman.",
          "The catalogue was read from " + pages + " pages (Hydra) and merged."));
    }
    return DcatImporter.deeply(label, () -> new DcatMapper(merged, label).map(notes, String.join(", ", syntaxes)));
  }

  private static RdfReading.Parsed parse(Http.Answer answer, String label) throws InvalidInputException {
    if (looksLikeHtml(answer.body)) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "",
          "the server answered with a web page (HTML"
              + (answer.contentType == null ? "" : ", " + answer.contentType.strip()) + "), not a catalogue",
          "the URL of the catalogue itself (Turtle, RDF/XML, JSON-LD, N-Triples or RDF/JSON), not of a page about it"), null);
    }
    RdfSyntax hint = RdfSyntax.fromMediaType(answer.contentType).orElse(null);
    String hintSource = "the server's Content-Type (" + (answer.contentType == null ? "none" : answer.contentType.strip()) + ")";
    return RdfReading.parse(answer.body, null, hint, hintSource, label, answer.uri.toString());
  }

  private static boolean looksLikeHtml(byte[] body) {
    int i = RdfReading.bomLength(body);
    while (i < body.length && Character.isWhitespace(body[i])) i++;
    String head = new String(body, i, Math.min(body.length - i, 64), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /**
   * The page after this one: {@code hydra:next} or {@code hydra:nextPage}, preferring the one stated
   * of this page itself; null on the last page.
   */
  private static URI nextPage(Model page, URI asked, URI answered, List<SourceNote> notes, String label)
      throws InvalidInputException {
    Set<String> ofThisPage = new TreeSet<>();
    Set<String> any = new TreeSet<>();
    for (Property p : List.of(NEXT, NEXT_PAGE)) {
      for (Statement s : page.listStatements(null, p, (RDFNode) null).toList()) {
        if (!s.getObject().isURIResource()) continue;
        String target = s.getObject().asResource().getURI();
        any.add(target);
        String subject = s.getSubject().isURIResource() ? s.getSubject().getURI() : null;
        if (subject != null && (subject.equals(asked.toString()) || subject.equals(answered.toString()))) {
          ofThisPage.add(target);
        }
      }
    }
    Set<String> candidates = ofThisPage.isEmpty() ? any : ofThisPage;
    if (candidates.isEmpty()) return null;
    if (candidates.size() > 1) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "",
          "the page names more than one next page (" + String.join(", ", candidates) + ")",
          "one hydra:next (or hydra:nextPage) per page"), null);
    }
    String target = candidates.iterator().next();
    URI u;
    try {
      u = new URI(target);
    } catch (URISyntaxException e) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "",
          "the next page \"" + target + "\" is not a valid URL", "an http or https URL in hydra:next"), e);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidInputException(new InputProblem(label, 0, 0, "",
          "the next page is " + target + ", which ODIS does not follow (only http and https)",
          "an http or https URL in hydra:next"), null);
    }
    return u;
  }
}
