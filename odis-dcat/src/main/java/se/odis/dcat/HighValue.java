package se.odis.dcat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import se.odis.model.HvdCategory;

/** Reads whether a dataset or data service is a high-value dataset (EU 2023/138) and its category. */
final class HighValue {
  private final GraphValues g;

  HighValue(GraphValues g) {
    this.g = g;
  }

  HvdCategory hvd(Resource ds, List<Resource> services, Notes notes, String subject) {
    boolean cites = false;
    for (RDFNode l : g.values(ds, Vocab.APPLICABLE_LEGISLATION)) {
      if (l.isURIResource() && Vocabularies.isHvdLegislation(l.asResource().getURI())) cites = true;
    }
    HvdCategory own = hvdFrom(ds, notes, subject);
    if (own != null) {
      if (!cites) {
        notes.add(subject, SourceNote.HVD_WITHOUT_LEGISLATION,
            "Datamängden har en HVD-kategori men hänvisar inte till förordning (EU) 2023/138 (dcatap:applicableLegislation).",
            "The dataset has an HVD category but does not cite Regulation (EU) 2023/138 (dcatap:applicableLegislation).");
      }
      return own;
    }
    for (Resource service : services) {
      HvdCategory fromService = hvdFrom(service, notes, service.isAnon() ? subject + "/service" : service.getURI());
      if (fromService != null) {
        notes.add(subject, SourceNote.HVD_CATEGORY_FROM_SERVICE,
            "HVD-kategorin togs från datatjänsten " + g.label(service) + " som tillhandahåller datamängden.",
            "The HVD category was taken from the data service " + g.label(service) + " that serves the dataset.");
        return fromService;
      }
    }
    if (cites) {
      notes.add(subject, SourceNote.HVD_WITHOUT_CATEGORY,
          "Datamängden hänvisar till förordning (EU) 2023/138 men anger ingen HVD-kategori.",
          "The dataset cites Regulation (EU) 2023/138 but names no HVD category.");
    }
    return null;
  }

  HvdCategory hvdFrom(Resource r, Notes notes, String where) {
    Set<HvdCategory> found = new LinkedHashSet<>();
    for (RDFNode c : g.values(r, Vocab.HVD_CATEGORY)) {
      String uri = c.isURIResource() ? c.asResource().getURI() : null;
      HvdCategory cat = uri == null ? null : Vocabularies.hvdCategory(uri);
      if (cat == null) {
        notes.add(where, SourceNote.UNKNOWN_HVD_CATEGORY,
            "HVD-kategorin " + GraphValues.show(c) + " finns inte i EU:s vokabulär; den togs inte med.",
            "The HVD category " + GraphValues.show(c) + " is not in the EU vocabulary; it was left out.");
        continue;
      }
      if (!Vocabularies.isTopHvdCategory(uri)) {
        notes.add(where, SourceNote.HVD_SUBCATEGORY,
            "HVD-begreppet " + uri + " lästes som kategorin " + cat.getLabel().get("sv") + " (" + cat.getUri() + ") som det hör till.",
            "The HVD concept " + uri + " was read as the category it belongs to, " + cat.getLabel().get("en") + " (" + cat.getUri() + ").");
      }
      found.add(cat);
    }
    if (found.size() > 1) notes.multiple(where, "dcatap:hvdCategory (kategorier/categories)", found.size());
    return found.isEmpty() ? null : found.iterator().next();
  }
}
