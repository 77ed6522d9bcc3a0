package se.odis.dcat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** The official SHACL shapes, loaded once, and validation that lists violations readably. */
final class Shacl {
  private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

  /** The shapes and the sh:property references that pointed at no shape and were dropped to parse them. */
  static final class Loaded {
    final Shapes shapes;
    final List<String> dropped;

    Loaded(Shapes shapes, List<String> dropped) {
      this.shapes = shapes;
      this.dropped = dropped;
    }
  }

  private static Loaded dcatAp;
  private static Loaded ranges;
  private static Loaded hvd;

  private Shacl() {}

  static synchronized Loaded dcatAp() {
    if (dcatAp == null) dcatAp = load(Fixtures.realdata("shacl/dcat-ap-3.0.1__shacl_dcat-ap-SHACL.ttl").toString());
    return dcatAp;
  }

  /** The DCAT-AP 3.0.1 range shapes: the class each property's value must have. */
  static synchronized Loaded ranges() {
    if (ranges == null) ranges = load(Fixtures.realdata("shacl/dcat-ap-3.0.1__shacl_ranges.ttl").toString());
    return ranges;
  }

  static synchronized Loaded hvd() {
    if (hvd == null) hvd = load(Fixtures.realdata("shacl/dcat-ap-hvd-3.0.0__hvd-SHACL.ttl").toString());
    return hvd;
  }

  /**
   * Loads a shapes file. Jena refuses shapes that reference a property shape which is not defined;
   * the official DCAT-AP 3.0.1 file has two such references, which are dropped (and reported).
   */
  private static Loaded load(String file) {
    Graph g = RDFDataMgr.loadGraph(file);
    List<String> dropped = new ArrayList<>();
    for (Triple t : g.find(Node.ANY, SH_PROPERTY, Node.ANY).toList()) {
      if (!g.find(t.getObject(), Node.ANY, Node.ANY).hasNext()) {
        dropped.add(t.getObject().getURI());
        g.delete(t);
      }
    }
    dropped.sort(null);
    return new Loaded(Shapes.parse(g), dropped);
  }

  /** @return every sh:Violation, one line each: focus node, path, message */
  static List<String> violations(Loaded shapes, Model data) {
    ValidationReport report = ShaclValidator.get().validate(shapes.shapes, data.getGraph());
    List<String> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      if (e.severity() == Severity.Violation) {
        out.add(e.focusNode() + " " + e.resultPath() + ": " + e.message());
      }
    }
    return out;
  }
}
