package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.cli.Cli.Result;

/** {@code --format csv}: RFC 4180, one row per dataset, the documented columns. */
class CsvTest {
  @TempDir Path dir;

  private static List<List<String>> parse(String csv) throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void csv_headerThenOneRowPerDatasetInInputOrder() throws Exception {
    Result r = odis("assess", "-q", "--format", "csv", "--as-of", AS_OF, READY, BLOCKED, PHASE_A);

    List<List<String>> rows = parse(r.out());
    assertThat(rows.get(0)).containsExactly(
        "Id", "Titel", "Ägare", "Resultat", "Steg", "Blockerande", "Främsta hinder", "Metadata (av 405)", "Stjärnor (av 5)");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).subList(0, 6)).containsExactly("exempelkommun-parkering-01", "Parkeringsplatser",
        "Trafiknämnden", "KLAR ATT PUBLICERA", "C1", "0");
    assertThat(rows.get(1).get(6)).isEmpty();
    assertThat(rows.get(2).get(6)).isEqualTo("PD-003 Personuppgifter pseudonymiserade");
    assertThat(rows.get(3).get(2)).isEmpty(); // the phase A example names no owner
    assertThat(rows.get(3).get(3)).isEqualTo("PÅGÅR");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(9));
    assertThat(Integer.parseInt(rows.get(2).get(7))).isBetween(0, 405);
    assertThat(Integer.parseInt(rows.get(2).get(8))).isBetween(0, 5);
  }

  @Test
  void csv_isRfc4180_crlfLineEnds_quotesWhereNeeded_noByteOrderMark() throws Exception {
    Path f = Fixtures.write(dir.resolve("q.json"),
        "{\"id\": \"q\", \"title\": {\"sv\": \"Citat \\\"här\\\", och komma\", \"en\": \"Quote\"}}");

    String out = odis("assess", "--format", "csv", f.toString()).out();

    assertThat(out).startsWith("Id,Titel,").doesNotStartWith("\uFEFF");
    assertThat(out).contains("\r\n").doesNotContain("\r\n\n");
    assertThat(out.split("\r\n")[1]).startsWith("q,\"Citat \"\"här\"\", och komma\",,");
    assertThat(parse(out).get(1).get(1)).isEqualTo("Citat \"här\", och komma");
  }

  @Test
  void csv_aTitleThatLooksLikeAFormula_isDefused() throws Exception {
    Path f = Fixtures.write(dir.resolve("f.json"), "{\"id\": \"f\", \"title\": {\"sv\": \"=HYPERLINK(\\\"x\\\")\"}}");

    List<List<String>> rows = parse(odis("assess", "--format", "csv", f.toString()).out());

    assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"x\")");
  }

  @Test
  void csv_englishTitlesWithEnglish() throws Exception {
    List<List<String>> rows = parse(odis("assess", "--format", "csv", "--lang", "en", "--as-of", AS_OF, BLOCKED).out());

    assertThat(rows.get(0).subList(0, 4)).containsExactly("Id", "Title", "Owner", "Verdict");
    assertThat(rows.get(1).get(1)).isEqualTo("Building permit applications");
    assertThat(rows.get(1).get(3)).isEqualTo("BLOCKED");
    assertThat(rows.get(1).get(6)).isEqualTo("PD-003 Personal data pseudonymised");
  }
}
