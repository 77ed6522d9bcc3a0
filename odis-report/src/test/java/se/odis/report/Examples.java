package se.odis.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.rules.Assessor;

/** The example datasets of odis-examples, assessed once for all report tests. */
final class Examples {
  static final Path DIR = Path.of("..", "odis-examples", "datasets");
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static List<DatasetReport> reports;

  private Examples() {}

  /** @return the examples (blocked, phase A, ready), assessed for {@link #AS_OF}, each with its file as origin */
  static synchronized List<DatasetReport> reports() throws Exception {
    if (reports == null) {
      Assessor assessor = Assessor.create();
      List<DatasetReport> out = new ArrayList<>();
      for (String name : List.of("blocked-personal-data.json", "phase-a-identify.json", "ready-to-publish.json")) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file.toAbsolutePath() + " is missing");
        Dataset d = DatasetReader.strict().read(file);
        out.add(DatasetReport.of(d, assessor.assess(d, AS_OF)).withOrigin(Origin.of(file.toString())));
      }
      reports = List.copyOf(out);
    }
    return reports;
  }

  static DatasetReport blocked() throws Exception {
    return reports().get(0);
  }
}
