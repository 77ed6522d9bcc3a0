package se.odis.dcat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;

/**
 * Reads a catalogue's graph in a stable order: a property's values sorted (IRIs, then literals,
 * then blank nodes by their content, numbers in text compared as numbers), so that the same
 * catalogue always maps alike; and the values every part of the mapping reads the same way
 * (language-tagged texts, names, links, dates, statuses). One instance per graph; not thread-safe.
 */
final class GraphValues {
  private final Model model;

  GraphValues(Model model) {
    this.model = model;
  }

  String label(Resource r) {
    return r.isAnon() ? "_:" + firstText(r, Vocab.TITLE, Vocab.IDENTIFIER) : r.getURI();
  }

  String firstText(Resource r, Property... props) {
    for (Property p : props) {
      for (RDFNode n : values(r, p)) {
        String t = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
        if (t != null && !t.isBlank()) return t.strip();
      }
    }
    return "?";
  }

  /** A status (ADMS, or the EU dataset or distribution status); null, noted, when not recognised. */
  Lifecycle status(RDFNode status, Notes notes, String where, String sv, String en) {
    Lifecycle l = status.isURIResource() ? Vocabularies.status(status.asResource().getURI()) : null;
    if (l == null) {
      notes.add(where, SourceNote.UNKNOWN_STATUS,
          "Statusen " + show(status) + " känns inte igen; " + sv + " antogs vara publicerad.",
          "The status " + show(status) + " is not recognised; " + en + " was taken to be published.");
    }
    return l;
  }

  LocalDate date(RDFNode n, Notes notes, String subject, String what) {
    if (!n.isLiteral()) {
      notes.add(subject, SourceNote.BAD_DATE, what + " " + show(n) + " är inget datum; det togs inte med.",
          what + " " + show(n) + " is not a date; it was left out.");
      return null;
    }
    return notes.date(n.asLiteral().getLexicalForm(), subject, what);
  }

  static int langRank(String lang) {
    String l = lang.toLowerCase();
    if (l.equals("sv") || l.startsWith("sv-")) return 0;
    if (l.isEmpty()) return 1;
    if (l.equals("en") || l.startsWith("en-")) return 2;
    return 3;
  }

  /**
   * Reads a language-tagged text. A literal without a tag, or with a malformed one, is taken to be
   * Swedish (unless there is a Swedish text already) and noted; a second text in the same language
   * is noted and dropped; empty texts are noted and dropped.
   */
  LocalizedText text(Resource r, Property p, Notes notes, String subject) {
    List<Literal> lits = new ArrayList<>();
    for (RDFNode n : values(r, p)) if (n.isLiteral()) lits.add(n.asLiteral());
    // tagged before untagged, so a real Swedish text wins over an assumed one
    lits.sort(Comparator.comparing((Literal l) -> l.getLanguage().isEmpty() ? 1 : 0)
        .thenComparing(l -> l.getLanguage().toLowerCase())
        .thenComparing(Literal::getLexicalForm));
    Map<String, String> out = new TreeMap<>();
    String what = shortName(p);
    for (Literal l : lits) {
      String t = l.getLexicalForm().strip();
      if (t.isEmpty()) {
        notes.add(subject, SourceNote.EMPTY_TEXT, what + (l.getLanguage().isEmpty() ? "" : "@" + l.getLanguage())
            + " är tom; den togs inte med.", what + (l.getLanguage().isEmpty() ? "" : "@" + l.getLanguage())
            + " is empty; it was left out.");
        continue;
      }
      String lang = l.getLanguage().toLowerCase();
      if (lang.isEmpty()) {
        lang = "sv";
        notes.addOnce(subject, SourceNote.NO_LANGUAGE_TAG,
            what + " saknar språkkod; texten antogs vara svenska.",
            what + " has no language tag; the text was taken to be Swedish.");
      } else if (!Notes.isLanguageTag(lang)) {
        String fixed = lang.replace('_', '-');
        if (Notes.isLanguageTag(fixed)) {
          lang = fixed;
        } else {
          notes.add(subject, SourceNote.BAD_LANGUAGE_TAG,
              what + " har språkkoden \"" + l.getLanguage() + "\", som inte är någon språkkod; texten antogs vara svenska.",
              what + " has the language tag \"" + l.getLanguage() + "\", which is not a language code; the text was taken to be Swedish.");
          lang = "sv";
        }
      }
      if (out.containsKey(lang)) {
        notes.add(subject, SourceNote.DUPLICATE_LANGUAGE,
            what + " har mer än en text på språket \"" + lang + "\"; den första togs med.",
            what + " has more than one text in language \"" + lang + "\"; the first was kept.");
        continue;
      }
      out.put(lang, t);
    }
    return LocalizedText.of(out);
  }

