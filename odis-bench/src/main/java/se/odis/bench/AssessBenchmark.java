package se.odis.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.rules.Assessor;

/**
 * In-process throughput of {@link Assessor} with one knowledge base reused: {@link #assess} one
 * dataset per call, as a catalogue's publish hook calls it, and {@link #assessAll} a portfolio in
 * batches, as {@code odis assess} does. Inputs are the three examples in turn, or 1,000 varied
 * datasets made by {@link GeneratePortfolio}. Run with {@code bench/run.sh throughput} (or
 * {@code java -jar odis-bench/target/benchmarks.jar AssessBenchmark -t 2}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessBenchmark {
  /** Datasets per {@link Assessor#assessAll} call. */
  public static final int BATCH = 64;

  /** Directory of the example datasets, relative to the working directory. */
  @Param({"odis-examples/datasets"})
  public String datasets;

  /** {@code examples}: the three example datasets; {@code generated}: 1,000 varied ones. */
  @Param({"examples", "generated"})
  public String inputs;

  private Assessor assessor;
  private List<Dataset> portfolio;
  private final LocalDate day = LocalDate.of(2026, 11, 26);

  /** Builds the assessor once and reads or generates the datasets. */
  @Setup
  public void setUp() throws Exception {
    assessor = Assessor.create();
    portfolio = new ArrayList<>();
    DatasetReader reader = DatasetReader.strict();
    List<String> names = List.of("ready-to-publish.json", "blocked-personal-data.json", "phase-a-identify.json");
    if (inputs.equals("examples")) {
      for (String name : names) portfolio.add(reader.read(Path.of(datasets, name)));
    } else {
      ObjectMapper mapper = new ObjectMapper();
      List<ObjectNode> templates = GeneratePortfolio.templates(Path.of(datasets));
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < 1000; i++) {
        portfolio.add(reader.read(mapper.writeValueAsString(GeneratePortfolio.dataset(templates, random, i)), "gen-" + i));
      }
    }
  }

  /** Per-thread cursor so that threads walk the datasets independently. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /**
   * One assessment.
   *
   * @param cursor which dataset is next for this thread
   * @param bh sink
   */
  @Benchmark
  public void assess(Cursor cursor, Blackhole bh) {
    Dataset d = portfolio.get(cursor.next++ % portfolio.size());
    Assessment a = assessor.assess(d, day);
    bh.consume(a);
  }

  /**
   * {@value #BATCH} assessments in one call; JMH counts each as one operation.
   *
   * @param cursor which dataset is next for this thread
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void assessAll(Cursor cursor, Blackhole bh) {
    List<Dataset> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) batch.add(portfolio.get(cursor.next++ % portfolio.size()));
    bh.consume(assessor.assessAll(batch, day));
  }
}
