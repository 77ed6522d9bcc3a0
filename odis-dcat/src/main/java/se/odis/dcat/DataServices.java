package se.odis.dcat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import se.odis.model.AccessRights;
import se.odis.model.DataService;
import se.odis.model.ImmutableDataService;

/** Reads data services: those that serve a dataset (dcat:servesDataset) and those a distribution reaches. */
final class DataServices {
  private final GraphValues g;
  private final Agents agents;
  private final Licences licences;
  private final HighValue highValue;
  /** dataset resource to the services that serve it (dcat:servesDataset) */
  private final Map<Resource, List<Resource>> servicesOf = new HashMap<>();

  DataServices(GraphValues g, Agents agents, Licences licences, HighValue highValue) {
    this.g = g;
    this.agents = agents;
    this.licences = licences;
    this.highValue = highValue;
    for (Resource service : g.sortedSubjects(Vocab.TYPE, Vocab.DATA_SERVICE)) {
      for (RDFNode d : g.values(service, Vocab.SERVES_DATASET)) {
        if (d.isResource()) servicesOf.computeIfAbsent(d.asResource(), k -> new ArrayList<>()).add(service);
      }
    }
  }

  /** @return the services that serve the dataset (dcat:servesDataset), in the graph's stable order */
  List<Resource> serving(Resource dataset) {
    return servicesOf.getOrDefault(dataset, List.of());
  }

  /** A data service as the dataset model holds it. */
  DataService dataService(Resource service, Notes notes, String where) {
    ImmutableDataService.Builder s = ImmutableDataService.builder();
    if (service.isURIResource()) s.uri(notes.uri(service.getURI(), where, "dcat:DataService"));
    s.title(g.text(service, Vocab.TITLE, notes, where));
    RDFNode endpoint = g.single(service, Vocab.ENDPOINT_URL, notes, where, "dcat:endpointURL");
    if (endpoint != null) s.endpointUrl(g.link(endpoint, notes, where, "dcat:endpointURL"));
    RDFNode description = g.single(service, Vocab.ENDPOINT_DESCRIPTION, notes, where, "dcat:endpointDescription");
    if (description != null) s.endpointDescription(g.link(description, notes, where, "dcat:endpointDescription"));
    for (RDFNode page : g.values(service, Vocab.FOAF_PAGE)) {
      URI u = g.link(page, notes, where, "foaf:page");
      if (u != null) s.addPages(u);
    }
    for (RDFNode c : g.values(service, Vocab.CONFORMS_TO)) {
      String standard = g.nameOrUri(c);
      if (standard != null) s.addConformsTo(standard);
    }
    List<RDFNode> contacts = g.values(service, Vocab.CONTACT_POINT);
    if (contacts.size() > 1) notes.multiple(where, "dcat:contactPoint", contacts.size());
    if (!contacts.isEmpty()) s.contactPoint(agents.contact(contacts.get(0), notes, where));
    RDFNode lic = g.single(service, Vocab.LICENSE, notes, where, "dcterms:license");
    if (lic != null) s.licence(licences.licence(lic, new Notes(), where));
    RDFNode access = g.single(service, Vocab.ACCESS_RIGHTS, notes, where, "dcterms:accessRights");
    if (access != null) {
      AccessRights a = licences.accessRights(access, notes, where);
      if (a != null) s.accessRights(a);
    }
    s.hvdCategory(highValue.hvdFrom(service, new Notes(), where));
    return s.build();
  }

  URI serviceDocumentation(Resource service, Notes notes, String where) {
    RDFNode d = g.single(service, Vocab.ENDPOINT_DESCRIPTION, notes, where, "dcat:endpointDescription");
    if (d == null) d = g.single(service, Vocab.FOAF_PAGE, notes, where, "foaf:page");
    return d == null ? null : g.link(d, notes, where, "dcat:endpointDescription");
  }
}
