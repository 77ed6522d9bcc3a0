package se.odis.dcat;

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
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import se.odis.model.AccessRights;
import se.odis.model.ContactPoint;
import se.odis.model.DataTheme;
import se.odis.model.Frequency;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableTemporalCoverage;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.TemporalCoverage;

/**
 * Maps a DCAT-AP / DCAT-AP-SE graph to ODIS datasets. Reads what the catalogue says, notes what is
 * odd, and leaves what it does not say absent. One instance per graph; not thread-safe.
 *
 * <p>This class finds the datasets, gives them ids and reads each one's own properties; the parts
 * of a dataset are read by classes of their own, which share the graph's {@link GraphValues}:
 * {@link Agents} (publisher, creator, contact point), {@link Distributions} (and the licence they
 * agree on), {@link DataServices}, {@link Licences} (licences and access rights) and
 * {@link HighValue} (the HVD category).
 */
final class DcatMapper {
  // Compiled once, not per dataset as String.replaceAll would.
  private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\t\\r\\n]+");
  private static final java.util.regex.Pattern URI_TAIL = java.util.regex.Pattern.compile("[/#?=]+$");

  private final Model model;
  private final String source;
  private final Notes catalogueNotes = new Notes();
  private final GraphValues g;
  private final Agents agents;
  private final Licences licences;
  private final HighValue highValue;
  private final DataServices services;
  private final Distributions distributions;

  DcatMapper(Model model, String source) {
    this.model = model;
    this.source = source;
    this.g = new GraphValues(model);
    this.agents = new Agents(g);
    this.licences = new Licences(g);
    this.highValue = new HighValue(g);
    this.services = new DataServices(g, agents, licences, highValue);
    this.distributions = new Distributions(g, licences, services);
  }

  /**
   * @param parseNotes the notes the parser made, first in the catalogue's notes
   * @param syntax the syntax the graph was read in, for {@link CatalogImport#getSyntax()}
   */
  CatalogImport map(List<SourceNote> parseNotes, String syntax) {
    return map(parseNotes, syntax, null);
  }

  /**
   * @param parseNotes the notes the parser made, first in the catalogue's notes
   * @param syntax the syntax the graph was read in, for {@link CatalogImport#getSyntax()}
   * @param listener told the catalogue's notes once they are all made (before the first dataset
   *     is mapped), then each dataset as it is mapped; or null
   */
  CatalogImport map(List<SourceNote> parseNotes, String syntax, ImportListener listener) {
    catalogueNotes.list.addAll(parseNotes);
    Set<Resource> datasets = findDatasets();
    noteOrphanDistributions();
    Map<Resource, String> ids = assignIds(datasets);
    List<Resource> order = new ArrayList<>(datasets);
    order.sort(Comparator.comparing((Resource r) -> r.isAnon() ? 1 : 0)
        .thenComparing(r -> r.isAnon() ? ids.get(r) : r.getURI(), GraphValues::natural));
    if (order.isEmpty()) {
      catalogueNotes.add(source, SourceNote.NO_DATASETS,
          "Källan innehåller ingen datamängd (dcat:Dataset).", "The source holds no dataset (dcat:Dataset).");
    }
    // Every note about the catalogue as a whole is made by now: mapping a dataset notes only it.
    if (listener != null) listener.catalogue(syntax, List.copyOf(catalogueNotes.list), order.size());
    List<ImportedDataset> out = new ArrayList<>();
    for (Resource ds : order) {
      ImportedDataset d = mapDataset(ds, ids.get(ds));
      out.add(d);
      if (listener != null) listener.dataset(d);
    }
    return new CatalogImport(source, syntax, out, catalogueNotes.list);
  }

  private Set<Resource> findDatasets() {
    Set<Resource> found = new LinkedHashSet<>(g.sortedSubjects(Vocab.TYPE, Vocab.DATASET));
    for (Statement s : g.sorted(model.listStatements(null, Vocab.DCAT_DATASET, (RDFNode) null))) {
      RDFNode o = s.getObject();
      if (o.isResource() && !found.contains(o.asResource())) {
        Resource r = o.asResource();
        if (r.hasProperty(Vocab.TYPE)) continue; // typed as something else, e.g. a dcat:DatasetSeries
        found.add(r);
        catalogueNotes.add(g.label(r), SourceNote.MISSING_TYPE,
            "Resursen listas med dcat:dataset men har ingen typ dcat:Dataset; den lästes som en datamängd.",
            "The resource is listed with dcat:dataset but not typed dcat:Dataset; it was read as a dataset.");
      }
    }
    return found;
  }

  private void noteOrphanDistributions() {
    // Only the orphans are sorted: sorting every distribution cost 6% of the import's samples
    // (RAÄ's distributions are blank nodes, sorted by content) to note none.
    for (Resource d : g.sortedSubjects(Vocab.TYPE, Vocab.DISTRIBUTION, x -> !model.contains(null, Vocab.DCAT_DISTRIBUTION, x))) {
      String where = d.isAnon() ? "_:distribution(" + g.firstText(d, Vocab.ACCESS_URL, Vocab.DOWNLOAD_URL, Vocab.TITLE) + ")" : d.getURI();
      catalogueNotes.add(where, SourceNote.ORPHAN_DISTRIBUTION,
          "Distributionen hör inte till någon datamängd (ingen dcat:distribution pekar på den); den togs inte med.",
          "The distribution belongs to no dataset (no dcat:distribution points to it); it was left out.");
    }
  }

  private Map<Resource, String> assignIds(Set<Resource> datasets) {
    Map<Resource, String> identifier = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Resource ds : datasets) {
      for (RDFNode n : g.values(ds, Vocab.IDENTIFIER)) {
        if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank()) {
          // An ODIS id is one line (it heads every report); a catalogue's may wrap.
          String id = n.asLiteral().getLexicalForm().strip();
          id = LINE_BREAKS.matcher(id).replaceAll(" ");
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
        catalogueNotes.add(g.label(e.getKey()), SourceNote.DUPLICATE_IDENTIFIER,
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
    blanks.sort(Comparator.comparing((Resource r) -> slugs.get(r)).thenComparing((Resource r) -> g.signature(r)));
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
    String u = URI_TAIL.matcher(uri).replaceAll("");
    int cut = Math.max(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')), Math.max(u.lastIndexOf('='), u.lastIndexOf(':')));
    return cut < 0 ? "" : u.substring(cut + 1);
  }

  private String slugOf(Resource ds) {
    LocalizedText t = g.text(ds, Vocab.TITLE, new Notes(), "");
    return Notes.slug(t.best("sv"));
  }

  private ImportedDataset mapDataset(Resource ds, String id) {
    Notes notes = new Notes();
    String subject = ds.isAnon() ? "_:" + id : ds.getURI();
    ImmutableDataset.Builder b = ImmutableDataset.builder().id(id).status(Lifecycle.PUBLISHED);
    b.title(g.text(ds, Vocab.TITLE, notes, subject));
    b.description(g.text(ds, Vocab.DESCRIPTION, notes, subject));

    RDFNode pub = g.single(ds, Vocab.PUBLISHER, notes, subject, "dcterms:publisher");
    if (pub != null) b.publisher(pub == null ? null : agents.publisher(pub, notes, subject));

    List<RDFNode> contacts = g.values(ds, Vocab.CONTACT_POINT);
    if (contacts.isEmpty() && ds.hasProperty(Vocab.ADMS_CONTACT_POINT)) {
      contacts = g.values(ds, Vocab.ADMS_CONTACT_POINT);
      notes.add(subject, SourceNote.LEGACY_PROPERTY,
          "Kontaktpunkten anges med adms:contactPoint (DCAT-AP 1.x); den lästes som dcat:contactPoint.",
          "The contact point is given with adms:contactPoint (DCAT-AP 1.x); it was read as dcat:contactPoint.");
    }
    if (contacts.size() > 1) notes.multiple(subject, "dcat:contactPoint", contacts.size());
    if (!contacts.isEmpty()) {
      ContactPoint cp = agents.contact(contacts.get(0), notes, subject);
      if (cp != null) b.contactPoint(cp);
    }

    Set<DataTheme> themes = new TreeSet<>();
    for (RDFNode t : g.values(ds, Vocab.THEME)) {
      DataTheme theme = t.isURIResource() ? Vocabularies.theme(t.asResource().getURI()) : null;
      if (theme != null) {
        themes.add(theme);
      } else {
        String shown = GraphValues.show(t);
        notes.add(subject, SourceNote.UNKNOWN_THEME,
            "Temat " + shown + " är inget EU-datatema; det togs inte med.",
            "The theme " + shown + " is not an EU data theme; it was left out.");
      }
    }
    b.themes(themes);
    b.keywords(keywords(ds, notes, subject));

    RDFNode access = g.single(ds, Vocab.ACCESS_RIGHTS, notes, subject, "dcterms:accessRights");
    if (access != null) {
      AccessRights a = licences.accessRights(access, notes, subject);
      if (a != null) b.accessRights(a);
    }

    RDFNode freq = g.single(ds, Vocab.ACCRUAL_PERIODICITY, notes, subject, "dcterms:accrualPeriodicity");
    if (freq != null) b.accrualPeriodicity(frequency(freq, notes, subject));

    RDFNode issued = g.single(ds, Vocab.ISSUED, notes, subject, "dcterms:issued");
    if (issued != null) b.issued(g.date(issued, notes, subject, "dcterms:issued"));
    RDFNode modified = g.single(ds, Vocab.MODIFIED, notes, subject, "dcterms:modified");
    if (modified != null) b.modified(g.date(modified, notes, subject, "dcterms:modified"));
    b.metadataModified(recordModified(ds, notes, subject));

    RDFNode spatial = g.single(ds, Vocab.SPATIAL, notes, subject, "dcterms:spatial");
    if (spatial != null) b.spatial(g.nameOrUri(spatial));
    RDFNode temporal = g.single(ds, Vocab.TEMPORAL, notes, subject, "dcterms:temporal");
    if (temporal != null) b.temporal(period(temporal, notes, subject));
    RDFNode conformsTo = g.single(ds, Vocab.CONFORMS_TO, notes, subject, "dcterms:conformsTo");
    if (conformsTo != null) b.conformsTo(g.nameOrUri(conformsTo));
    RDFNode landing = g.single(ds, Vocab.LANDING_PAGE, notes, subject, "dcat:landingPage");
    if (landing != null) b.landingPage(g.link(landing, notes, subject, "dcat:landingPage"));

    b.hvdCategory(highValue.hvd(ds, services.serving(ds), notes, subject));
    for (RDFNode l : g.values(ds, Vocab.APPLICABLE_LEGISLATION)) {
      URI u = g.link(l, notes, subject, "dcatap:applicableLegislation");
      if (u != null) b.addApplicableLegislation(u);
    }
    for (RDFNode l : g.values(ds, Vocab.LANGUAGE)) {
      String language = g.nameOrUri(l);
      if (language != null) b.addLanguages(language);
    }
    RDFNode creator = g.single(ds, Vocab.CREATOR, notes, subject, "dcterms:creator");
    if (creator != null) b.creator(agents.publisher(creator, notes, subject));
    for (RDFNode page : g.values(ds, Vocab.FOAF_PAGE)) {
      URI u = g.link(page, notes, subject, "foaf:page");
      if (u != null) b.addPages(u);
    }
    if (ds.isURIResource()) b.uri(notes.uri(ds.getURI(), subject, "dcat:Dataset"));

    RDFNode status = g.single(ds, Vocab.ADMS_STATUS, notes, subject, "adms:status");
    if (status != null) {
      Lifecycle l = g.status(status, notes, subject, "datamängden", "the dataset");
      if (l != null) b.status(l);
    }

    distributions.distributions(ds, b, notes, subject);
    return new ImportedDataset(b.build(), ds.isAnon() ? null : ds.getURI(), notes.list);
  }

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
        "Uppdateringsfrekvensen " + GraphValues.show(node) + " känns inte igen; den togs inte med.",
        "The update frequency " + GraphValues.show(node) + " is not recognised; it was left out.");
    return null;
  }

  private LocalDate recordModified(Resource ds, Notes notes, String subject) {
    for (Statement s : g.sorted(model.listStatements(null, Vocab.PRIMARY_TOPIC, ds))) {
      Resource record = s.getSubject();
      if (record.hasProperty(Vocab.TYPE, Vocab.CATALOG_RECORD)) {
        RDFNode m = g.single(record, Vocab.MODIFIED, notes, subject, "dcat:CatalogRecord dcterms:modified");
        if (m != null) return g.date(m, notes, subject, "dcat:CatalogRecord dcterms:modified");
      }
    }
    return null;
  }

  private TemporalCoverage period(RDFNode node, Notes notes, String subject) {
    if (!node.isResource()) {
      notes.add(subject, SourceNote.BAD_PERIOD,
          "Tidsperioden " + GraphValues.show(node) + " är ingen dcterms:PeriodOfTime; den togs inte med.",
          "The time period " + GraphValues.show(node) + " is not a dcterms:PeriodOfTime; it was left out.");
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
    RDFNode n = g.single(period, dcat, notes, subject, dcat.getLocalName());
    if (n == null && period.hasProperty(schema)) {
      n = g.single(period, schema, notes, subject, "schema:" + schema.getLocalName());
      notes.addOnce(subject, SourceNote.LEGACY_PROPERTY,
          "Tidsperioden anges med schema:startDate/endDate (DCAT-AP 1.x); de lästes som dcat:startDate/endDate.",
          "The time period uses schema:startDate/endDate (DCAT-AP 1.x); they were read as dcat:startDate/endDate.");
    }
    if (n == null) {
      RDFNode instant = g.single(period, time, notes, subject, "time:" + time.getLocalName());
      if (instant != null && instant.isResource()) {
        for (Property p : List.of(Vocab.IN_XSD_DATE, Vocab.IN_XSD_DATE_TIME, Vocab.IN_XSD_DATE_TIME_STAMP)) {
          n = g.single(instant.asResource(), p, notes, subject, "time:" + p.getLocalName());
          if (n != null) break;
        }
      }
    }
    if (n == null) return null;
    if (!n.isLiteral()) return g.date(n, notes, subject, dcat.getLocalName());
    return notes.periodEnd(n.asLiteral().getLexicalForm(), end, subject, "dcat:" + dcat.getLocalName());
  }

  private List<String> keywords(Resource ds, Notes notes, String subject) {
    List<Literal> lits = new ArrayList<>();
    for (RDFNode n : g.values(ds, Vocab.KEYWORD)) if (n.isLiteral()) lits.add(n.asLiteral());
    lits.sort(Comparator.comparing((Literal l) -> GraphValues.langRank(l.getLanguage()))
        .thenComparing(l -> l.getLanguage().toLowerCase())
        .thenComparing(Literal::getLexicalForm));
    Set<String> out = new LinkedHashSet<>();
    for (Literal l : lits) {
      String t = l.getLexicalForm().strip();
      if (!t.isEmpty()) out.add(t);
    }
    return new ArrayList<>(out);
  }
}