  static String shortName(Property p) {
    String ns = p.getNameSpace();
    if (ns.equals(Vocab.DCT)) return "dcterms:" + p.getLocalName();
    if (ns.equals(Vocab.DCAT)) return "dcat:" + p.getLocalName();
    if (ns.equals(Vocab.FOAF)) return "foaf:" + p.getLocalName();
    if (ns.equals(Vocab.VCARD)) return "vcard:" + p.getLocalName();
    return p.getURI();
  }

  /** A single name for an agent or contact: Swedish, untagged, English, then any; blanks are skipped. */
  String name(Resource r, Notes notes, String where, Property... props) {
    for (Property p : props) {
      List<Literal> lits = new ArrayList<>();
      for (RDFNode n : values(r, p)) {
        if (!n.isLiteral()) continue;
        if (n.asLiteral().getLexicalForm().isBlank()) {
          notes.add(where, SourceNote.EMPTY_TEXT,
              shortName(p) + (n.asLiteral().getLanguage().isEmpty() ? "" : "@" + n.asLiteral().getLanguage()) + " är tomt; det togs inte med.",
              shortName(p) + (n.asLiteral().getLanguage().isEmpty() ? "" : "@" + n.asLiteral().getLanguage()) + " is empty; it was left out.");
          continue;
        }
        lits.add(n.asLiteral());
      }
      if (lits.isEmpty()) continue;
      lits.sort(Comparator.comparing((Literal l) -> langRank(l.getLanguage())).thenComparing(Literal::getLexicalForm));
      return lits.get(0).getLexicalForm().strip();
    }
    return null;
  }

  /** A link: an IRI, or a literal that holds one (noted). */
  URI link(RDFNode n, Notes notes, String where, String what) {
    return link(n, notes, where, what, false);
  }

  /** A link people follow: a web address ({@link Notes#webLink}); ftp too for a download. */
  URI link(RDFNode n, Notes notes, String where, String what, boolean download) {
    if (n.isURIResource()) return notes.webLink(n.asResource().getURI(), where, what, download);
    if (n.isLiteral()) {
      String t = n.asLiteral().getLexicalForm();
      URI u = notes.webLink(t, where, what, download);
      if (u != null) {
        notes.add(where, SourceNote.LITERAL_NOT_IRI,
            what + " är skriven som text (\"" + t.strip() + "\"); den lästes som en länk.",
            what + " is written as text (\"" + t.strip() + "\"); it was read as a link.");
      }
      return u;
    }
    notes.add(where, SourceNote.BAD_URI, what + " är en blank nod och ingen länk; den togs inte med.",
        what + " is a blank node, not a link; it was left out.");
    return null;
  }

  /** An IRI as its URI, a literal as its text, a blank node as its label; null if none of these. */
  String nameOrUri(RDFNode n) {
    if (n.isURIResource()) return n.asResource().getURI();
    if (n.isLiteral()) {
      String t = n.asLiteral().getLexicalForm().strip();
      return t.isEmpty() ? null : t;
    }
    Resource r = n.asResource();
    // A location may be only a geometry or a bounding box (GeoJSON, WKT): kept as written.
    for (Property p : List.of(Vocab.PREF_LABEL, Vocab.LABEL, Vocab.GEOGRAPHIC_NAME, Vocab.TITLE, Vocab.RDF_VALUE,
        Vocab.DESCRIPTION, Vocab.IDENTIFIER, Vocab.GEOMETRY, Vocab.BBOX)) {
      String t = name(r, new Notes(), "", p);
      if (t != null) return t;
    }
    return null;
  }

  static String show(RDFNode n) {
    if (n.isURIResource()) return "<" + n.asResource().getURI() + ">";
    if (n.isLiteral()) return "\"" + n.asLiteral().getLexicalForm() + "\"";
    return "[]";
  }

  /** The one value of a property expected once: the first in sort order, noting any others. */
  RDFNode single(Resource r, Property p, Notes notes, String subject, String what) {
    List<RDFNode> vs = values(r, p);
    if (vs.isEmpty()) return null;
    if (vs.size() > 1) notes.multiple(subject, what, vs.size());
    return vs.get(0);
  }

