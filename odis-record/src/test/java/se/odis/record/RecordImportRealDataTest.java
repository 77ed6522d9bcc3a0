package se.odis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.record.RealData.block;
import static se.odis.record.RealData.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.odis.model.Assessment;
import se.odis.model.CatalogueFormat;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.Finding;
import se.odis.model.Guide;
import se.odis.model.ImmutableDataset;
import se.odis.model.LegalObstacles;
import se.odis.model.PersonalDataStatus;
import se.odis.model.Secrecy;
import se.odis.model.TaskId;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.record.RecordImport.Change;
import se.odis.record.RecordImport.Kind;
import se.odis.rules.Assessor;

/**
 * The record on the real RAÄ catalogue (173 datasets): imported into a folder, answers recorded,
 * re-imported as it is and as a modified copy (a title changed, a description changed, an English
 * title added where the coordinator wrote one, a dataset removed, one added). Answers are recorded
 * with set, progress and the checklist workbook edited as a person would.
 */
class RecordImportRealDataTest {
  private static final LocalDate DAY1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate DAY2 = LocalDate.of(2026, 4, 1);
  /** The blockers every imported dataset has: what a catalogue cannot say. */
  private static final Set<String> SIX = Set.of("ROLE-001", "PD-001", "SEC-001", "RIGHTS-001", "LEGAL-001", "PROG-002");

  private static Assessor assessor;

  @TempDir Path tmp;

  @BeforeAll
  static void rules() {
    assessor = Assessor.create();
  }

  private static Set<String> blockers(Dataset d, LocalDate day) {
    Assessment a = assessor.assess(d, day);
    return a.getFindings().stream().filter(f -> f.getSeverity().name().equals("BLOCKER"))
        .map(Finding::getRuleId).collect(Collectors.toSet());
  }

