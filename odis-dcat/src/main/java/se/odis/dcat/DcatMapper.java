package se.odis.dcat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import se.odis.model.AccessRights;
import se.odis.model.ContactPoint;
import se.odis.model.DataService;
import se.odis.model.DataTheme;
import se.odis.model.Distribution;
import se.odis.model.Frequency;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataService;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutablePublisher;
import se.odis.model.ImmutableTemporalCoverage;
import se.odis.model.Licence;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.Publisher;
import se.odis.model.PublisherType;
import se.odis.model.TemporalCoverage;

/**
 * Maps a DCAT-AP / DCAT-AP-SE graph to ODIS datasets. Reads what the catalogue says, notes what is
 * odd, and leaves what it does not say absent. One instance per graph; not thread-safe.
 */
final class DcatMapper {
  private final Model model;
  private final String source;
  private final Notes catalogueNotes = new Notes();
  /** dataset resource to the services that serve it (dcat:servesDataset) */
  private final Map<Resource, List<Resource>> servicesOf = new HashMap<>();

  DcatMapper(Model model, String source) {
    this.model = model;
    this.source = source;
  }

  /**
   * @param parseNotes the notes the parser made, first in the catalogue's notes
   * @param syntax the syntax the graph was read in, for {@link CatalogImport#getSyntax()}
   */
  CatalogImport map(List<SourceNote> parseNotes, String syntax) {
    catalogueNotes.list.addAll(parseNotes);
    Set<Resource> datasets = findDatasets();
    for (Resource service : sortedSubjects(Vocab.TYPE, Vocab.DATA_SERVICE)) {
      for (RDFNode d : values(service, Vocab.SERVES_DATASET)) {
        if (d.isResource()) servicesOf.computeIfAbsent(d.asResource(), k -> new ArrayList<>()).add(service);
      }
    }
    noteOrphanDistributions();
    Map<Resource, String> ids = assignIds(datasets);
    List<Resource> order = new ArrayList<>(datasets);
    order.sort(Comparator.comparing((Resource r) -> r.isAnon() ? 1 : 0)
        .thenComparing(r -> r.isAnon() ? ids.get(r) : r.getURI(), DcatMapper::natural));
    List<ImportedDataset> out = new ArrayList<>();
    for (Resource ds : order) {
      out.add(mapDataset(ds, ids.get(ds)));
    }
    if (out.isEmpty()) {
      catalogueNotes.add(source, SourceNote.NO_DATASETS,
          "Källan innehåller ingen datamängd (dcat:Dataset).", "The source holds no dataset (dcat:Dataset).");
    }
    return new CatalogImport(source, syntax, out, catalogueNotes.list);
  }

  // ---- finding things ------------------------------------------------------------------------

  private Set<Resource> findDatasets() {
    Set<Resource> found = new LinkedHashSet<>(sortedSubjects(Vocab.TYPE, Vocab.DATASET));
    for (Statement s : sorted(model.listStatements(null, Vocab.DCAT_DATASET, (RDFNode) null))) {
      RDFNode o = s.getObject();
      if (o.isResource() && !found.contains(o.asResource())) {
        Resource r = o.asResource();
        if (r.hasProperty(Vocab.TYPE)) continue; // typed as something else, e.g. a dcat:DatasetSeries
        found.add(r);
        catalogueNotes.add(label(r), SourceNote.MISSING_TYPE,
            "Resursen listas med dcat:dataset men har ingen typ dcat:Dataset; den lästes som en datamängd.",
            "The resource is listed with dcat:dataset but not typed dcat:Dataset; it was read as a dataset.");
      }
    }
    return found;
  }

  private void noteOrphanDistributions() {
    for (Resource d : sortedSubjects(Vocab.TYPE, Vocab.DISTRIBUTION)) {
      if (!model.contains(null, Vocab.DCAT_DISTRIBUTION, d)) {
        String where = d.isAnon() ? "_:distribution(" + firstText(d, Vocab.ACCESS_URL, Vocab.DOWNLOAD_URL, Vocab.TITLE) + ")" : d.getURI();
        catalogueNotes.add(where, SourceNote.ORPHAN_DISTRIBUTION,
            "Distributionen hör inte till någon datamängd (ingen dcat:distribution pekar på den); den togs inte med.",
            "The distribution belongs to no dataset (no dcat:distribution points to it); it was left out.");
      }
    }
  }

  private String label(Resource r) {
    return r.isAnon() ? "_:" + firstText(r, Vocab.TITLE, Vocab.IDENTIFIER) : r.getURI();
  }

