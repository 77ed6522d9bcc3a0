package se.odis.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
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
 * In-process throughput of {@link Assessor#assess} with one knowledge base reused, over the
 * example datasets in turn. Run with {@code bench/run.sh} (or {@code java -jar
 * odis-bench/target/benchmarks.jar AssessBenchmark -t 2}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessBenchmark {
  /** Directory of the example datasets, relative to the working directory. */
  @Param({"odis-examples/datasets"})
  public String datasets;

  private Assessor assessor;
  private List<Dataset> inputs;
  private final LocalDate day = LocalDate.of(2026, 11, 26);

  /** Builds the assessor once and reads the examples. */
  @Setup
  public void setUp() throws Exception {
    assessor = Assessor.create();
    inputs = new ArrayList<>();
    for (String name : List.of("ready-to-publish.json", "blocked-personal-data.json", "phase-a-identify.json")) {
      inputs.add(DatasetReader.strict().read(Path.of(datasets, name)));
    }
  }

  /** Per-thread cursor so that threads walk the examples independently. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /**
   * One assessment.
   *
   * @param cursor which example is next for this thread
   * @param bh sink
   */
  @Benchmark
  public void assess(Cursor cursor, Blackhole bh) {
    Dataset d = inputs.get(cursor.next++ % inputs.size());
    Assessment a = assessor.assess(d, day);
    bh.consume(a);
  }
}
