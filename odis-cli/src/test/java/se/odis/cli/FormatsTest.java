package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.BLOCKED;
import static se.odis.cli.Cli.PHASE_A;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;
import static se.odis.cli.Fixtures.AS_OF;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.odis.cli.Cli.Result;

/** Every {@code --format}, for one dataset and for a portfolio, in Swedish and English. */
class FormatsTest {
  /** The widest line of the text report. */
  static final int TEXT_WIDTH = 100;

  @TempDir Path dir;

  private Path portfolio() {
    return Fixtures.ndjson(dir.resolve("p.ndjson"), List.of(
        Fixtures.line(READY), "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}", Fixtures.line(BLOCKED), Fixtures.line(PHASE_A)));
  }

  @ParameterizedTest
  @CsvSource({
    "text, sv, KLAR ATT PUBLICERA", "text, en, READY TO PUBLISH",
    "json, sv, \"verdict\": \"READY_TO_PUBLISH\"", "json, en, \"language\": \"en\"",
    "ndjson, sv, \"verdict\":\"READY_TO_PUBLISH\"", "ndjson, en, \"title\":\"Parking spaces\"",
    "markdown, sv, **Resultat:** KLAR ATT PUBLICERA", "markdown, en, **Verdict:** READY TO PUBLISH",
    "csv, sv, 'exempelkommun-parkering-01,Parkeringsplatser,Trafiknämnden,KLAR ATT PUBLICERA,C1,0,,'",
    "csv, en, 'exempelkommun-parkering-01,Parking spaces,Trafiknämnden,READY TO PUBLISH,C1,0,,'",
    "html, sv, <html lang=\"sv\">", "html, en, READY TO PUBLISH",
  })
  void singleDataset_everyFormatAndLanguage_exitsZeroWithTheVerdict(String format, String lang, String expected) {
    Result r = odis("assess", "--format", format, "--lang", lang, "--as-of", AS_OF, READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "ndjson", "markdown", "csv", "html"})
  void singleDataset_withBlocker_exitsOneInEveryFormat(String format) {
    Result r = odis("assess", "--format", format, "--as-of", AS_OF, BLOCKED);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BLOCKERS);
    assertThat(r.out()).contains("exempelkommun-bygglov-02").contains("PD-003");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "ndjson", "markdown", "csv", "html"})
  void singleDataset_badInput_exitsTwoAndWritesNothingInEveryFormat(String format) {
    Path bad = Fixtures.write(dir.resolve("bad.json"), "{\"id\": \"x\", \"secrecy\": \"MAYBE\"}");

    Result r = odis("assess", "--format", format, bad.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("odis: error: " + bad + ":1:");
  }

  @ParameterizedTest
  @CsvSource({"text, sv", "text, en", "json, sv", "json, en", "ndjson, sv", "markdown, sv", "markdown, en",
      "csv, sv", "csv, en", "html, sv", "html, en"})
  void portfolio_withABadLine_exitsTwoAndStillReportsTheOthers(String format, String lang) {
    Path p = portfolio();

    Result r = odis("assess", "-q", "--format", format, "--lang", lang, "--as-of", AS_OF, p.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("odis: error: " + p + ":2:24: /secrecy: \"MAYBE\" is not allowed; expected one of "
        + "NONE, PARTIAL, FULL, UNKNOWN" + System.lineSeparator());
    assertThat(r.out()).contains("exempelkommun-parkering-01", "exempelkommun-bygglov-02", "exempelkommun-lekplatser-03");
  }

  @Test
  void text_portfolio_numbersEachDatasetAndEndsWithTheSummary() {
    Result r = odis("assess", "-q", "--as-of", AS_OF, portfolio().toString());

    assertThat(r.out())
        .containsPattern("(?m)^── 1 · .*p\\.ndjson:1 ─+$")
        .containsPattern("(?m)^── 2 · .*p\\.ndjson:2 ─+$")
        .contains("✗ Kunde inte läsas: ")
        .contains("══ Sammanfattning ═")
        .contains("Datamängder: 3 bedömda, 1 kunde inte läsas, 2 med blockerande anmärkningar")
        .contains("KLAR ATT PUBLICERA 1 · BLOCKERAD 1 · PÅGÅR 1 · PUBLICERAD 0 · AVVECKLAD 0")
        .contains("A1 1 · A2 0 · A3 0 · B1 0 · B2 1 · B3 0 · C1 1 · C2 0 · C3 0")
        .contains("Vanligaste blockerande anmärkningar", "Närmast publicering (2)");
    assertThat(r.out().indexOf("══ Sammanfattning")).isGreaterThan(r.out().indexOf("exempelkommun-lekplatser-03"));
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(TEXT_WIDTH));
  }

  @Test
  void text_portfolioInEnglish_usesEnglishSummary() {
    Result r = odis("assess", "-q", "--lang", "en", "--as-of", AS_OF, portfolio().toString());

    assertThat(r.out()).contains("══ Summary", "Datasets: 3 assessed, 1 could not be read, 2 with blockers",
        "Most frequent blockers", "Closest to publication (2)", "✗ Could not be read:");
  }

  @Test
  void text_neverHasColoursWhenNotATerminal() {
    Result r = odis("assess", "--as-of", AS_OF, BLOCKED);

    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void text_colorAlways_colours_theVerdictAndHeadings_withoutChangingTheText() {
    Result plain = odis("assess", "--as-of", AS_OF, BLOCKED);
    Result coloured = odis("assess", "--color", "always", "--as-of", AS_OF, BLOCKED);

    assertThat(coloured.out()).contains("\u001b[1m\u001b[31mBLOCKERAD\u001b[0m");
    assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
  }

  @Test
  void markdown_portfolio_hasSummaryTableErrorsAndSections() {
    String md = odis("assess", "-q", "--format", "markdown", "--as-of", AS_OF, portfolio().toString()).out();

    assertThat(md).startsWith("# ODIS: 4 datamängder\n")
        .contains("## Sammanfattning", "| Resultat | Antal |", "| BLOCKERAD | 1 |")
        .contains("| Steg | A1 | A2 | A3 | B1 | B2 | B3 | C1 | C2 | C3 |")
        .contains("## Datamängder", "| 1 | `exempelkommun-parkering-01` | Parkeringsplatser | Trafiknämnden | KLAR ATT PUBLICERA | C1 | 0 |")
        .contains("## Kunde inte läsas (1)")
        .contains("## Bygglovsansökningar (`exempelkommun-bygglov-02`)", "### Blockerande – måste åtgärdas (1)",
            "- **PD-003** · B.2.2.1 · Personuppgifter pseudonymiserade")
        .contains("▶ **B2**");
    assertThat(md.indexOf("### Blockerande", md.indexOf("exempelkommun-bygglov-02`)")))
        .isLessThan(md.indexOf("### Varningar", md.indexOf("exempelkommun-bygglov-02`)")));
  }

  @Test
  void markdown_showsIdsAsGiven_withPipesAndBackticks() {
    Path a = Fixtures.write(dir.resolve("a.json"), "{\"id\": \"a|b`c\"}");
    Path b = Fixtures.write(dir.resolve("b.json"), "{\"id\": \"`x\"}");

    String md = odis("assess", "-q", "--format", "markdown", "--as-of", AS_OF, a.toString(), b.toString()).out();

    // In a table row the pipe is escaped for the table; elsewhere the span holds the id as it is.
    assertThat(md).contains("| ``a\\|b`c`` |", "(``a|b`c``)", "(`` `x ``)").doesNotContain("¦");
  }

  @Test
  void markdown_escapesTextFromTheInput() {
    Path f = Fixtures.write(dir.resolve("x.json"),
        "{\"id\": \"x\", \"title\": {\"sv\": \"*Fet* | <b>tagg</b> [länk](http://e.se) `kod`\"}}");

    String md = odis("assess", "--format", "markdown", f.toString()).out();

    assertThat(md).startsWith("# \\*Fet\\* \\| \\<b\\>tagg\\</b\\> \\[länk\\](http://e.se) \\`kod\\` (`x`)\n")
        .doesNotContain("<b>");
  }

  @Test
  void help_listsEveryFormat() {
    assertThat(odis("assess", "--help").out().replaceAll("\\s+", " ")).contains("text, json, ndjson, markdown, csv, xlsx, html");
  }
}
