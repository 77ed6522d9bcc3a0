package se.odis.dcat;

import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.AnonId;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import se.odis.model.AccessRights;
import se.odis.model.ContactPoint;
import se.odis.model.DataService;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.FileFormat;
import se.odis.model.HvdCategory;
import se.odis.model.Licence;
import se.odis.model.LocalizedText;
import se.odis.model.Nullable;
import se.odis.model.Publisher;
import se.odis.model.TemporalCoverage;
import se.odis.model.WebLinks;

/**
 * Writes a dataset's metadata as DCAT-AP-SE (DCAT-AP 3): a {@code dcat:Dataset} with its
 * distributions, a {@code dcat:DataService} for each API distribution, and for a high-value dataset
 * the HVD category and {@code dcatap:applicableLegislation} of Regulation (EU) 2023/138.
 *
 * <p>Controlled values are written as the URIs of their vocabularies (EU data themes, file types,
 * access rights and frequencies; ADMS publisher types and status; IANA media types; licence URIs
 * as {@link Licence#getUri()} gives them), and every resource is typed with the class DCAT-AP
 * expects of it ({@code foaf:Agent}, {@code vcard:Kind}, {@code dcterms:LicenseDocument},
 * {@code skos:Concept} with its label, …), so that the output validates against the DCAT-AP 3.0.1
 * SHACL shapes without the vocabularies being loaded. For a high-value dataset, links are also
 * typed {@code rdfs:Resource}, which the DCAT-AP HVD 3.0.0 shapes ask for ({@code sh:class
 * rdfs:Resource}) and SHACL cannot infer. Facts DCAT-AP has no place for (personal data, secrecy,
 * guide progress…) are not written.
 *
 * <p>Each API distribution gets a {@code dcat:DataService} (endpoint URL, documentation, contact
 * point, licence) linked by {@code dcat:accessService}. A distribution's licence is its own or, if it
 * has none, the dataset's; DCAT-AP puts licences on distributions.
 *
 * <p>The dataset's URI is the base IRI followed by its id, percent-encoded; distributions and data
 * services get URIs below it. Immutable and thread-safe.
 */
public final class DcatExporter {
  /** The base IRI used when none is given. */
  public static final String DEFAULT_BASE_IRI = "https://data.example.se/dataset/";

  private final String baseIri;

  /** An exporter with {@link #DEFAULT_BASE_IRI}. */
  public DcatExporter() {
    this(DEFAULT_BASE_IRI);
  }

  /**
   * @param baseIri the IRI that dataset ids are appended to, e.g.
   *     {@code https://data.exempelkommun.se/dataset/}
   * @throws IllegalArgumentException if it is not an absolute URI
   */
  public DcatExporter(String baseIri) {
    Objects.requireNonNull(baseIri, "baseIri");
    try {
      if (!new URI(baseIri).isAbsolute()) throw new URISyntaxException(baseIri, "not absolute");
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base IRI '" + baseIri + "' is not an absolute URI", e);
    }
    this.baseIri = baseIri;
  }

  /** @return the base IRI that dataset ids are appended to */
  public String getBaseIri() {
    return baseIri;
  }

  /**
   * Writes the dataset's metadata.
   *
   * @param dataset the dataset
   * @param syntax the serialisation; Turtle and RDF/XML are written in their readable ("pretty") forms
   * @param out where to write; not closed
   * @throws IllegalArgumentException if a link of the dataset is not an absolute URI (such as
   *     {@code docs/api}): RDF has no relative links outside a document with a base, and RDF/XML
   *     cannot even be written with one; or if a landing page, access URL, download or
   *     documentation link is not a web address ({@link WebLinks}), such as {@code javascript:…},
   *     which a portal would publish for people to follow; nothing is written then
   */
  public void write(Dataset dataset, RdfSyntax syntax, OutputStream out) {
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(out, "out");
    Model model = toModel(dataset);
    model.listStatements().forEachRemaining(st -> {
      for (org.apache.jena.rdf.model.RDFNode n : List.of(st.getSubject(), st.getObject())) {
        if (n.isURIResource() && !isAbsoluteUri(n.asResource().getURI())) {
          throw new IllegalArgumentException("the link '" + n.asResource().getURI() + "' is not an absolute URI");
        }
      }
      Boolean download = LINKS.get(st.getPredicate());
      if (download != null && st.getObject().isURIResource()) {
        String problem = WebLinks.problem(URI.create(st.getObject().asResource().getURI()), download);
        if (problem != null) throw new IllegalArgumentException(st.getPredicate().getLocalName() + ": " + problem);
      }
    });
    RDFFormat format;
    switch (syntax) {
      case TURTLE: format = RDFFormat.TURTLE_PRETTY; break;
      case RDF_XML: format = RDFFormat.RDFXML_PRETTY; break;
      case JSON_LD: format = RDFFormat.JSONLD11_PRETTY; break;
      case RDF_JSON: format = RDFFormat.RDFJSON; break;
      default: format = RDFFormat.NTRIPLES; break;
    }
    RDFDataMgr.write(out, sorted(model.getGraph(), order(datasetIri(dataset))), format);
  }