  /** The values of a property, in a stable order: IRIs, then literals, then blank nodes by content. */
  List<RDFNode> values(Resource r, Property p) {
    List<RDFNode> out = new ArrayList<>();
    StmtIterator it = r.listProperties(p);
    try {
      while (it.hasNext()) out.add(it.next().getObject());
    } finally {
      it.close();
    }
    if (out.size() > 1) {
      Map<RDFNode, String> keys = new HashMap<>();
      for (RDFNode n : out) keys.put(n, key(n));
      out.sort(Comparator.comparing(keys::get, GraphValues::natural));
    }
    return out;
  }

  // The sort keys are made once per node, not once per comparison: a blank node's key is its
  // whole content (a dataset's, in a catalogue of blank nodes like RAÄ's).

  List<Resource> sortedSubjects(Property p, RDFNode o) {
    return sortedSubjects(p, o, r -> true);
  }

  /**
   * The subjects {@code keep} accepts, in the order of {@link #sortedSubjects(Property, RDFNode)}:
   * kept before they are sorted, so that the sort keys (a blank node's whole content) are made
   * only for those kept.
   */
  List<Resource> sortedSubjects(Property p, RDFNode o, java.util.function.Predicate<Resource> keep) {
    List<Resource> out = model.listResourcesWithProperty(p, o).filterKeep(keep).toList();
    if (out.size() > 1) {
      Map<Resource, String> keys = new HashMap<>();
      for (Resource r : out) keys.put(r, key(r));
      out.sort(Comparator.comparing(keys::get, GraphValues::natural));
    }
    return out;
  }

  List<Statement> sorted(StmtIterator it) {
    List<Statement> out = it.toList();
    if (out.size() > 1) {
      Map<RDFNode, String> keys = new HashMap<>();
      for (Statement s : out) {
        keys.computeIfAbsent(s.getSubject(), this::key);
        keys.computeIfAbsent(s.getObject(), this::key);
      }
      out.sort(Comparator.comparing((Statement s) -> keys.get(s.getSubject()), GraphValues::natural)
          .thenComparing(s -> keys.get(s.getObject()), GraphValues::natural));
    }
    return out;
  }

  /** Compares text with runs of digits compared as numbers, so that {@code …/2} comes before {@code …/10}. */
  static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
        // Leading zeros aside (one digit always left), the longer run is the larger number.
        int za = si;
        int zb = sj;
        while (za < i - 1 && a.charAt(za) == '0') za++;
        while (zb < j - 1 && b.charAt(zb) == '0') zb++;
        int c = Integer.compare(i - za, j - zb);
        for (int k = 0; c == 0 && k < i - za; k++) c = Character.compare(a.charAt(za + k), b.charAt(zb + k));
        if (c != 0) return c;
        c = Integer.compare(i - si, j - sj);
        if (c != 0) return c;
      } else {
        if (x != y) return Character.compare(x, y);
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  String key(RDFNode n) {
    if (n.isURIResource()) return "0" + n.asResource().getURI();
    if (n.isLiteral()) return "1" + n.asLiteral().getLexicalForm() + "@" + n.asLiteral().getLanguage() + "^^" + n.asLiteral().getDatatypeURI();
    return "2" + signature(n.asResource());
  }

  /**
   * The signatures made so far, by depth: a dataset's holds its distributions' one level less
   * deep, and a distribution's own is asked for again when the distributions are sorted.
   */
  @SuppressWarnings("unchecked")
  private final Map<Resource, String>[] signatures = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>()};

  /** A blank node's content as text, two levels deep: the same content gives the same order. */
  String signature(Resource r) {
    return signature(r, 2);
  }

  String signature(Resource r, int depth) {
    if (r.isURIResource()) return r.getURI();
    String known = signatures[depth].get(r);
    if (known == null) {
      known = content(r, depth);
      signatures[depth].put(r, known);
    }
    return known;
  }

  private String content(Resource r, int depth) {
    List<String> parts = new ArrayList<>();
    StmtIterator it = r.listProperties();
    try {
      while (it.hasNext()) {
        Statement s = it.next();
        RDFNode o = s.getObject();
        String v = o.isURIResource() ? o.asResource().getURI()
            : o.isLiteral() ? o.asLiteral().getLexicalForm() + "@" + o.asLiteral().getLanguage()
            : depth > 0 ? "[" + signature(o.asResource(), depth - 1) + "]" : "[]";
        parts.add(s.getPredicate().getURI() + " " + v);
      }
    } finally {
      it.close();
    }
    parts.sort(null);
    return String.join(" ; ", parts);
  }
}
