package se.odis.dcat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import se.odis.model.DataService;
import se.odis.model.Distribution;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.Licence;
import se.odis.model.LocalizedText;

/**
 * Reads a dataset's distributions and data services, and its licence where the distributions
 * agree on one.
 */
final class Distributions {
  private final GraphValues g;
  private final Licences licences;
  private final DataServices services;

  Distributions(GraphValues g, Licences licences, DataServices services) {
    this.g = g;
    this.licences = licences;
    this.services = services;
  }

  void distributions(Resource ds, ImmutableDataset.Builder b, Notes notes, String subject) {
    List<Resource> dists = new ArrayList<>();
    for (RDFNode n : g.values(ds, Vocab.DCAT_DISTRIBUTION)) {
      if (n.isResource()) dists.add(n.asResource());
    }
    List<ImmutableDistribution> mapped = new ArrayList<>();
    List<String> licences = new ArrayList<>();
    List<String> serviceLicences = new ArrayList<>();
    Set<Resource> servicesUsed = new LinkedHashSet<>();
    int i = 0;
    for (Resource d : dists) {
      i++;
      String where = d.isAnon() ? subject + "/distribution/" + i : d.getURI();
      ImmutableDistribution.Builder db = ImmutableDistribution.builder();
      LocalizedText title = g.text(d, Vocab.TITLE, notes, where);
      if (!title.getTexts().isEmpty()) db.title(title);
      LocalizedText description = g.text(d, Vocab.DESCRIPTION, notes, where);
      if (!description.getTexts().isEmpty()) db.description(description);
      RDFNode issued = g.single(d, Vocab.ISSUED, notes, where, "dcterms:issued");
      if (issued != null) db.issued(g.date(issued, notes, where, "dcterms:issued"));
      RDFNode modified = g.single(d, Vocab.MODIFIED, notes, where, "dcterms:modified");
      if (modified != null) db.modified(g.date(modified, notes, where, "dcterms:modified"));
      RDFNode status = g.single(d, Vocab.ADMS_STATUS, notes, where, "adms:status");
      if (status != null) db.status(g.status(status, notes, where, "distributionen", "the distribution"));
      RDFNode format = g.single(d, Vocab.FORMAT, notes, where, "dcterms:format");
      String fmt = format == null ? null : g.nameOrUri(format);
      RDFNode media = g.single(d, Vocab.MEDIA_TYPE_P, notes, where, "dcat:mediaType");
      String mt = media == null ? null : g.nameOrUri(media);
      db.format(fmt).mediaType(mt);
      notes.checkFormat(fmt, mt, where);
      RDFNode access = g.single(d, Vocab.ACCESS_URL, notes, where, "dcat:accessURL");
      if (access != null) db.accessUrl(g.link(access, notes, where, "dcat:accessURL"));
      RDFNode download = g.single(d, Vocab.DOWNLOAD_URL, notes, where, "dcat:downloadURL");
      if (download != null) db.downloadUrl(g.link(download, notes, where, "dcat:downloadURL", true));
      RDFNode size = g.single(d, Vocab.BYTE_SIZE, notes, where, "dcat:byteSize");
      if (size != null) db.byteSize(byteSize(size, notes, where));
      RDFNode rights = g.single(d, Vocab.RIGHTS, notes, where, "dcterms:rights");
      if (rights != null) db.rights(g.nameOrUri(rights));
      RDFNode page = g.single(d, Vocab.FOAF_PAGE, notes, where, "foaf:page");
      URI documentation = page == null ? null : g.link(page, notes, where, "foaf:page");
      RDFNode service = g.single(d, Vocab.ACCESS_SERVICE, notes, where, "dcat:accessService");
      if (service != null && service.isResource()) {
        db.api(true);
        servicesUsed.add(service.asResource());
        if (documentation == null) documentation = this.services.serviceDocumentation(service.asResource(), notes, where);
      }
      db.documentation(documentation);
      RDFNode lic = g.single(d, Vocab.LICENSE, notes, where, "dcterms:license");
      licences.add(lic == null ? null : this.licences.licence(lic, notes, where));
      mapped.add(db.build());
    }
    // Data services: those a distribution reaches (dcat:accessService) and those that serve the
    // dataset (dcat:servesDataset). A service is an API, not a distribution: it has no format.
    Set<Resource> services = new LinkedHashSet<>(servicesUsed);
    services.addAll(this.services.serving(ds));
    List<DataService> dataServices = new ArrayList<>();
    int n = 0;
    for (Resource service : services) {
      n++;
      String where = service.isAnon() ? subject + "/service/" + n : service.getURI();
      dataServices.add(this.services.dataService(service, notes, where));
      if (!servicesUsed.contains(service)) {
        RDFNode lic = g.single(service, Vocab.LICENSE, notes, where, "dcterms:license");
        if (lic != null) serviceLicences.add(this.licences.licence(lic, notes, where));
      }
    }
    b.dataServices(dataServices);

    RDFNode datasetLic = g.single(ds, Vocab.LICENSE, notes, subject, "dcterms:license");
    String datasetLicence = datasetLic == null ? null : this.licences.licence(datasetLic, notes, subject);
    if (datasetLicence == null) {
      Map<Licence, String> distinct = new LinkedHashMap<>();
      for (String l : licences) if (l != null) distinct.putIfAbsent(Licence.parse(l), l);
      for (String l : serviceLicences) if (l != null) distinct.putIfAbsent(Licence.parse(l), l);
      if (distinct.size() == 1) {
        datasetLicence = distinct.values().iterator().next();
      } else if (distinct.size() > 1) {
        notes.add(subject, SourceNote.MIXED_LICENCES,
            "Distributionerna har olika licenser (" + String.join(", ", distinct.values())
                + ") och datamängden anger ingen; varje distribution behöll sin.",
            "The distributions carry different licences (" + String.join(", ", distinct.values())
                + ") and the dataset names none; each distribution kept its own.");
      }
    }
    b.licence(datasetLicence);
    Licence common = datasetLicence == null ? null : Licence.parse(datasetLicence);
    List<Distribution> result = new ArrayList<>();
    for (int k = 0; k < mapped.size(); k++) {
      String l = licences.get(k);
      boolean differs = l != null && (common == null || !Licence.parse(l).equals(common));
      result.add(differs ? mapped.get(k).withLicence(l) : mapped.get(k));
    }
    b.distributions(result);
  }

  private Long byteSize(RDFNode n, Notes notes, String where) {
    String t = n.isLiteral() ? n.asLiteral().getLexicalForm().strip() : GraphValues.show(n);
    try {
      long v = new BigDecimal(t).longValueExact();
      if (v >= 0) return v;
    } catch (NumberFormatException | ArithmeticException e) {
      // fall through to the note
    }
    notes.add(where, SourceNote.BAD_NUMBER,
        "dcat:byteSize \"" + t + "\" är inget antal byte; det togs inte med.",
        "dcat:byteSize \"" + t + "\" is not a number of bytes; it was left out.");
    return null;
  }
}