  /**
   * The links a portal publishes for people to follow, and whether ftp is allowed: the access URL
   * is the download link when a distribution has no other, and an API's endpoint is its access URL.
   */
  private static final Map<Property, Boolean> LINKS = Map.of(
      Vocab.LANDING_PAGE, false, Vocab.FOAF_PAGE, false, Vocab.ENDPOINT_DESCRIPTION, false, Vocab.HAS_URL, false,
      Vocab.ACCESS_URL, true, Vocab.DOWNLOAD_URL, true, Vocab.ENDPOINT_URL, true);

  /**
   * The graph as the writers should see it: every search answered in one fixed order, not in the
   * order of a hash table. With blank nodes labelled in the order they are made ({@link
   * Writer#blank}), the same dataset is written byte for byte the same in every syntax, run after
   * run: a file kept in git changes only when the dataset does.
   */
  private static Graph sorted(Graph graph, Comparator<Triple> order) {
    return new GraphWrapper(graph) {
      @Override
      public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return inOrder(get().find(s, p, o));
      }

      @Override
      public ExtendedIterator<Triple> find(Triple t) {
        return inOrder(get().find(t));
      }

      @Override
      public Stream<Triple> stream(Node s, Node p, Node o) {
        return inOrder(get().find(s, p, o)).toList().stream();
      }

      private ExtendedIterator<Triple> inOrder(ExtendedIterator<Triple> triples) {
        List<Triple> list = triples.toList();
        list.sort(order);
        return WrappedIterator.create(list.iterator());
      }
    };
  }

  /**
   * The order of triples: the dataset first, then what has a URI below it (distributions, data
   * services), other resources, blank nodes; within each, by subject, predicate and object as
   * N-Triples writes them.
   */
  private static Comparator<Triple> order(String datasetIri) {
    ToIntFunction<Node> rank = n -> !n.isURI() ? 3
        : n.getURI().equals(datasetIri) ? 0 : n.getURI().startsWith(datasetIri + "/") ? 1 : 2;
    return Comparator.comparingInt((Triple t) -> rank.applyAsInt(t.getSubject()))
        .thenComparing(t -> NodeFmtLib.strNT(t.getSubject()))
        .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
        .thenComparing(t -> NodeFmtLib.strNT(t.getObject()));
  }

  /** The dataset's own URI where it has one (kept from its catalogue); else one minted from its id. */
  private String datasetIri(Dataset d) {
    if (d.getUri() != null && isAbsoluteUri(d.getUri().toString())) return d.getUri().toString();
    return baseIri + URLEncoder.encode(d.getId(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Builds the dataset's metadata as a Jena model, with the usual prefixes set.
   *
   * @param dataset the dataset
   * @return a new model that the caller owns
   */
  public Model toModel(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("dcat", Vocab.DCAT);
    m.setNsPrefix("dcterms", Vocab.DCT);
    m.setNsPrefix("dcatap", Vocab.DCATAP);
    m.setNsPrefix("foaf", Vocab.FOAF);
    m.setNsPrefix("vcard", Vocab.VCARD);
    m.setNsPrefix("skos", Vocab.SKOS);
    m.setNsPrefix("adms", Vocab.ADMS);
    m.setNsPrefix("rdfs", Vocab.RDFS);
    m.setNsPrefix("xsd", Vocab.XSD);
    m.setNsPrefix("eli", Vocab.ELI);
    new Writer(m, dataset).write();
    return m;
  }

  /** One export: the model being built and the dataset it describes. */
  private final class Writer {
    private final Model m;
    private final Dataset d;
    private final String datasetIri;
    private Resource contact;
    private int blanks;
    /** The dataset's data services as written, in its order. */
    private final List<Resource> serviceResources = new java.util.ArrayList<>();

    Writer(Model m, Dataset d) {
      this.m = m;
      this.d = d;
      this.datasetIri = datasetIri(d);
    }

    void write() {
      Resource ds = m.createResource(datasetIri, Vocab.DATASET);
      ds.addProperty(Vocab.IDENTIFIER, d.getId());
      texts(ds, Vocab.TITLE, d.getTitle());
      texts(ds, Vocab.DESCRIPTION, d.getDescription());
      if (d.getPublisher() != null) ds.addProperty(Vocab.PUBLISHER, agent(d.getPublisher()));
      if (d.getContactPoint() != null) {
        contact = contact(d.getContactPoint());
        ds.addProperty(Vocab.CONTACT_POINT, contact);
      }
      for (DataTheme t : d.getThemes()) {
        ds.addProperty(Vocab.THEME, concept(t.getUri(), Vocabularies.themeLabel(t)));
      }
      for (String k : d.getKeywords()) {
        if (!k.isBlank()) ds.addProperty(Vocab.KEYWORD, k);
      }
      if (d.getSpatial() != null) ds.addProperty(Vocab.SPATIAL, named(d.getSpatial(), Vocab.LOCATION));
      if (d.getTemporal() != null) period(ds, d.getTemporal());
      if (d.getAccessRights() != null) {
        ds.addProperty(Vocab.ACCESS_RIGHTS, typed(Vocabularies.accessRightsUri(d.getAccessRights()), Vocab.RIGHTS_STATEMENT));
      }
      if (d.getAccrualPeriodicity() != null) {
        ds.addProperty(Vocab.ACCRUAL_PERIODICITY, typed(d.getAccrualPeriodicity().getUri(), Vocab.FREQUENCY));
      }
      date(ds, Vocab.ISSUED, d.getIssued());
      date(ds, Vocab.MODIFIED, d.getModified());
      if (d.getConformsTo() != null) ds.addProperty(Vocab.CONFORMS_TO, named(d.getConformsTo(), Vocab.STANDARD));
      if (d.getLandingPage() != null) ds.addProperty(Vocab.LANDING_PAGE, typed(d.getLandingPage().toString(), Vocab.DOCUMENT));
      for (URI page : d.getPages()) ds.addProperty(Vocab.FOAF_PAGE, typed(page.toString(), Vocab.DOCUMENT));
      for (String language : d.getLanguages()) ds.addProperty(Vocab.LANGUAGE, typed(languageUri(language), Vocab.LINGUISTIC_SYSTEM));
      if (d.getCreator() != null) ds.addProperty(Vocab.CREATOR, agent(d.getCreator()));
      ds.addProperty(Vocab.ADMS_STATUS, concept(Vocabularies.statusUri(d.getStatus()),
          LocalizedText.of(Map.of("en", Vocabularies.statusLabel(d.getStatus())))));
      HvdCategory hvd = d.getHvdCategory();
      if (hvd != null) {
        ds.addProperty(Vocab.HVD_CATEGORY, concept(hvd.getUri(), hvd.getLabel()));
        ds.addProperty(Vocab.APPLICABLE_LEGISLATION, legislation());
      }
      for (URI act : d.getApplicableLegislation()) {
        ds.addProperty(Vocab.APPLICABLE_LEGISLATION, typed(act.toString(), Vocab.LEGAL_RESOURCE));
      }
      List<DataService> services = d.getDataServices();
      for (int i = 0; i < services.size(); i++) serviceResources.add(dataService(ds, services.get(i), i + 1));
      List<Distribution> dists = d.getDistributions();
      for (int i = 0; i < dists.size(); i++) {
        ds.addProperty(Vocab.DCAT_DISTRIBUTION, distribution(ds, dists.get(i), i + 1));
      }
    }

    /** A data service of the dataset's, with what DCAT-AP and, for a high-value dataset, DCAT-AP HVD ask. */
    private Resource dataService(Resource ds, DataService service, int n) {
      String iri = service.getUri() != null && isAbsoluteUri(service.getUri().toString()) ? service.getUri().toString()
          : datasetIri + "/dataservice/" + n;
      Resource s = m.createResource(iri, Vocab.DATA_SERVICE);
      // dcterms:title is mandatory for a data service in DCAT-AP: the dataset's when it has none
      texts(s, Vocab.TITLE, service.getTitle().isBlank() ? d.getTitle() : service.getTitle());
      if (service.getEndpointUrl() != null) s.addProperty(Vocab.ENDPOINT_URL, resource(service.getEndpointUrl().toString()));
      if (service.getEndpointDescription() != null) {
        s.addProperty(Vocab.ENDPOINT_DESCRIPTION, resource(service.getEndpointDescription().toString()));
      }
      for (URI page : service.getPages()) s.addProperty(Vocab.FOAF_PAGE, typed(page.toString(), Vocab.DOCUMENT));
      if (service.getPages().isEmpty() && service.getEndpointDescription() != null) {
        // its description documents it too: DCAT-AP HVD asks every data service for a page
        s.addProperty(Vocab.FOAF_PAGE, typed(service.getEndpointDescription().toString(), Vocab.DOCUMENT));
      }
      for (String standard : service.getConformsTo()) s.addProperty(Vocab.CONFORMS_TO, named(standard, Vocab.STANDARD));
      s.addProperty(Vocab.SERVES_DATASET, ds);
      if (service.getContactPoint() != null) {
        s.addProperty(Vocab.CONTACT_POINT, contact(service.getContactPoint()));
      } else if (contact != null) {
        s.addProperty(Vocab.CONTACT_POINT, contact);
      }
      String licence = service.getLicence() != null ? service.getLicence() : d.getLicence();
      if (licence != null) s.addProperty(Vocab.LICENSE, licence(licence));
      AccessRights access = service.getAccessRights() != null ? service.getAccessRights() : d.getAccessRights();
      if (access != null) s.addProperty(Vocab.ACCESS_RIGHTS, typed(Vocabularies.accessRightsUri(access), Vocab.RIGHTS_STATEMENT));
      HvdCategory hvd = service.getHvdCategory() != null ? service.getHvdCategory() : d.getHvdCategory();
      if (hvd != null) {
        s.addProperty(Vocab.HVD_CATEGORY, concept(hvd.getUri(), hvd.getLabel()));
        s.addProperty(Vocab.APPLICABLE_LEGISLATION, legislation());
      }
      return s;
    }

    /** The data service of the dataset's whose endpoint is this URL, if there is one. */
    private Resource serviceAt(URI endpoint) {
      List<DataService> services = d.getDataServices();
      for (int i = 0; i < services.size(); i++) {
        if (endpoint.equals(services.get(i).getEndpointUrl())) return serviceResources.get(i);
      }
      return null;
    }

    private Resource distribution(Resource ds, Distribution dist, int n) {
      Resource r = m.createResource(datasetIri + "/distribution/" + n, Vocab.DISTRIBUTION);
      if (dist.getTitle() != null) texts(r, Vocab.TITLE, dist.getTitle());
      if (dist.getDescription() != null) texts(r, Vocab.DESCRIPTION, dist.getDescription());
      date(r, Vocab.ISSUED, dist.getIssued());
      date(r, Vocab.MODIFIED, dist.getModified());
      if (dist.getStatus() != null) {
        r.addProperty(Vocab.ADMS_STATUS, concept(Vocabularies.distributionStatusUri(dist.getStatus()),
            LocalizedText.of(Map.of("en", Vocabularies.statusLabel(dist.getStatus())))));
      }
      URI access = dist.getAccessUrl() != null ? dist.getAccessUrl() : dist.getDownloadUrl();
      if (access != null) r.addProperty(Vocab.ACCESS_URL, link(access.toString()));
      if (dist.getDownloadUrl() != null) r.addProperty(Vocab.DOWNLOAD_URL, m.createResource(dist.getDownloadUrl().toString()));
      if (dist.getFormat() != null) r.addProperty(Vocab.FORMAT, format(dist.getFormat(), dist.getMediaType()));
      if (dist.getMediaType() != null) {
        String iana = isAbsoluteUri(dist.getMediaType()) ? dist.getMediaType() : Vocabularies.ianaUri(dist.getMediaType());
        if (iana != null) r.addProperty(Vocab.MEDIA_TYPE_P, typed(iana, Vocab.MEDIA_TYPE));
      }
      String licence = dist.getLicence() != null ? dist.getLicence() : d.getLicence();
      if (licence != null) r.addProperty(Vocab.LICENSE, licence(licence));
      if (dist.getByteSize() != null) {
        r.addProperty(Vocab.BYTE_SIZE, m.createTypedLiteral(dist.getByteSize().toString(), XSDDatatype.XSDnonNegativeInteger));
      }
      if (dist.getRights() != null) r.addProperty(Vocab.RIGHTS, named(dist.getRights(), Vocab.RIGHTS_STATEMENT));
      if (dist.getDocumentation() != null) r.addProperty(Vocab.FOAF_PAGE, typed(dist.getDocumentation().toString(), Vocab.DOCUMENT));
      if (d.getHvdCategory() != null) r.addProperty(Vocab.APPLICABLE_LEGISLATION, legislation());
      if (dist.isApi() && access != null) {
        Resource modelled = serviceAt(access);
        r.addProperty(Vocab.ACCESS_SERVICE, modelled != null ? modelled : service(ds, dist, n, access, licence));
      }
      return r;
    }

    /** A data service for an API distribution, with what DCAT-AP and DCAT-AP HVD ask of one. */
    private Resource service(Resource ds, Distribution dist, int n, URI endpoint, @Nullable String licence) {
      Resource s = m.createResource(datasetIri + "/service/" + n, Vocab.DATA_SERVICE);
      LocalizedText title = dist.getTitle() != null && !dist.getTitle().isBlank() ? dist.getTitle() : d.getTitle();
      texts(s, Vocab.TITLE, title);
      s.addProperty(Vocab.ENDPOINT_URL, resource(endpoint.toString()));
      if (dist.getDocumentation() != null) {
        s.addProperty(Vocab.ENDPOINT_DESCRIPTION, resource(dist.getDocumentation().toString()));
        s.addProperty(Vocab.FOAF_PAGE, typed(dist.getDocumentation().toString(), Vocab.DOCUMENT));
      }
      s.addProperty(Vocab.SERVES_DATASET, ds);
      if (contact != null) s.addProperty(Vocab.CONTACT_POINT, contact);
      if (licence != null) s.addProperty(Vocab.LICENSE, licence(licence));
      if (d.getAccessRights() != null) {
        s.addProperty(Vocab.ACCESS_RIGHTS, typed(Vocabularies.accessRightsUri(d.getAccessRights()), Vocab.RIGHTS_STATEMENT));
      }
      HvdCategory hvd = d.getHvdCategory();
      if (hvd != null) {
        s.addProperty(Vocab.HVD_CATEGORY, concept(hvd.getUri(), hvd.getLabel()));
        s.addProperty(Vocab.APPLICABLE_LEGISLATION, legislation());
      }
      return s;
    }

    /**
     * A blank node of a class, labelled by the order it is made in: Jena's own labels are random,
     * and would make every export of the same dataset differ.
     */
    private Resource blank(Resource type) {
      Resource r = m.createResource(AnonId.create("b" + ++blanks));
      return type == null ? r : r.addProperty(Vocab.TYPE, type);
    }

    private Resource agent(Publisher p) {
      Resource a = p.getIdentifier() != null && isAbsoluteUri(p.getIdentifier())
          ? m.createResource(p.getIdentifier(), Vocab.AGENT)
          : blank(Vocab.AGENT);
      if (p.getName() != null) a.addProperty(Vocab.FOAF_NAME, p.getName());
      if (p.getIdentifier() != null && !isAbsoluteUri(p.getIdentifier())) a.addProperty(Vocab.IDENTIFIER, p.getIdentifier());
      if (p.getType() != null) {
        a.addProperty(Vocab.DCT_TYPE, concept(Vocabularies.publisherTypeUri(p.getType()),
            LocalizedText.of(Map.of("en", Vocabularies.publisherTypeLabel(p.getType())))));
      }
      return a;
    }

    private Resource contact(ContactPoint c) {
      Resource k = blank(Vocab.VCARD_KIND);
      k.addProperty(Vocab.TYPE, Vocab.VCARD_ORGANIZATION);
      if (c.getName() != null) k.addProperty(Vocab.VCARD_FN, c.getName());
      if (c.getEmail() != null) {
        String mail = c.getEmail().strip();
        k.addProperty(Vocab.HAS_EMAIL, link(mail.regionMatches(true, 0, "mailto:", 0, 7) ? mail : "mailto:" + mail));
      }
      // A contact's web page is written only if it is one: free text here is no link.
      if (c.getUrl() != null && isAbsoluteUri(c.getUrl()) && WebLinks.isPage(URI.create(c.getUrl().strip()))) {
        k.addProperty(Vocab.HAS_URL, link(c.getUrl().strip()));
      }
      if (c.getPhone() != null && !c.getPhone().isBlank()) {
        String tel = c.getPhone().strip().replaceAll("[\\s()]", "");
        Resource phone = blank(null);
        if (tel.matches("\\+?[0-9-]+")) {
          phone.addProperty(Vocab.HAS_VALUE, m.createResource("tel:" + tel));
        } else {
          phone.addProperty(Vocab.HAS_VALUE, c.getPhone().strip());
        }
        k.addProperty(Vocab.HAS_TELEPHONE, phone);
      }
      return k;
    }

    private void period(Resource ds, TemporalCoverage t) {
      if (t.getStart() == null && t.getEnd() == null) return;
      Resource p = blank(Vocab.PERIOD_OF_TIME);
      date(p, Vocab.START_DATE, t.getStart());
      date(p, Vocab.END_DATE, t.getEnd());
      ds.addProperty(Vocab.TEMPORAL, p);
    }

    /**
     * A format: the EU file-type URI when ODIS recognises the format, the URI as given when it is
     * one, else a described resource holding the text.
     */
    private Resource format(String format, @Nullable String mediaType) {
      if (isAbsoluteUri(format)) return typed(format.strip(), Vocab.MEDIA_TYPE_OR_EXTENT);
      String eu = Vocabularies.fileTypeUri(FileFormat.of(format, null));
      if (eu != null) return typed(eu, Vocab.MEDIA_TYPE_OR_EXTENT);
      Resource r = blank(Vocab.MEDIA_TYPE_OR_EXTENT);
      r.addProperty(Vocab.LABEL, format.strip());
      return r;
    }

    private Resource licence(String licence) {
      String uri = Licence.parse(licence).getUri();
      if (isAbsoluteUri(uri)) return typed(uri.strip(), Vocab.LICENSE_DOCUMENT);
      Resource r = blank(Vocab.LICENSE_DOCUMENT);
      r.addProperty(Vocab.LABEL, licence.strip());
      return r;
    }

    /**
     * A link. For a high-value dataset it is typed {@code rdfs:Resource}: the DCAT-AP HVD shapes ask
     * {@code sh:class rdfs:Resource} of links, and SHACL checks classes without RDFS inference.
     */
    private Resource link(String uri) {
      Resource r = m.createResource(uri);
      if (d.getHvdCategory() != null) r.addProperty(Vocab.TYPE, Vocab.RDFS_RESOURCE);
      return r;
    }

    /**
     * A link typed {@code rdfs:Resource} for every dataset: the DCAT-AP 3.0.1 range shapes ask
     * {@code sh:class rdfs:Resource} of a data service's endpoint URL and description, and SHACL
     * checks classes without RDFS inference.
     */
    private Resource resource(String uri) {
      return m.createResource(uri).addProperty(Vocab.TYPE, Vocab.RDFS_RESOURCE);
    }

    private Resource legislation() {
      return typed(Vocab.HVD_LEGISLATION, Vocab.LEGAL_RESOURCE);
    }

    /** A URI typed with a class, or for text a blank node of that class labelled with it. */
    private Resource named(String value, Resource type) {
      if (isAbsoluteUri(value)) return typed(value.strip(), type);
      Resource r = blank(type);
      r.addProperty(Vocab.LABEL, value.strip());
      return r;
    }

    private Resource typed(String uri, Resource type) {
      return m.createResource(uri, type);
    }

    private Resource concept(String uri, LocalizedText label) {
      Resource c = m.createResource(uri, Vocab.CONCEPT);
      if (!c.hasProperty(Vocab.PREF_LABEL)) {
        label.getTexts().forEach((lang, text) -> c.addProperty(Vocab.PREF_LABEL, text, lang));
      }
      return c;
    }

    private void texts(Resource r, Property p, LocalizedText t) {
      t.getTexts().forEach((lang, text) -> {
        if (!text.isBlank()) r.addProperty(p, text, lang);
      });
    }

    private void date(Resource r, Property p, @Nullable LocalDate date) {
      if (date != null) r.addProperty(p, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    }
  }

  /** An EU language URI: as given when it is a URI, else the authority table's code of an ISO 639 code. */
  static String languageUri(String language) {
    String l = language.strip();
    if (isAbsoluteUri(l)) return l;
    String code = l.toLowerCase(java.util.Locale.ROOT);
    if (code.length() == 2) {
      try {
        code = java.util.Locale.forLanguageTag(code).getISO3Language();
      } catch (java.util.MissingResourceException e) {
        // left as given
      }
    }
    return Vocabularies.EU_AUTHORITY + "language/" + code.toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isAbsoluteUri(String s) {
    if (s == null) return false;
    try {
      URI u = new URI(s.strip());
      return u.isAbsolute() && u.getRawSchemeSpecificPart() != null && !u.getRawSchemeSpecificPart().isEmpty()
          && !s.strip().contains(" ");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
