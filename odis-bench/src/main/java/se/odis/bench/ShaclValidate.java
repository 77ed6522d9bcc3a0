package se.odis.bench;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The baseline of the catalogue benchmark (bench/catalogue.sh): validates a catalogue against SHACL
 * shapes with Jena SHACL and prints how many results there are, so that importing and assessing the
 * same catalogue with {@code odis assess --from dcat} can be compared with validation alone.
 */
public final class ShaclValidate {
  private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

  private ShaclValidate() {}

  /**
   * @param args the catalogue file, then one or more shapes files (read together)
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ShaclValidate CATALOGUE SHAPES…");
      System.exit(2);
    }
    Graph shapesGraph = GraphFactory.createDefaultGraph();
    for (int i = 1; i < args.length; i++) RDFDataMgr.read(shapesGraph, args[i]);
    // The official DCAT-AP 3.0.1 shapes reference two property shapes they do not define, which
    // Jena refuses; the references are dropped, as the project's SHACL tests do.
    List<Triple> dangling = shapesGraph.find(Node.ANY, SH_PROPERTY, Node.ANY)
        .filterDrop(t -> shapesGraph.find(t.getObject(), Node.ANY, Node.ANY).hasNext()).toList();
    dangling.forEach(shapesGraph::delete);
    Shapes shapes = Shapes.parse(shapesGraph);
    Graph data = RDFDataMgr.loadGraph(args[0]);
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    System.out.println("conforms: " + report.conforms() + ", results: " + report.getEntries().size()
        + " (" + dangling.size() + " dangling shape references dropped)");
  }
}