  private static Map<Path, String> snapshot(Path dir) throws Exception {
    Map<Path, String> files = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) files.put(p, Files.readString(p, StandardCharsets.UTF_8));
    }
    return files;
  }

  private static Dataset read(Path file) throws Exception {
    return DatasetReader.strict().read(file);
  }

  @Test
  void import_raa_oneStrictFilePerDataset_namedStably_withItsOrigin_andTheUnknownFactsUnknown() throws Exception {
    Path catalogue = RealData.realdata(RealData.RAA);
    Path dir = tmp.resolve("record");

    RecordImport first = plan(dir, catalogue, DAY1);
    first.write();

    assertThat(first.changes()).hasSize(173).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Kind.ADDED));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(173);
    assertThat(plan(tmp.resolve("other"), catalogue, DAY2).files().stream().map(p -> p.getFileName().toString()))
        .as("the same names on another run").containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString()).toList());
    for (Path f : files) {
      Dataset d = read(f);
      assertThat(f.getFileName().toString()).isEqualTo(FileNames.of(d.getImported().getIdentifier()));
      assertThat(d.getImported().getFormat()).isEqualTo(CatalogueFormat.DCAT);
      assertThat(dir.resolve(d.getImported().getCatalogue()).normalize()).isEqualTo(catalogue.toAbsolutePath().normalize());
      assertThat(d.getImported().getDate()).isEqualTo(DAY1);
      assertThat(d.getImported().getFingerprints()).containsKey("/title/sv");
      assertThat(d.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.UNKNOWN);
      assertThat(d.getSecrecy()).isEqualTo(Secrecy.UNKNOWN);
      assertThat(d.getRoles().getOwner()).isNull();
      assertThat(d.getProgress()).hasSize(Guide.odis().getTasks().size());
      assertThat(d.getProgress().values()).allSatisfy(p -> {
        assertThat(p.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(p.getTitle()).isNotBlank();
      });
    }
    assertThat(blockers(read(dir.resolve("vasamuseet.json")), DAY1)).containsAll(SIX);
  }

  @Test
  void reimport_keepsEverythingRecorded_refreshesTheCatalogues_andSaysWhatChanged() throws Exception {
    Path catalogue = RealData.realdata(RealData.RAA);
    Path dir = tmp.resolve("record");
    plan(dir, catalogue, DAY1).write();
    Path vasa = dir.resolve("vasamuseet.json");
    Path skansen = dir.resolve("skansen.json");
    Path aeroseum = dir.resolve("aeroseum.json");
    RecordFile.read(vasa)
        .set("roles.owner", "Statens maritima och transporthistoriska museer")
        .set("personalData.status", "NONE").set("secrecy", "NONE").set("thirdPartyRights", "NONE")
        .set("otherLegalObstacles", "NONE").set("licence", "CC-BY-4.0")
        .progress("B.3.2.2", TaskStatus.DONE, DAY1, "Styrelsen", "Beslut 2026:3")
        .write(vasa);
    RecordFile.read(skansen).set("roles.owner", "Skansen").progress("A.3.3.1", TaskStatus.DONE, DAY1, "Direktionen", null)
        .write(skansen);
    RecordFile.read(aeroseum).set("title.en", "Aeroseum, our English title").write(aeroseum);
    // Jamtli's answers through the checklist workbook, filled in as a person would in Excel.
    Path jamtli = dir.resolve("jamtli.json");
    RecordFile jamtliFile = RecordFile.read(jamtli);
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    ChecklistWorkbook.write(jamtliFile, assessor.assess(jamtliFile.dataset(), DAY1), "sv", xlsx);
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()));
    ChecklistWorkbookTest.put(ChecklistWorkbookTest.fact(wb.getSheet("Uppgifter"), "roles.owner"), Sheets.VALUE, "Jamtli");
    ChecklistWorkbookTest.put(ChecklistWorkbookTest.fact(wb.getSheet("Uppgifter"), "personalData.status"), Sheets.VALUE,
        "personuppgifter");
    ChecklistWorkbookTest.put(ChecklistWorkbookTest.task(wb.getSheet("Checklista"), "B.1.1.2"), Sheets.STATUS, "klar");
    ChecklistWorkbook.read(jamtliFile, new java.io.ByteArrayInputStream(ChecklistWorkbookTest.save(wb)), "jamtli.xlsx")
        .write(jamtli);
    Map<Path, String> recorded = snapshot(dir);
    Dataset vasaRecorded = read(vasa);
    Dataset skansenRecorded = read(skansen);

    // The same catalogue again: nothing to do.
    RecordImport same = plan(dir, catalogue, DAY2);
    same.write();
    assertThat(same.files()).isEmpty();
    assertThat(same.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Kind.UNCHANGED));
    assertThat(snapshot(dir)).isEqualTo(recorded);

    // A modified copy: Vasamuseet's title changed (RAÄ's datasets are blank nodes, known by their
    // title), Skansen's description changed, Aeroseum given an English title, the first dataset
    // (RAÄ arkivbilder) removed, and a new one added.
    String rdf = RealData.raaText();
    String skansenBlock = block(rdf, "Skansen");
    String modified = rdf
        .replace(skansenBlock, skansenBlock.replace("Dokument, fotografier, och föremål", "Dokument, fotografier, föremål och djur"))
        .replace("<dc:title xml:lang=\"sv\">Vasamuseet</dc:title>", "<dc:title xml:lang=\"sv\">Vasamuseet, Stockholm</dc:title>")
        .replace("<dc:title xml:lang=\"sv\">Aeroseum</dc:title>",
            "<dc:title xml:lang=\"sv\">Aeroseum</dc:title>\n        <dc:title xml:lang=\"en\">Aeroseum museum</dc:title>")
        .replace(block(rdf, "RAÄ arkivbilder"), "")
        .replace(block(rdf, "Jamtli"), block(rdf, "Jamtli") + block(rdf, "Jamtli").replace(">Jamtli<", ">Nytt museum<"));
    Path copy = Files.writeString(tmp.resolve("raa-modified.rdf"), modified, StandardCharsets.UTF_8);

    RecordImport again = plan(dir, copy, DAY2);
    again.write();

    Map<Kind, List<String>> byKind = again.changes().stream()
        .collect(Collectors.groupingBy(Change::kind, Collectors.mapping(Change::identifier, Collectors.toList())));
    assertThat(byKind.get(Kind.ADDED)).containsExactly("nytt-museum");
    assertThat(byKind.get(Kind.UPDATED)).containsExactlyInAnyOrder("skansen", "vasamuseet-stockholm");
    assertThat(byKind.get(Kind.GONE)).containsExactly("raa-arkivbilder");
    assertThat(byKind.get(Kind.UNCHANGED)).hasSize(170);
    assertThat(change(again, "skansen").fields()).containsExactly("description.sv");
    Change renamed = change(again, "vasamuseet-stockholm");
    assertThat(renamed.file()).as("the renamed dataset stays in its file").isEqualTo(vasa);
    assertThat(renamed.fields()).containsExactly("title.sv", "imported.identifier");
    List<RecordImport.Conflict> conflicts = again.changes().stream().flatMap(c -> c.conflicts().stream()).toList();
    assertThat(conflicts).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("title.en");
      assertThat(c.yours()).isEqualTo("\"Aeroseum, our English title\"");
      assertThat(c.catalogue()).isEqualTo("\"Aeroseum museum\"");
    });
    assertThat(again.files()).containsExactlyInAnyOrder(
        dir.resolve("nytt-museum.json"), skansen, vasa, dir.resolve("raa-arkivbilder.json"));

    // Metadata refreshed; what the coordinator recorded survived, to the byte outside the refresh.
    Dataset skansenNow = read(skansen);
    assertThat(skansenNow.getDescription().get("sv")).isEqualTo("Dokument, fotografier, föremål och djur");
    assertThat(skansenNow.getImported().getDate()).isEqualTo(DAY2);
    assertThat(skansenNow.getRoles()).isEqualTo(skansenRecorded.getRoles());
    assertThat(skansenNow.getProgress()).isEqualTo(skansenRecorded.getProgress());
    Dataset vasaNow = read(vasa);
    assertThat(vasaNow.getTitle().get("sv")).isEqualTo("Vasamuseet, Stockholm");
    assertThat(vasaNow.getImported().getIdentifier()).isEqualTo("vasamuseet-stockholm");
    assertThat(ImmutableDataset.copyOf(vasaNow).withTitle(vasaRecorded.getTitle()).withImported(vasaRecorded.getImported()))
        .as("all but the title and where it came from as recorded").isEqualTo(vasaRecorded);
    assertThat(changedLines(recorded.get(vasa), Files.readString(vasa)))
        .as("a version-control diff shows only the refresh").allSatisfy(l -> assertThat(l).containsAnyOf(
            "\"sv\"", "\"identifier\"", "\"date\"", "\"catalogue\"", "/title/sv"));
    assertThat(vasaNow.getLicence()).isEqualTo("CC-BY-4.0");
    assertThat(vasaNow.getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.NONE);
    assertThat(vasaNow.getThirdPartyRights()).isEqualTo(ThirdPartyRights.NONE);
    assertThat(vasaNow.getOtherLegalObstacles()).isEqualTo(LegalObstacles.NONE);
    assertThat(vasaNow.getProgress().get(TaskId.of("B.3.2.2"))).isEqualTo(vasaRecorded.getProgress().get(TaskId.of("B.3.2.2")));
    assertThat(read(aeroseum).getTitle().get("en")).isEqualTo("Aeroseum, our English title");
    assertThat(Files.readString(jamtli)).isEqualTo(recorded.get(jamtli));
    assertThat(read(jamtli).getRoles().getOwner()).isEqualTo("Jamtli");
    assertThat(read(jamtli).getPersonalData().getStatus()).isEqualTo(PersonalDataStatus.PRESENT);
    assertThat(read(jamtli).isDone("B.1.1.2")).isTrue();
    assertThat(read(dir.resolve("raa-arkivbilder.json")).getImported().getMissingSince()).isEqualTo(DAY2);
    assertThat(read(dir.resolve("nytt-museum.json")).getTitle().get("sv")).isEqualTo("Nytt museum");

    // The answered datasets' assessments moved: the six fail-closed blockers are gone where answered.
    assertThat(blockers(vasaNow, DAY2)).doesNotContainAnyElementsOf(SIX);
    assertThat(blockers(skansenNow, DAY2)).doesNotContain("ROLE-001").contains("PD-001", "SEC-001");
    assertThat(blockers(read(jamtli), DAY2)).doesNotContain("ROLE-001", "PD-001").contains("SEC-001");
    assertThat(blockers(read(dir.resolve("nytt-museum.json")), DAY2)).containsAll(SIX);
    // The dataset gone from the catalogue is kept, and its assessment says to consider decommissioning.
    assertThat(assessor.assess(read(dir.resolve("raa-arkivbilder.json")), DAY2).getFindings())
        .anySatisfy(f -> assertThat(f.getRuleId()).isEqualTo("DEC-006"));

    // The same copy again: the gone dataset keeps its date, the conflict is still told.
    RecordImport third = plan(dir, copy, LocalDate.of(2026, 5, 1));
    assertThat(third.files()).isEmpty();
    assertThat(third.changes().stream().filter(c -> c.kind() == Kind.GONE).findFirst().orElseThrow().missingSince())
        .isEqualTo(DAY2);
    assertThat(third.changes().stream().mapToInt(c -> c.conflicts().size()).sum()).isEqualTo(1);

    // The original again: the removed dataset is back, the added one gone.
    RecordImport back = plan(dir, catalogue, LocalDate.of(2026, 5, 1));
    back.write();
    Change returned = back.changes().stream().filter(c -> c.identifier().equals("raa-arkivbilder")).findFirst().orElseThrow();
    assertThat(returned.kind()).isEqualTo(Kind.UPDATED);
    assertThat(returned.fields()).containsExactly("imported.missingSince");
    assertThat(read(dir.resolve("raa-arkivbilder.json")).getImported().getMissingSince()).isNull();
    assertThat(back.changes().stream().filter(c -> c.kind() == Kind.GONE).map(Change::identifier)).containsExactly("nytt-museum");
    assertThat(change(back, "vasamuseet").fields()).containsExactly("title.sv", "imported.identifier");
    assertThat(read(vasa).getTitle().get("sv")).isEqualTo("Vasamuseet");
    assertThat(read(vasa).getProgress()).isEqualTo(vasaRecorded.getProgress());
  }

  private static Change change(RecordImport plan, String identifier) {
    return plan.changes().stream().filter(c -> c.identifier().equals(identifier)).findFirst().orElseThrow();
  }

  /** @return the lines of one text that the other does not have, either way */
  private static List<String> changedLines(String before, String after) {
    List<String> a = List.of(before.split("\n"));
    List<String> b = List.of(after.split("\n"));
    List<String> out = new java.util.ArrayList<>();
    a.stream().filter(l -> !b.contains(l)).forEach(out::add);
    b.stream().filter(l -> !a.contains(l)).forEach(out::add);
    return out;
  }
}
