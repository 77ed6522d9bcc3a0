package se.odis.dcat;

import java.net.URI;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import se.odis.model.AccessRights;
import se.odis.model.Licence;

/** Reads licences (a known licence a local licence document matches exactly) and access rights. */
final class Licences {
  private final GraphValues g;

  Licences(GraphValues g) {
    this.g = g;
  }

  /** Reads a licence: its URI as given, or the known licence a local licence document matches exactly. */
  String licence(RDFNode node, Notes notes, String where) {
    String given = node.isURIResource() ? node.asResource().getURI() : g.nameOrUri(node);
    if (node.isLiteral()) {
      notes.add(where, SourceNote.LITERAL_NOT_IRI,
          "Licensen är skriven som text (\"" + given + "\") och inte som en länk.",
          "The licence is written as text (\"" + given + "\"), not as a link.");
    }
    if (given == null) return null;
    if (Licence.parse(given).isRecognised()) return given;
    if (node.isResource()) {
      for (Property p : List.of(Vocab.EXACT_MATCH, Vocab.SAME_AS)) {
        for (RDFNode m : g.values(node.asResource(), p)) {
          if (m.isURIResource() && Licence.parse(m.asResource().getURI()).isRecognised()) {
            String to = m.asResource().getURI();
            notes.add(where, SourceNote.LICENCE_MAPPED,
                "Licensen " + given + " lästes som " + to + " (skos:exactMatch i källan).",
                "The licence " + given + " was read as " + to + " (skos:exactMatch in the source).");
            return to;
          }
        }
      }
    }
    notes.checkLicence(given, where);
    return given;
  }

  /** Access rights from the EU vocabulary; null, noted, when the value is not in it. */
  AccessRights accessRights(RDFNode access, Notes notes, String where) {
    AccessRights a = Vocabularies.accessRights(access.isURIResource() ? access.asResource().getURI()
        : access.isLiteral() ? access.asLiteral().getLexicalForm() : null);
    if (a == null) {
      notes.add(where, SourceNote.UNKNOWN_ACCESS_RIGHTS,
          "Åtkomsträttigheterna " + GraphValues.show(access) + " finns inte i EU:s vokabulär; de togs inte med.",
          "The access rights " + GraphValues.show(access) + " are not in the EU vocabulary; they were left out.");
    }
    return a;
  }
}
