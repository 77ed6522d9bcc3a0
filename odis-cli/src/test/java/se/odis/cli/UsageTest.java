package se.odis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.cli.Cli.READY;
import static se.odis.cli.Cli.odis;

import org.junit.jupiter.api.Test;
import se.odis.cli.Cli.Result;

/** Help, version and usage errors. */
class UsageTest {
  @Test
  void help_topLevel_listsTheCommandAndTheExitCodes() {
    Result r = odis("--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: odis", "assess", "Exit codes:");
    assertExitCodesListed(r.out());
  }

  @Test
  void help_assess_listsOptionsAndTheExitCodes() {
    Result r = odis("assess", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: odis assess", "FILE", "--format", "text, json", "--lang", "sv, en",
        "--as-of", "--debug", "Exit codes:");
    assertExitCodesListed(r.out());
  }

  @Test
  void help_helpSubcommand_showsAssessHelp() {
    Result r = odis("help", "assess");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: odis assess");
  }

  @Test
  void version_printsOdisAndAVersion() {
    Result r = odis("--version");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("odis ").doesNotContain("${");
  }

  @Test
  void format_unknownValue_exitsTwoWithUsage() {
    Result r = odis("assess", "--format", "xml", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("odis: error: ")
        .contains("--format", "'xml'", "text, json")
        .contains("Usage: odis assess")
        .contains("odis assess --help")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void lang_unknownValue_exitsTwoWithUsage() {
    Result r = odis("assess", "--lang", "de", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--lang", "'de'", "sv, en", "Usage: odis assess").doesNotContain("Exception");
  }

  @Test
  void asOf_malformedDate_exitsTwoSayingHowToWriteIt() {
    Result r = odis("assess", "--as-of", "26/11/2026", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--as-of", "YYYY-MM-DD").doesNotContain("Exception");
  }

  @Test
  void assess_withoutFile_exitsTwo() {
    Result r = odis("assess");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("FILE", "Usage: odis assess");
  }

  @Test
  void odis_withoutCommand_exitsTwoNamingTheCommands() {
    Result r = odis();

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("missing command", "assess", "Usage: odis");
  }

  @Test
  void odis_mistypedCommand_exitsTwoAndSuggestsAssess() {
    Result r = odis("asess", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("'asess'", "odis assess");
  }

  @Test
  void assess_unknownOption_exitsTwo() {
    Result r = odis("assess", "--profle", "x.json", READY);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--profle", "--profile");
  }

  private static void assertExitCodesListed(String help) {
    String codes = help.substring(help.indexOf("Exit codes:"));
    assertThat(codes).containsPattern("(?m)^\\s+0\\s+.*no blocker");
    assertThat(codes).containsPattern("(?m)^\\s+1\\s+.*at least one blocker");
    assertThat(codes).containsPattern("(?m)^\\s+2\\s+.*[Bb]ad input");
    assertThat(codes).containsPattern("(?m)^\\s+3\\s+.*[Ii]nternal");
  }

  @org.junit.jupiter.api.Test
  void usesBuiltInRulesOnly_onlyForAssessWithoutRulesOrProfile() {
    assertThat(Main.usesBuiltInRulesOnly("assess", "x.json")).isTrue();
    assertThat(Main.usesBuiltInRulesOnly("assess", "--rules", "dir", "x.json")).isFalse();
    assertThat(Main.usesBuiltInRulesOnly("assess", "--profile=p.yaml", "x.json")).isFalse();
    assertThat(Main.usesBuiltInRulesOnly("assess", "--", "--rules")).isTrue();
    assertThat(Main.usesBuiltInRulesOnly("validate", "x.json")).isFalse();
    assertThat(Main.usesBuiltInRulesOnly()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void servesRecord_forServeAndItsCheck_notForAddingAUserOrHelp() {
    assertThat(Main.servesRecord("serve", "--record", "dir")).isTrue();
    assertThat(Main.servesRecord("serve", "--check", "--record", "dir")).isTrue();
    assertThat(Main.servesRecord("serve", "--add-user", "Anna", "--role", "editor", "--users", "u.json")).isFalse();
    assertThat(Main.servesRecord("serve", "--add-user=Anna")).isFalse();
    assertThat(Main.servesRecord("serve", "--help")).isFalse();
    assertThat(Main.servesRecord("serve", "-V")).isFalse();
    assertThat(Main.servesRecord("assess", "x.json")).isFalse();
    assertThat(Main.servesRecord()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void readsDatasetFiles_notForAssessingACatalogue() {
    assertThat(Main.readsDatasetFiles("assess", "x.json")).isTrue();
    assertThat(Main.readsDatasetFiles("assess", "--from", "odis", "x.json")).isTrue();
    assertThat(Main.readsDatasetFiles("assess", "--from", "dcat", "c.rdf")).isFalse();
    assertThat(Main.readsDatasetFiles("assess", "--from=CKAN", "c.json")).isFalse();
    assertThat(Main.readsDatasetFiles("assess", "--", "--from", "dcat")).isTrue();
    assertThat(Main.readsDatasetFiles("import", "--from", "dcat", "c.rdf", "--into", "record")).isTrue();
    assertThat(Main.readsDatasetFiles("validate", "x.json")).isTrue();
    assertThat(Main.readsDatasetFiles("steps")).isFalse();
    assertThat(Main.readsDatasetFiles()).isFalse();
  }
}
