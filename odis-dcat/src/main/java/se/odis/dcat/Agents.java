package se.odis.dcat;

import java.net.URI;
import java.util.List;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import se.odis.model.ContactPoint;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutablePublisher;
import se.odis.model.Publisher;
import se.odis.model.PublisherType;

/** Reads agents (publisher, creator) and contact points, in every form catalogues write them. */
final class Agents {
  private static final java.util.regex.Pattern TEL = java.util.regex.Pattern.compile("^tel:");
  private final GraphValues g;

  Agents(GraphValues g) {
    this.g = g;
  }

  Publisher publisher(RDFNode node, Notes notes, String datasetSubject) {
    ImmutablePublisher.Builder p = ImmutablePublisher.builder();
    if (node.isLiteral()) {
      String name = node.asLiteral().getLexicalForm().strip();
      notes.add(datasetSubject, SourceNote.LITERAL_NOT_IRI,
          "Utgivaren är skriven som text (\"" + name + "\") och inte som en organisation (foaf:Agent).",
          "The publisher is written as text (\"" + name + "\"), not as an organisation (foaf:Agent).");
      return name.isEmpty() ? null : p.name(name).build();
    }
    Resource r = node.asResource();
    String where = r.isAnon() ? datasetSubject + "/publisher" : r.getURI();
    String name = g.name(r, notes, where, Vocab.FOAF_NAME, Vocab.PREF_LABEL, Vocab.LABEL, Vocab.VCARD_FN, Vocab.TITLE);
    p.name(name);
    if (name == null) {
      notes.add(where, SourceNote.PUBLISHER_WITHOUT_NAME,
          "Utgivaren har inget namn (foaf:name) i källan.", "The publisher has no name (foaf:name) in the source.");
    }
    RDFNode type = g.single(r, Vocab.DCT_TYPE, notes, where, "dcterms:type");
    if (type != null) {
      PublisherType t = type.isURIResource() ? Vocabularies.publisherType(type.asResource().getURI()) : null;
      if (t != null) {
        p.type(t);
      } else {
        notes.add(where, SourceNote.UNKNOWN_PUBLISHER_TYPE,
            "Utgivartypen " + GraphValues.show(type) + " finns inte i ADMS-vokabulären; den togs inte med.",
            "The publisher type " + GraphValues.show(type) + " is not in the ADMS vocabulary; it was left out.");
      }
    }
    if (r.isURIResource()) {
      p.identifier(r.getURI());
    } else {
      for (RDFNode n : g.values(r, Vocab.IDENTIFIER)) {
        if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank()) {
          p.identifier(n.asLiteral().getLexicalForm().strip());
          break;
        }
      }
    }
    Publisher built = p.build();
    return built.getName() == null && built.getType() == null && built.getIdentifier() == null ? null : built;
  }

  ContactPoint contact(RDFNode node, Notes notes, String datasetSubject) {
    ImmutableContactPoint.Builder c = ImmutableContactPoint.builder();
    boolean any = false;
    if (node.isLiteral() || (node.isURIResource() && !node.asResource().listProperties().hasNext())) {
      String t = node.isLiteral() ? node.asLiteral().getLexicalForm().strip() : node.asResource().getURI();
      notes.add(datasetSubject, SourceNote.CONTACT_NOT_VCARD,
          "Kontaktpunkten är inget vCard-kort utan bara \"" + t + "\"; det som gick att läsa togs med.",
          "The contact point is not a vCard but just \"" + t + "\"; what could be read was kept.");
      if (t.regionMatches(true, 0, "mailto:", 0, 7) || (t.contains("@") && !t.contains("://"))) {
        String email = notes.email(t, datasetSubject);
        if (email == null) return null;
        return c.email(email).build();
      }
      if (t.contains("://")) return c.url(t).build();
      return t.isEmpty() ? null : c.name(t).build();
    }
    Resource r = node.asResource();
    String where = r.isAnon() ? datasetSubject + "/contactPoint" : r.getURI();
    String name = g.name(r, notes, where, Vocab.VCARD_FN, Vocab.VCARD_ORGANIZATION_NAME, Vocab.FOAF_NAME);
    if (name != null) {
      c.name(name);
      any = true;
    }
    RDFNode mail = g.single(r, Vocab.HAS_EMAIL, notes, where, "vcard:hasEmail");
    if (mail == null) mail = g.single(r, Vocab.FOAF_MBOX, notes, where, "foaf:mbox");
    if (mail != null) {
      String email = notes.email(vcardValue(mail, notes, where, "vcard:hasEmail"), where);
      if (email != null) {
        c.email(email);
        any = true;
      }
    }
    RDFNode url = g.single(r, Vocab.HAS_URL, notes, where, "vcard:hasURL");
    if (url != null) {
      URI u = g.link(url, notes, where, "vcard:hasURL");
      if (u != null) {
        c.url(u.toString());
        any = true;
      }
    }
    List<RDFNode> phones = g.values(r, Vocab.HAS_TELEPHONE);
    for (RDFNode ph : phones) {
      String tel = null;
      if (ph.isURIResource() && ph.asResource().getURI().startsWith("tel:")) {
        tel = ph.asResource().getURI();
      } else if (ph.isLiteral()) {
        tel = ph.asLiteral().getLexicalForm();
      } else if (ph.isResource()) {
        tel = vcardValue(ph, notes, where, "vcard:hasTelephone");
      }
      if (tel != null && !tel.isBlank()) {
        c.phone(TEL.matcher(tel.strip()).replaceFirst(""));
        any = true;
        break;
      }
    }
    return any ? c.build() : null;
  }

  /**
   * A vCard property's value in any of the forms catalogues write: an IRI ({@code <mailto:…>}), a
   * literal ({@code "x@ex.se"}), or a node holding it in {@code vcard:hasValue}; null for an empty node.
   */
  private String vcardValue(RDFNode n, Notes notes, String where, String what) {
    if (n.isURIResource()) return n.asResource().getURI();
    if (n.isLiteral()) return n.asLiteral().getLexicalForm();
    RDFNode v = g.single(n.asResource(), Vocab.HAS_VALUE, notes, where, what + " vcard:hasValue");
    if (v == null || v.isAnon()) return null;
    return v.isURIResource() ? v.asResource().getURI() : v.asLiteral().getLexicalForm();
  }
}