  private String firstText(Resource r, Property... props) {
    for (Property p : props) {
      for (RDFNode n : values(r, p)) {
        String t = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
        if (t != null && !t.isBlank()) return t.strip();
      }
    }
    return "?";
  }

  // ---- ids -----------------------------------------------------------------------------------

  private Map<Resource, String> assignIds(Set<Resource> datasets) {
    Map<Resource, String> identifier = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Resource ds : datasets) {
      for (RDFNode n : values(ds, Vocab.IDENTIFIER)) {
        if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank()) {
          // An ODIS id is one line (it heads every report); a catalogue's may wrap.
          String id = n.asLiteral().getLexicalForm().strip().replaceAll("[\\t\\r\\n]+", " ");
          identifier.put(ds, id);
          counts.merge(id, 1, Integer::sum);
          break;
        }
      }
    }
    Map<Resource, String> ids = new LinkedHashMap<>();
    Set<String> taken = new TreeSet<>();
    for (Map.Entry<Resource, String> e : identifier.entrySet()) {
      if (counts.get(e.getValue()) == 1) {
        ids.put(e.getKey(), e.getValue());
        taken.add(e.getValue());
      } else {
        catalogueNotes.add(label(e.getKey()), SourceNote.DUPLICATE_IDENTIFIER,
            "Identifieraren \"" + e.getValue() + "\" delas av flera datamängder; id togs från URI:n i stället.",
            "The identifier \"" + e.getValue() + "\" is shared by several datasets; the id was taken from the URI instead.");
      }
    }
    // IRIs: the last path segment when unique, else the whole URI
    Map<String, Integer> segmentCounts = new HashMap<>();
    for (Resource ds : datasets) {
      if (!ids.containsKey(ds) && ds.isURIResource()) segmentCounts.merge(lastSegment(ds.getURI()), 1, Integer::sum);
    }
    for (Resource ds : datasets) {
      if (ids.containsKey(ds) || !ds.isURIResource()) continue;
      String seg = lastSegment(ds.getURI());
      String id = seg.isEmpty() || segmentCounts.get(seg) > 1 || taken.contains(seg) ? ds.getURI() : seg;
      ids.put(ds, unique(id, taken));
    }
    // blank nodes: a slug of the title; equal slugs are told apart by content, in a stable order
    List<Resource> blanks = new ArrayList<>();
    for (Resource ds : datasets) if (!ids.containsKey(ds)) blanks.add(ds);
    Map<Resource, String> slugs = new HashMap<>();
    for (Resource ds : blanks) slugs.put(ds, slugOf(ds));
    blanks.sort(Comparator.comparing((Resource r) -> slugs.get(r)).thenComparing((Resource r) -> signature(r)));
    for (Resource ds : blanks) {
      String slug = slugs.get(ds);
      ids.put(ds, unique(slug.isEmpty() ? "dataset" : slug, taken));
    }
    return ids;
  }

  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int i = 2; taken.contains(candidate); i++) candidate = id + "-" + i;
    taken.add(candidate);
    return candidate;
  }

  private static String lastSegment(String uri) {
    String u = uri.replaceAll("[/#?=]+$", "");
    int cut = Math.max(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')), Math.max(u.lastIndexOf('='), u.lastIndexOf(':')));
    return cut < 0 ? "" : u.substring(cut + 1);
  }

  private String slugOf(Resource ds) {
    LocalizedText t = text(ds, Vocab.TITLE, new Notes(), "");
    return Notes.slug(t.best("sv"));
  }

  // ---- one dataset ---------------------------------------------------------------------------

  private ImportedDataset mapDataset(Resource ds, String id) {
    Notes notes = new Notes();
    String subject = ds.isAnon() ? "_:" + id : ds.getURI();
    ImmutableDataset.Builder b = ImmutableDataset.builder().id(id).status(Lifecycle.PUBLISHED);
    b.title(text(ds, Vocab.TITLE, notes, subject));
    b.description(text(ds, Vocab.DESCRIPTION, notes, subject));

    RDFNode pub = single(ds, Vocab.PUBLISHER, notes, subject, "dcterms:publisher");
    if (pub != null) b.publisher(pub == null ? null : publisher(pub, notes, subject));

    List<RDFNode> contacts = values(ds, Vocab.CONTACT_POINT);
    if (contacts.isEmpty() && ds.hasProperty(Vocab.ADMS_CONTACT_POINT)) {
      contacts = values(ds, Vocab.ADMS_CONTACT_POINT);
      notes.add(subject, SourceNote.LEGACY_PROPERTY,
          "Kontaktpunkten anges med adms:contactPoint (DCAT-AP 1.x); den lästes som dcat:contactPoint.",
          "The contact point is given with adms:contactPoint (DCAT-AP 1.x); it was read as dcat:contactPoint.");
    }
    if (contacts.size() > 1) notes.multiple(subject, "dcat:contactPoint", contacts.size());
    if (!contacts.isEmpty()) {
      ContactPoint cp = contact(contacts.get(0), notes, subject);
      if (cp != null) b.contactPoint(cp);
    }

    Set<DataTheme> themes = new TreeSet<>();
    for (RDFNode t : values(ds, Vocab.THEME)) {
      DataTheme theme = t.isURIResource() ? Vocabularies.theme(t.asResource().getURI()) : null;
      if (theme != null) {
        themes.add(theme);
      } else {
        String shown = show(t);
        notes.add(subject, SourceNote.UNKNOWN_THEME,
            "Temat " + shown + " är inget EU-datatema; det togs inte med.",
            "The theme " + shown + " is not an EU data theme; it was left out.");
      }
    }
    b.themes(themes);
    b.keywords(keywords(ds, notes, subject));

    RDFNode access = single(ds, Vocab.ACCESS_RIGHTS, notes, subject, "dcterms:accessRights");
    if (access != null) {
      AccessRights a = Vocabularies.accessRights(access.isURIResource() ? access.asResource().getURI()
          : access.isLiteral() ? access.asLiteral().getLexicalForm() : null);
      if (a != null) {
        b.accessRights(a);
      } else {
        notes.add(subject, SourceNote.UNKNOWN_ACCESS_RIGHTS,
            "Åtkomsträttigheterna " + show(access) + " finns inte i EU:s vokabulär; de togs inte med.",
            "The access rights " + show(access) + " are not in the EU vocabulary; they were left out.");
      }
    }

    RDFNode freq = single(ds, Vocab.ACCRUAL_PERIODICITY, notes, subject, "dcterms:accrualPeriodicity");
    if (freq != null) b.accrualPeriodicity(frequency(freq, notes, subject));

    RDFNode issued = single(ds, Vocab.ISSUED, notes, subject, "dcterms:issued");
    if (issued != null) b.issued(date(issued, notes, subject, "dcterms:issued"));
    RDFNode modified = single(ds, Vocab.MODIFIED, notes, subject, "dcterms:modified");
    if (modified != null) b.modified(date(modified, notes, subject, "dcterms:modified"));
    b.metadataModified(recordModified(ds, notes, subject));

    RDFNode spatial = single(ds, Vocab.SPATIAL, notes, subject, "dcterms:spatial");
    if (spatial != null) b.spatial(nameOrUri(spatial));
    RDFNode temporal = single(ds, Vocab.TEMPORAL, notes, subject, "dcterms:temporal");
    if (temporal != null) b.temporal(period(temporal, notes, subject));
    RDFNode conformsTo = single(ds, Vocab.CONFORMS_TO, notes, subject, "dcterms:conformsTo");
    if (conformsTo != null) b.conformsTo(nameOrUri(conformsTo));
    RDFNode landing = single(ds, Vocab.LANDING_PAGE, notes, subject, "dcat:landingPage");
    if (landing != null) b.landingPage(link(landing, notes, subject, "dcat:landingPage"));

    b.hvdCategory(hvd(ds, notes, subject));
    for (RDFNode l : values(ds, Vocab.APPLICABLE_LEGISLATION)) {
      URI u = link(l, notes, subject, "dcatap:applicableLegislation");
      if (u != null) b.addApplicableLegislation(u);
    }
    for (RDFNode l : values(ds, Vocab.LANGUAGE)) {
      String language = nameOrUri(l);
      if (language != null) b.addLanguages(language);
    }
    RDFNode creator = single(ds, Vocab.CREATOR, notes, subject, "dcterms:creator");
    if (creator != null) b.creator(publisher(creator, notes, subject));
    for (RDFNode page : values(ds, Vocab.FOAF_PAGE)) {
      URI u = link(page, notes, subject, "foaf:page");
      if (u != null) b.addPages(u);
    }
    if (ds.isURIResource()) b.uri(notes.uri(ds.getURI(), subject, "dcat:Dataset"));

    RDFNode status = single(ds, Vocab.ADMS_STATUS, notes, subject, "adms:status");
    if (status != null) {
      Lifecycle l = status(status, notes, subject, "datamängden", "the dataset");
      if (l != null) b.status(l);
    }

    distributions(ds, b, notes, subject);
    return new ImportedDataset(b.build(), ds.isAnon() ? null : ds.getURI(), notes.list);
  }

  // ---- distributions and licences ------------------------------------------------------------

  private void distributions(Resource ds, ImmutableDataset.Builder b, Notes notes, String subject) {
    List<Resource> dists = new ArrayList<>();
    for (RDFNode n : values(ds, Vocab.DCAT_DISTRIBUTION)) {
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
      LocalizedText title = text(d, Vocab.TITLE, notes, where);
      if (!title.getTexts().isEmpty()) db.title(title);
      LocalizedText description = text(d, Vocab.DESCRIPTION, notes, where);
      if (!description.getTexts().isEmpty()) db.description(description);
      RDFNode issued = single(d, Vocab.ISSUED, notes, where, "dcterms:issued");
      if (issued != null) db.issued(date(issued, notes, where, "dcterms:issued"));
      RDFNode modified = single(d, Vocab.MODIFIED, notes, where, "dcterms:modified");
      if (modified != null) db.modified(date(modified, notes, where, "dcterms:modified"));
      RDFNode status = single(d, Vocab.ADMS_STATUS, notes, where, "adms:status");
      if (status != null) db.status(status(status, notes, where, "distributionen", "the distribution"));
      RDFNode format = single(d, Vocab.FORMAT, notes, where, "dcterms:format");
      String fmt = format == null ? null : nameOrUri(format);
      RDFNode media = single(d, Vocab.MEDIA_TYPE_P, notes, where, "dcat:mediaType");
      String mt = media == null ? null : nameOrUri(media);
      db.format(fmt).mediaType(mt);
      notes.checkFormat(fmt, mt, where);
      RDFNode access = single(d, Vocab.ACCESS_URL, notes, where, "dcat:accessURL");
      if (access != null) db.accessUrl(link(access, notes, where, "dcat:accessURL"));
      RDFNode download = single(d, Vocab.DOWNLOAD_URL, notes, where, "dcat:downloadURL");
      if (download != null) db.downloadUrl(link(download, notes, where, "dcat:downloadURL", true));
      RDFNode size = single(d, Vocab.BYTE_SIZE, notes, where, "dcat:byteSize");
      if (size != null) db.byteSize(byteSize(size, notes, where));
      RDFNode rights = single(d, Vocab.RIGHTS, notes, where, "dcterms:rights");
      if (rights != null) db.rights(nameOrUri(rights));
      RDFNode page = single(d, Vocab.FOAF_PAGE, notes, where, "foaf:page");
      URI documentation = page == null ? null : link(page, notes, where, "foaf:page");
      RDFNode service = single(d, Vocab.ACCESS_SERVICE, notes, where, "dcat:accessService");
      if (service != null && service.isResource()) {
        db.api(true);
        servicesUsed.add(service.asResource());
        if (documentation == null) documentation = serviceDocumentation(service.asResource(), notes, where);
      }
      db.documentation(documentation);
      RDFNode lic = single(d, Vocab.LICENSE, notes, where, "dcterms:license");
      licences.add(lic == null ? null : licence(lic, notes, where));
      mapped.add(db.build());
    }
    // Data services: those a distribution reaches (dcat:accessService) and those that serve the
    // dataset (dcat:servesDataset). A service is an API, not a distribution: it has no format.
    Set<Resource> services = new LinkedHashSet<>(servicesUsed);
    services.addAll(servicesOf.getOrDefault(ds, List.of()));
    List<DataService> dataServices = new ArrayList<>();
    int n = 0;
    for (Resource service : services) {
      n++;
      String where = service.isAnon() ? subject + "/service/" + n : service.getURI();
      dataServices.add(dataService(service, notes, where));
      if (!servicesUsed.contains(service)) {
        RDFNode lic = single(service, Vocab.LICENSE, notes, where, "dcterms:license");
        if (lic != null) serviceLicences.add(licence(lic, notes, where));
      }
    }
    b.dataServices(dataServices);

    RDFNode datasetLic = single(ds, Vocab.LICENSE, notes, subject, "dcterms:license");
    String datasetLicence = datasetLic == null ? null : licence(datasetLic, notes, subject);
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

  /** A status (ADMS, or the EU dataset or distribution status); null, noted, when not recognised. */
  private Lifecycle status(RDFNode status, Notes notes, String where, String sv, String en) {
    Lifecycle l = status.isURIResource() ? Vocabularies.status(status.asResource().getURI()) : null;
    if (l == null) {
      notes.add(where, SourceNote.UNKNOWN_STATUS,
          "Statusen " + show(status) + " känns inte igen; " + sv + " antogs vara publicerad.",
          "The status " + show(status) + " is not recognised; " + en + " was taken to be published.");
    }
    return l;
  }

  /** A data service as the dataset model holds it. */
  private DataService dataService(Resource service, Notes notes, String where) {
    ImmutableDataService.Builder s = ImmutableDataService.builder();
    if (service.isURIResource()) s.uri(notes.uri(service.getURI(), where, "dcat:DataService"));
    s.title(text(service, Vocab.TITLE, notes, where));
    RDFNode endpoint = single(service, Vocab.ENDPOINT_URL, notes, where, "dcat:endpointURL");
    if (endpoint != null) s.endpointUrl(link(endpoint, notes, where, "dcat:endpointURL"));
    RDFNode description = single(service, Vocab.ENDPOINT_DESCRIPTION, notes, where, "dcat:endpointDescription");
    if (description != null) s.endpointDescription(link(description, notes, where, "dcat:endpointDescription"));
    for (RDFNode page : values(service, Vocab.FOAF_PAGE)) {
      URI u = link(page, notes, where, "foaf:page");
      if (u != null) s.addPages(u);
    }
    for (RDFNode c : values(service, Vocab.CONFORMS_TO)) {
      String standard = nameOrUri(c);
      if (standard != null) s.addConformsTo(standard);
    }
    List<RDFNode> contacts = values(service, Vocab.CONTACT_POINT);
    if (contacts.size() > 1) notes.multiple(where, "dcat:contactPoint", contacts.size());
    if (!contacts.isEmpty()) s.contactPoint(contact(contacts.get(0), notes, where));
    RDFNode lic = single(service, Vocab.LICENSE, notes, where, "dcterms:license");
    if (lic != null) s.licence(licence(lic, new Notes(), where));
    RDFNode access = single(service, Vocab.ACCESS_RIGHTS, notes, where, "dcterms:accessRights");
    if (access != null) {
      AccessRights a = Vocabularies.accessRights(access.isURIResource() ? access.asResource().getURI()
          : access.isLiteral() ? access.asLiteral().getLexicalForm() : null);
      if (a != null) {
        s.accessRights(a);
      } else {
        notes.add(where, SourceNote.UNKNOWN_ACCESS_RIGHTS,
            "Åtkomsträttigheterna " + show(access) + " finns inte i EU:s vokabulär; de togs inte med.",
            "The access rights " + show(access) + " are not in the EU vocabulary; they were left out.");
      }
    }
    s.hvdCategory(hvdFrom(service, new Notes(), where));
    return s.build();
  }

  private URI serviceDocumentation(Resource service, Notes notes, String where) {
    RDFNode d = single(service, Vocab.ENDPOINT_DESCRIPTION, notes, where, "dcat:endpointDescription");
    if (d == null) d = single(service, Vocab.FOAF_PAGE, notes, where, "foaf:page");
    return d == null ? null : link(d, notes, where, "dcat:endpointDescription");
  }

  /** Reads a licence: its URI as given, or the known licence a local licence document matches exactly. */
  private String licence(RDFNode node, Notes notes, String where) {
    String given = node.isURIResource() ? node.asResource().getURI() : nameOrUri(node);
    if (node.isLiteral()) {
      notes.add(where, SourceNote.LITERAL_NOT_IRI,
          "Licensen är skriven som text (\"" + given + "\") och inte som en länk.",
          "The licence is written as text (\"" + given + "\"), not as a link.");
    }
    if (given == null) return null;
    if (Licence.parse(given).isRecognised()) return given;
    if (node.isResource()) {
      for (Property p : List.of(Vocab.EXACT_MATCH, Vocab.SAME_AS)) {
        for (RDFNode m : values(node.asResource(), p)) {
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

  private Long byteSize(RDFNode n, Notes notes, String where) {
    String t = n.isLiteral() ? n.asLiteral().getLexicalForm().strip() : show(n);
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

  // ---- agents and contacts -------------------------------------------------------------------

  private Publisher publisher(RDFNode node, Notes notes, String datasetSubject) {
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
    String name = name(r, notes, where, Vocab.FOAF_NAME, Vocab.PREF_LABEL, Vocab.LABEL, Vocab.VCARD_FN, Vocab.TITLE);
    p.name(name);
    if (name == null) {
      notes.add(where, SourceNote.PUBLISHER_WITHOUT_NAME,
          "Utgivaren har inget namn (foaf:name) i källan.", "The publisher has no name (foaf:name) in the source.");
    }
    RDFNode type = single(r, Vocab.DCT_TYPE, notes, where, "dcterms:type");
    if (type != null) {
      PublisherType t = type.isURIResource() ? Vocabularies.publisherType(type.asResource().getURI()) : null;
      if (t != null) {
        p.type(t);
      } else {
        notes.add(where, SourceNote.UNKNOWN_PUBLISHER_TYPE,
            "Utgivartypen " + show(type) + " finns inte i ADMS-vokabulären; den togs inte med.",
            "The publisher type " + show(type) + " is not in the ADMS vocabulary; it was left out.");
      }
    }
    if (r.isURIResource()) {
      p.identifier(r.getURI());
    } else {
      for (RDFNode n : values(r, Vocab.IDENTIFIER)) {
        if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank()) {
          p.identifier(n.asLiteral().getLexicalForm().strip());
          break;
        }
      }
    }
    Publisher built = p.build();
    return built.getName() == null && built.getType() == null && built.getIdentifier() == null ? null : built;
  }

  private ContactPoint contact(RDFNode node, Notes notes, String datasetSubject) {
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
    String name = name(r, notes, where, Vocab.VCARD_FN, Vocab.VCARD_ORGANIZATION_NAME, Vocab.FOAF_NAME);
    if (name != null) {
      c.name(name);
      any = true;
    }
    RDFNode mail = single(r, Vocab.HAS_EMAIL, notes, where, "vcard:hasEmail");
    if (mail == null) mail = single(r, Vocab.FOAF_MBOX, notes, where, "foaf:mbox");
    if (mail != null) {
      String email = notes.email(vcardValue(mail, notes, where, "vcard:hasEmail"), where);
      if (email != null) {
        c.email(email);
        any = true;
      }
    }
    RDFNode url = single(r, Vocab.HAS_URL, notes, where, "vcard:hasURL");
    if (url != null) {
      URI u = link(url, notes, where, "vcard:hasURL");
      if (u != null) {
        c.url(u.toString());
        any = true;
      }
    }
    List<RDFNode> phones = values(r, Vocab.HAS_TELEPHONE);
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
        c.phone(tel.strip().replaceFirst("^tel:", ""));
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
    RDFNode v = single(n.asResource(), Vocab.HAS_VALUE, notes, where, what + " vcard:hasValue");
    if (v == null || v.isAnon()) return null;
    return v.isURIResource() ? v.asResource().getURI() : v.asLiteral().getLexicalForm();
  }

  // ---- values --------------------------------------------------------------------------------

  private Frequency frequency(RDFNode node, Notes notes, String subject) {
    String text = node.isURIResource() ? node.asResource().getURI() : node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    if (text != null) {
      Frequency eu = Vocabularies.euFrequency(text);
      if (eu != null) return eu;
      Frequency dc = Vocabularies.dcFrequency(text);
      if (dc != null) {
        notes.add(subject, SourceNote.LEGACY_PROPERTY,
            "Uppdateringsfrekvensen anges med Dublin Cores vokabulär (" + text + "); den lästes som " + dc.getUri() + ".",
            "The update frequency uses the Dublin Core vocabulary (" + text + "); it was read as " + dc.getUri() + ".");
        return dc;
      }
    }
    notes.add(subject, SourceNote.UNKNOWN_FREQUENCY,
        "Uppdateringsfrekvensen " + show(node) + " känns inte igen; den togs inte med.",
        "The update frequency " + show(node) + " is not recognised; it was left out.");
    return null;
  }

  private HvdCategory hvd(Resource ds, Notes notes, String subject) {
    boolean cites = false;
    for (RDFNode l : values(ds, Vocab.APPLICABLE_LEGISLATION)) {
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
    for (Resource service : servicesOf.getOrDefault(ds, List.of())) {
      HvdCategory fromService = hvdFrom(service, notes, service.isAnon() ? subject + "/service" : service.getURI());
      if (fromService != null) {
        notes.add(subject, SourceNote.HVD_CATEGORY_FROM_SERVICE,
            "HVD-kategorin togs från datatjänsten " + label(service) + " som tillhandahåller datamängden.",
            "The HVD category was taken from the data service " + label(service) + " that serves the dataset.");
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

  private HvdCategory hvdFrom(Resource r, Notes notes, String where) {
    Set<HvdCategory> found = new LinkedHashSet<>();
    for (RDFNode c : values(r, Vocab.HVD_CATEGORY)) {
      String uri = c.isURIResource() ? c.asResource().getURI() : null;
      HvdCategory cat = uri == null ? null : Vocabularies.hvdCategory(uri);
      if (cat == null) {
        notes.add(where, SourceNote.UNKNOWN_HVD_CATEGORY,
            "HVD-kategorin " + show(c) + " finns inte i EU:s vokabulär; den togs inte med.",
            "The HVD category " + show(c) + " is not in the EU vocabulary; it was left out.");
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

  private LocalDate date(RDFNode n, Notes notes, String subject, String what) {
    if (!n.isLiteral()) {
      notes.add(subject, SourceNote.BAD_DATE, what + " " + show(n) + " är inget datum; det togs inte med.",
          what + " " + show(n) + " is not a date; it was left out.");
      return null;
    }
    return notes.date(n.asLiteral().getLexicalForm(), subject, what);
  }

  private LocalDate recordModified(Resource ds, Notes notes, String subject) {
    for (Statement s : sorted(model.listStatements(null, Vocab.PRIMARY_TOPIC, ds))) {
      Resource record = s.getSubject();
      if (record.hasProperty(Vocab.TYPE, Vocab.CATALOG_RECORD)) {
        RDFNode m = single(record, Vocab.MODIFIED, notes, subject, "dcat:CatalogRecord dcterms:modified");
        if (m != null) return date(m, notes, subject, "dcat:CatalogRecord dcterms:modified");
      }
    }
    return null;
  }

  private TemporalCoverage period(RDFNode node, Notes notes, String subject) {
    if (!node.isResource()) {
      notes.add(subject, SourceNote.BAD_PERIOD,
          "Tidsperioden " + show(node) + " är ingen dcterms:PeriodOfTime; den togs inte med.",
          "The time period " + show(node) + " is not a dcterms:PeriodOfTime; it was left out.");
      return null;
    }
    Resource r = node.asResource();
    LocalDate start = periodDate(r, Vocab.START_DATE, Vocab.SCHEMA_START_DATE, Vocab.HAS_BEGINNING, false, notes, subject);
    LocalDate end = periodDate(r, Vocab.END_DATE, Vocab.SCHEMA_END_DATE, Vocab.HAS_END, true, notes, subject);
    if (start == null && end == null) return null;
    try {
      return ImmutableTemporalCoverage.builder().start(start).end(end).build();
    } catch (IllegalArgumentException e) {
      notes.add(subject, SourceNote.BAD_PERIOD,
          "Tidsperioden slutar (" + end + ") före sin början (" + start + "); den togs inte med.",
          "The time period ends (" + end + ") before it starts (" + start + "); it was left out.");
      return null;
    }
  }

  private LocalDate periodDate(Resource period, Property dcat, Property schema, Property time, boolean end,
      Notes notes, String subject) {
    RDFNode n = single(period, dcat, notes, subject, dcat.getLocalName());
    if (n == null && period.hasProperty(schema)) {
      n = single(period, schema, notes, subject, "schema:" + schema.getLocalName());
      notes.addOnce(subject, SourceNote.LEGACY_PROPERTY,
          "Tidsperioden anges med schema:startDate/endDate (DCAT-AP 1.x); de lästes som dcat:startDate/endDate.",
          "The time period uses schema:startDate/endDate (DCAT-AP 1.x); they were read as dcat:startDate/endDate.");
    }
    if (n == null) {
      RDFNode instant = single(period, time, notes, subject, "time:" + time.getLocalName());
      if (instant != null && instant.isResource()) {
        for (Property p : List.of(Vocab.IN_XSD_DATE, Vocab.IN_XSD_DATE_TIME, Vocab.IN_XSD_DATE_TIME_STAMP)) {
          n = single(instant.asResource(), p, notes, subject, "time:" + p.getLocalName());
          if (n != null) break;
        }
      }
    }
    if (n == null) return null;
    if (!n.isLiteral()) return date(n, notes, subject, dcat.getLocalName());
    return notes.periodEnd(n.asLiteral().getLexicalForm(), end, subject, "dcat:" + dcat.getLocalName());
  }

  private List<String> keywords(Resource ds, Notes notes, String subject) {
    List<Literal> lits = new ArrayList<>();
    for (RDFNode n : values(ds, Vocab.KEYWORD)) if (n.isLiteral()) lits.add(n.asLiteral());
    lits.sort(Comparator.comparing((Literal l) -> langRank(l.getLanguage()))
        .thenComparing(l -> l.getLanguage().toLowerCase())
        .thenComparing(Literal::getLexicalForm));
    Set<String> out = new LinkedHashSet<>();
    for (Literal l : lits) {
      String t = l.getLexicalForm().strip();
      if (!t.isEmpty()) out.add(t);
    }
    return new ArrayList<>(out);
  }

  private static int langRank(String lang) {
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
  private LocalizedText text(Resource r, Property p, Notes notes, String subject) {
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

  private static String shortName(Property p) {
    String ns = p.getNameSpace();
    if (ns.equals(Vocab.DCT)) return "dcterms:" + p.getLocalName();
    if (ns.equals(Vocab.DCAT)) return "dcat:" + p.getLocalName();
    if (ns.equals(Vocab.FOAF)) return "foaf:" + p.getLocalName();
    if (ns.equals(Vocab.VCARD)) return "vcard:" + p.getLocalName();
    return p.getURI();
  }

  /** A single name for an agent or contact: Swedish, untagged, English, then any; blanks are skipped. */
  private String name(Resource r, Notes notes, String where, Property... props) {
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
  private URI link(RDFNode n, Notes notes, String where, String what) {
    return link(n, notes, where, what, false);
  }

  /** A link people follow: a web address ({@link Notes#webLink}); ftp too for a download. */
  private URI link(RDFNode n, Notes notes, String where, String what, boolean download) {
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
  private String nameOrUri(RDFNode n) {
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

  private static String show(RDFNode n) {
    if (n.isURIResource()) return "<" + n.asResource().getURI() + ">";
    if (n.isLiteral()) return "\"" + n.asLiteral().getLexicalForm() + "\"";
    return "[]";
  }

  /** The one value of a property expected once: the first in sort order, noting any others. */
  private RDFNode single(Resource r, Property p, Notes notes, String subject, String what) {
    List<RDFNode> vs = values(r, p);
    if (vs.isEmpty()) return null;
    if (vs.size() > 1) notes.multiple(subject, what, vs.size());
    return vs.get(0);
  }

  /** The values of a property, in a stable order: IRIs, then literals, then blank nodes by content. */
  private List<RDFNode> values(Resource r, Property p) {
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
      out.sort(Comparator.comparing(keys::get, DcatMapper::natural));
    }
    return out;
  }

  // The sort keys are made once per node, not once per comparison: a blank node's key is its
  // whole content (a dataset's, in a catalogue of blank nodes like RAÄ's).

  private List<Resource> sortedSubjects(Property p, RDFNode o) {
    List<Resource> out = model.listResourcesWithProperty(p, o).toList();
    if (out.size() > 1) {
      Map<Resource, String> keys = new HashMap<>();
      for (Resource r : out) keys.put(r, key(r));
      out.sort(Comparator.comparing(keys::get, DcatMapper::natural));
    }
    return out;
  }

  private List<Statement> sorted(StmtIterator it) {
    List<Statement> out = it.toList();
    if (out.size() > 1) {
      Map<RDFNode, String> keys = new HashMap<>();
      for (Statement s : out) {
        keys.computeIfAbsent(s.getSubject(), this::key);
        keys.computeIfAbsent(s.getObject(), this::key);
      }
      out.sort(Comparator.comparing((Statement s) -> keys.get(s.getSubject()), DcatMapper::natural)
          .thenComparing(s -> keys.get(s.getObject()), DcatMapper::natural));
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

  private String key(RDFNode n) {
    if (n.isURIResource()) return "0" + n.asResource().getURI();
    if (n.isLiteral()) return "1" + n.asLiteral().getLexicalForm() + "@" + n.asLiteral().getLanguage() + "^^" + n.asLiteral().getDatatypeURI();
    return "2" + signature(n.asResource());
  }

  private final Map<Resource, String> signatures = new HashMap<>();

  /** A blank node's content as text, two levels deep: the same content gives the same order. */
  private String signature(Resource r) {
    return signatures.computeIfAbsent(r, x -> signature(x, 2));
  }

  private String signature(Resource r, int depth) {
    if (r.isURIResource()) return r.getURI();
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
