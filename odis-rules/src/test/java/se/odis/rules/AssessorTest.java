package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.odis.rules.Datasets.fresh;
import static se.odis.rules.Datasets.inProgress;
import static se.odis.rules.Datasets.notApplicable;
import static se.odis.rules.Datasets.notStarted;
import static se.odis.rules.Datasets.personalData;
import static se.odis.rules.Datasets.readyToPublish;
import static se.odis.rules.Datasets.task;
import static se.odis.rules.SharedAssessor.AS_OF;
import static se.odis.rules.SharedAssessor.ASSESSOR;
import static se.odis.rules.SharedAssessor.assess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.DatasetReader;
import se.odis.model.Finding;
import se.odis.model.Gate;
import se.odis.model.GateState;
import se.odis.model.GateStatus;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutableRoles;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.NextStep;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.Storage;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/** The assessor as a whole: verdict, stage, gates, next steps, findings, configuration. */
class AssessorTest {
  private static final Guide GUIDE = Guide.odis();
  private static final Path EXAMPLES = Path.of("..", "odis-examples", "datasets");

  private static Map<Gate, GateState> gates(Assessment a) {
    Map<Gate, GateState> out = new EnumMap<>(Gate.class);
    for (GateStatus g : a.getGates()) out.put(g.getGate(), g.getState());
    return out;
  }

  private static List<String> nextStepIds(Assessment a) {
    return a.getNextSteps().stream().map(NextStep::getTaskId).collect(Collectors.toList());
  }

  private static List<String> ruleIds(Assessment a) {
    return a.getFindings().stream().map(Finding::getRuleId).collect(Collectors.toList());
  }

  private static Dataset example(String file) throws Exception {
    Path p = EXAMPLES.resolve(file);
    assertThat(p).as("example dataset (odis-examples/datasets beside odis-rules)").exists();
    return DatasetReader.strict().read(p);
  }

  /** A dataset with every kind of problem the built-in rules know, so that nearly every rule fires. */
  static Dataset everythingWrong() {
    return fresh()
        .personalData(personalData(PersonalDataStatus.SENSITIVE, ProtectiveMeasure.PSEUDONYMISATION))
        .secrecy(Secrecy.PARTIAL)
        .thirdPartyRights(ThirdPartyRights.UNCLEARED)
        .otherLegalObstacles(LegalObstacles.PRESENT)
        .licence("CC-BY-NC-4.0")
        .addDistributions(ImmutableDistribution.builder().format("PDF").licence("Egna villkor").build())
        .addDistributions(ImmutableDistribution.builder().format("DOCX").licence("CC-BY-SA-4.0").build())
        .status(Lifecycle.PUBLISHED)
        .putProgress(task("B.1.1.2"), inProgress())
        .build();
  }

  static Stream<Arguments> variedDatasets() {
    return Stream.of(
        Arguments.of("ready", readyToPublish().build()),
        Arguments.of("fresh", fresh().build()),
        Arguments.of("everything wrong", everythingWrong()),
        Arguments.of("unknown facts, phase B", fresh().putProgress(task("A.3.3.1"), Datasets.done())
            .putProgress(task("B.1.1.1"), inProgress()).build()),
        Arguments.of("no distribution, secret", readyToPublish().distributions(List.of()).secrecy(Secrecy.FULL).build()),
        Arguments.of("published, no decision", readyToPublish().status(Lifecycle.PUBLISHED)
            .putProgress(task("B.3.2.2"), notStarted()).build()),
        Arguments.of("withdrawn", readyToPublish().status(Lifecycle.WITHDRAWN).build()),
        Arguments.of("linked, not decided", readyToPublish().storage(Storage.LINKED)
            .putProgress(task("B.2.1.3"), notStarted()).putProgress(task("B.3.2.2"), notStarted()).build()));
  }

  // Verdicts on the fixtures.

  @Test
  void assess_readyFixture_isReadyToPublishWithAllPublishingGatesPassed() {
    Assessment a = assess(readyToPublish().build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(a.getFindings()).noneMatch(f -> f.getSeverity() == Severity.BLOCKER);
    assertThat(a.hasBlockers()).isFalse();
    assertThat(a.getNextGate()).isNull();
    assertThat(gates(a)).containsEntry(Gate.GO_AHEAD, GateState.PASSED)
        .containsEntry(Gate.PROTECTION, GateState.PASSED)
        .containsEntry(Gate.PUBLICATION, GateState.PASSED)
        .containsEntry(Gate.DECOMMISSION, GateState.NOT_APPLICABLE);
    assertThat(a.getStage()).isEqualTo("C1");
    assertThat(a.getDatasetId()).isEqualTo("test-parkering");
    assertThat(a.getAsOf()).isEqualTo(AS_OF);
  }

  @Test
  void assess_readyFixture_nextStepsAreTheC1TasksInGuideOrder() {
    Assessment a = assess(readyToPublish().build());
    List<String> c1 = GUIDE.getTasks().stream().filter(t -> t.getStageId().equals("C1")).map(GuideTask::getId)
        .collect(Collectors.toList());
    // C.1.1.1 (communication plan, "when needed") applies: the fixture has external target groups.
    assertThat(nextStepIds(a)).containsExactlyElementsOf(c1);
    assertThat(a.getNextSteps()).noneMatch(NextStep::isBlocking)
        .allMatch(s -> s.getStatus() == TaskStatus.NOT_STARTED);
  }

  @Test
  void assess_freshDataset_isInProgressInA1WithGoAheadNext() {
    Assessment a = assess(fresh().build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.getStage()).isEqualTo("A1");
    assertThat(a.getNextGate()).isEqualTo(Gate.GO_AHEAD);
    assertThat(a.getNextSteps()).isNotEmpty();
    // The tasks of the blockers first (the owner, A.3.1.1, is the first of them), then the guide's order.
    assertThat(a.getNextSteps().get(0).getTaskId()).isEqualTo("A.3.1.1");
    assertThat(a.getNextSteps().get(0).getBlockingRuleIds()).contains("ROLE-001");
    assertThat(a.getNextSteps()).filteredOn(s -> !s.isBlocking()).first().extracting(NextStep::getTaskId).isEqualTo("A.1.1.1");
    // Every unknown fact is a blocker, even though none is due yet in A1.
    assertThat(ruleIds(a)).contains("ROLE-001", "PD-001", "SEC-001", "RIGHTS-001", "LEGAL-001", "LIC-001", "DIST-001");
  }

  @Test
  void assess_exampleReadyToPublish_isReadyToPublish() throws Exception {
    Assessment a = assess(example("ready-to-publish.json"));
    assertThat(a.getVerdict()).as("%s", a.getFindings()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(a.hasBlockers()).isFalse();
  }

  @Test
  void assess_exampleBlockedPersonalData_isBlockedByPd003WithB221AsBlockingNextStep() throws Exception {
    Assessment a = assess(example("blocked-personal-data.json"));
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(a.getFindings()).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("PD-003");
      assertThat(f.getSeverity()).isEqualTo(Severity.BLOCKER);
    });
    assertThat(a.getNextSteps()).anySatisfy(s -> {
      assertThat(s.getTaskId()).isEqualTo("B.2.2.1");
      assertThat(s.isBlocking()).isTrue();
      assertThat(s.getRuleIds()).contains("PD-003");
    });
    assertThat(gates(a)).containsEntry(Gate.PROTECTION, GateState.BLOCKED);
    assertThat(a.getNextGate()).isEqualTo(Gate.PROTECTION);
  }

  @Test
  void assess_examplePhaseA_isInProgressInA1() throws Exception {
    Assessment a = assess(example("phase-a-identify.json"));
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.getStage()).isEqualTo("A1");
    assertThat(a.getNextGate()).isEqualTo(Gate.GO_AHEAD);
  }

  @Test
  void assess_publishedWithEverythingDone_isPublishedInC2() {
    Assessment a = assess(Datasets.published().build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.PUBLISHED);
    assertThat(a.getStage()).isEqualTo("C2");
    assertThat(a.getNextGate()).isNull();
    assertThat(a.hasBlockers()).isFalse();
    assertThat(a.getNextSteps()).isNotEmpty()
        .allSatisfy(s -> assertThat(GUIDE.task(s.getTaskId()).get().getStageId()).isEqualTo("C2"));
  }

  @Test
  void assess_publicationNotYetDecided_isInProgressWithPublicationGateNext() {
    Assessment a = assess(readyToPublish().putProgress(task("B.3.2.2"), notStarted()).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.getNextGate()).isEqualTo(Gate.PUBLICATION);
    assertThat(a.getStage()).isEqualTo("B3");
    assertThat(gates(a)).containsEntry(Gate.GO_AHEAD, GateState.PASSED)
        .containsEntry(Gate.PROTECTION, GateState.PASSED)
        .containsEntry(Gate.PUBLICATION, GateState.OPEN);
    assertThat(nextStepIds(a)).containsExactly("B.3.2.2");
    assertThat(a.hasBlockers()).isFalse();
  }

  @Test
  void assess_goAheadNotDecidedButPhaseBDone_isBlockedAtGoAhead() {
    Assessment a = assess(readyToPublish().putProgress(task("A.3.3.1"), notStarted()).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(a.getNextGate()).isEqualTo(Gate.GO_AHEAD);
    assertThat(gates(a)).containsEntry(Gate.GO_AHEAD, GateState.BLOCKED);
    assertThat(a.getNextSteps()).anySatisfy(s -> {
      assertThat(s.getTaskId()).isEqualTo("A.3.3.1");
      assertThat(s.isBlocking()).isTrue();
    });
  }

  @Test
  void assess_licenceMissingOnReadyFixture_isBlockedAtPublicationWithB122Blocking() {
    Assessment a = assess(readyToPublish().licence(null).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(a.getNextGate()).isEqualTo(Gate.PUBLICATION);
    assertThat(a.getGates()).filteredOn(g -> g.getGate() == Gate.PUBLICATION)
        .singleElement().satisfies(g -> assertThat(g.getBlockers()).contains("LIC-001"));
    assertThat(a.getNextSteps()).anySatisfy(s -> {
      assertThat(s.getTaskId()).isEqualTo("B.1.2.2");
      assertThat(s.isBlocking()).isTrue();
      assertThat(s.getStatus()).isEqualTo(TaskStatus.DONE);
    });
  }

  @Test
  void assess_readyFixture_reportsOnlyTheMetadataScore() {
    // Guards the fixture: a rule that finds something in it makes every near miss less telling.
    assertThat(ruleIds(assess(readyToPublish().build()))).containsExactly("MQA-001");
  }

  @Test
  void assess_recommendationsAndWarningsOnly_stayReadyToPublish() {
    Assessment a = assess(readyToPublish().licence("ODC-By-1.0").keywords(List.of()).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(ruleIds(a)).contains("LIC-004", "META-006");
    assertThat(a.hasBlockers()).isFalse();
  }

  @Test
  void assess_publishedWithoutC1TasksRecorded_isStillPublished() {
    Assessment a = assess(readyToPublish().status(Lifecycle.PUBLISHED).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.PUBLISHED);
    assertThat(ruleIds(a)).contains("SUP-001");
  }

  @Test
  void assess_withdrawnWithEveryDecommissioningTaskDone_isDecommissionedInC3() {
    Assessment a = assess(Datasets.withdrawn().build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.DECOMMISSIONED);
    assertThat(a.getStage()).isEqualTo("C3");
    assertThat(a.getNextGate()).isNull();
    assertThat(gates(a)).containsEntry(Gate.DECOMMISSION, GateState.PASSED);
  }

  @Test
  void assess_withdrawnWithoutDecisionToDecommission_isInProgressBlockedAtDecommission() {
    Assessment a = assess(Datasets.withdrawn().putProgress(task("C.3.1.2"), notStarted()).build());
    // The decision is work not done yet: the blocker waits for it (exit 1) and forbids nothing.
    assertThat(a.getVerdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(a.hasBlockers()).isTrue();
    assertThat(a.getNextGate()).isEqualTo(Gate.DECOMMISSION);
    assertThat(gates(a)).containsEntry(Gate.DECOMMISSION, GateState.BLOCKED);
    assertThat(a.getNextSteps()).anySatisfy(s -> {
      assertThat(s.getTaskId()).isEqualTo("C.3.1.2");
      assertThat(s.isBlocking()).isTrue();
    });
  }

  // Next steps.

  @ParameterizedTest(name = "{0}")
  @MethodSource("variedDatasets")
  void nextSteps_anyDataset_areBlockersFirstThenInGuideOrderWithoutDuplicates(String name, Dataset d) {
    assertBlockersFirstThenGuideOrder(assess(d).getNextSteps());
  }

  /** The tasks of the blockers first, then the others, each group in the guide's order; no task twice. */
  static void assertBlockersFirstThenGuideOrder(List<NextStep> steps) {
    List<Integer> order = steps.stream().map(s -> GUIDE.order(s.getTaskId())).collect(Collectors.toList());
    assertThat(order).doesNotContain(-1).doesNotHaveDuplicates();
    int firstOther = (int) steps.stream().filter(NextStep::isBlocking).count();
    assertThat(steps.subList(0, firstOther)).allMatch(NextStep::isBlocking);
    assertThat(steps.subList(firstOther, steps.size())).noneMatch(NextStep::isBlocking);
    assertThat(order.subList(0, firstOther)).isSorted();
    assertThat(order.subList(firstOther, order.size())).isSorted();
    for (NextStep s : steps) {
      assertThat(s.getRuleIds()).containsAll(s.getBlockingRuleIds());
      assertThat(s.getBlockingRuleIds().isEmpty()).isEqualTo(!s.isBlocking());
    }
  }

  @Test
  void nextSteps_blockerAtTaskMarkedNotApplicable_isStillListed() {
    Assessment a = assess(readyToPublish().putProgress(task("A.3.3.1"), notApplicable()).build());
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(ruleIds(a)).contains("PROG-001");
    assertThat(a.getNextSteps()).anySatisfy(s -> {
      assertThat(s.getTaskId()).isEqualTo("A.3.3.1");
      assertThat(s.isBlocking()).isTrue();
    });
  }

  @Test
  void nextSteps_publicationDecisionMarkedNotApplicable_isStillListed() {
    Assessment a = assess(readyToPublish().putProgress(task("B.3.2.2"), notApplicable()).build());
    assertThat(a.getVerdict()).isNotEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(a.getNextGate()).isEqualTo(Gate.PUBLICATION);
    assertThat(nextStepIds(a)).contains("B.3.2.2");
  }

  @Test
  void nextSteps_storageLinked_omitPortalOnlyTasks() {
    Dataset linked = readyToPublish().storage(Storage.LINKED)
        .putProgress(task("B.2.1.3"), notStarted()).putProgress(task("B.2.1.4"), notStarted())
        .putProgress(task("B.3.2.2"), notStarted()).build();
    assertThat(nextStepIds(assess(linked))).doesNotContain("B.2.1.3", "B.2.1.4").contains("B.3.2.2");
  }

  @Test
  void nextSteps_storageInPortal_includePortalOnlyTasks() {
    Dataset portal = readyToPublish().storage(Storage.PORTAL)
        .putProgress(task("B.2.1.3"), notStarted()).putProgress(task("B.2.1.4"), notStarted())
        .putProgress(task("B.3.2.2"), notStarted()).build();
    assertThat(nextStepIds(assess(portal))).containsSubsequence("B.2.1.3", "B.2.1.4", "B.3.2.2");
  }

  @Test
  void nextSteps_taskMarkedNotApplicable_isOmitted() {
    Dataset d = readyToPublish().putProgress(task("B.3.1.4"), notApplicable())
        .putProgress(task("B.3.1.2"), notStarted()).putProgress(task("B.3.2.2"), notStarted()).build();
    assertThat(nextStepIds(assess(d))).contains("B.3.1.2", "B.3.2.2").doesNotContain("B.3.1.4");
  }

  @Test
  void nextSteps_freshDataset_containOnlyApplicableTasksUpToGoAhead() {
    Assessment a = assess(fresh().build());
    assertThat(a.getNextSteps()).allSatisfy(s -> {
      int order = GUIDE.order(s.getTaskId());
      assertThat(order <= GUIDE.order("A.3.3.1") || s.isBlocking()).as(s.getTaskId()).isTrue();
    });
    // Estimating the effort applies when it is not known to be small.
    assertThat(nextStepIds(a)).contains("A.3.2.1", "A.3.3.1");
  }

  // Findings.

  @ParameterizedTest(name = "{0}")
  @MethodSource("variedDatasets")
  void findings_anyDataset_areSortedByFindingOrder(String name, Dataset d) {
    assertThat(assess(d).getFindings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void findings_everythingWrong_fireManyRulesInFindingOrder() {
    Assessment a = assess(everythingWrong());
    assertThat(ruleIds(a)).contains("PD-003", "PD-004", "SEC-002", "RIGHTS-002", "LEGAL-002", "LIC-002", "LIC-003",
        "LIC-005", "FMT-001", "PROG-001", "PROG-002", "ROLE-001");
    assertThat(a.getFindings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variedDatasets")
  void findings_anyDataset_carryRuleIdSeverityGuideStepAndBothLanguages(String name, Dataset d) {
    for (Finding f : assess(d).getFindings()) {
      assertThat(f.getRuleId()).matches("[A-Z][A-Z0-9]*-[0-9]{3}");
      assertThat(f.getSeverity()).isNotNull();
      assertThat(GUIDE.task(f.getStep())).as("step %s of %s", f.getStep(), f.getRuleId()).isPresent();
      assertThat(f.getStep()).isEqualTo(GUIDE.task(f.getStep()).get().getId());
      for (String lang : List.of("sv", "en")) {
        assertThat(f.getTitle().has(lang)).as("%s title %s", f.getRuleId(), lang).isTrue();
        assertThat(f.getMessage().has(lang)).as("%s message %s", f.getRuleId(), lang).isTrue();
        assertThat(f.getRemedy().has(lang)).as("%s remedy %s", f.getRuleId(), lang).isTrue();
        assertThat(f.getMessage().get(lang)).as("%s message %s is filled", f.getRuleId(), lang).doesNotContain("{0}");
      }
      if (f.getSeverity() == Severity.BLOCKER) assertThat(f.getGate()).as("gate of %s", f.getRuleId()).isNotNull();
      assertThat(ASSESSOR.getRule(f.getRuleId())).isNotNull();
    }
  }

  @Test
  void findings_sameRuleAndSubjectThroughTwoPaths_areNotDuplicated() {
    Assessment a = assess(everythingWrong());
    assertThat(a.getFindings()).doesNotHaveDuplicates();
  }

  // Rules in force and configuration.

  @Test
  void rulesInForce_defaultAssessor_listsEveryRuleSorted() {
    List<String> all = ASSESSOR.getRules().stream().map(RuleInfo::getId).collect(Collectors.toList());
    ASSESSOR.getApplicabilityRules().forEach(r -> all.add(r.getId()));
    Assessment a = assess(readyToPublish().build());
    assertThat(a.getRulesInForce()).isSorted().containsExactlyInAnyOrderElementsOf(all)
        .contains("PD-002", "LIC-004", "PROG-001", "DIST-001", "APPL-001");
    assertThat(ASSESSOR.getDisabledRules()).isEmpty();
  }

  @Test
  void builder_disableLic004_silencesItAndDropsItFromRulesInForce() {
    Assessor withoutLic004 = Assessor.builder().disable(List.of("LIC-004")).build();
    Dataset shareAlike = readyToPublish().licence("ODC-By-1.0").build();
    assertThat(ruleIds(assess(shareAlike))).contains("LIC-004");

    Assessment a = withoutLic004.assess(shareAlike, AS_OF);
    assertThat(ruleIds(a)).doesNotContain("LIC-004");
    assertThat(a.getRulesInForce()).doesNotContain("LIC-004").contains("LIC-001", "LIC-002", "LIC-003");
    assertThat(a.getRulesInForce()).hasSize(ASSESSOR.getRules().size() + ASSESSOR.getApplicabilityRules().size() - 1);
    assertThat(withoutLic004.getRule("LIC-004")).isNull();
    assertThat(withoutLic004.getRules()).extracting(RuleInfo::getId).doesNotContain("LIC-004");
    assertThat(withoutLic004.getDisabledRules()).containsExactly("LIC-004");
    // The other rules still fire.
    assertThat(ruleIds(withoutLic004.assess(readyToPublish().licence("CC-BY-NC-4.0").build(), AS_OF))).contains("LIC-002");
  }

  @Test
  void builder_disableUnknownRule_throwsRuleSetExceptionNamingIt() {
    assertThatThrownBy(() -> Assessor.builder().disable(List.of("LIC-004", "NOPE-999")).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("NOPE-999")
        .satisfies(e -> assertThat(((RuleSetException) e).getProblems()).singleElement().asString().contains("NOPE-999"));
  }

  @Test
  void builder_severityOfUnknownRule_throwsRuleSetExceptionNamingIt() {
    assertThatThrownBy(() -> Assessor.builder().severity("NOPE-998", Severity.BLOCKER).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("NOPE-998");
  }

  @Test
  void builder_raiseLic004ToBlocker_makesItsFindingABlockerThatBlocksPublication() {
    Assessor strict = Assessor.builder().severity("LIC-004", Severity.BLOCKER).build();
    Assessment a = strict.assess(readyToPublish().licence("ODC-By-1.0").build(), AS_OF);
    assertThat(a.getFindings()).filteredOn(f -> f.getRuleId().equals("LIC-004")).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.BLOCKER);
          assertThat(f.getGate()).isEqualTo(Gate.PUBLICATION);
        });
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(strict.getRule("LIC-004").getSeverity()).isEqualTo(Severity.BLOCKER);
    assertThat(strict.getRule("LIC-004").getDefaultSeverity()).isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void builder_fixedClock_setsAsOfOfAssessWithoutDay() {
    Clock clock = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);
    Assessor clocked = Assessor.builder().clock(clock).build();
    assertThat(clocked.assess(readyToPublish().build()).getAsOf()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(clocked.assess(readyToPublish().build(), AS_OF).getAsOf()).isEqualTo(AS_OF);
  }

  @Test
  void assess_nullDataset_throwsNullPointerException() {
    assertThatThrownBy(() -> ASSESSOR.assess(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ASSESSOR.assess(null, AS_OF)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void assess_nullDay_throwsNullPointerException() {
    assertThatThrownBy(() -> ASSESSOR.assess(readyToPublish().build(), null)).isInstanceOf(NullPointerException.class);
  }

  /** @return the example dataset files, sorted by name */
  static List<Path> exampleFiles() throws Exception {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void assess_everyExampleFile_readsStrictlyAndAssessesWithoutError() throws Exception {
    List<Path> files = exampleFiles();
    assertThat(files).isNotEmpty();
    for (Path p : files) {
      Dataset d = DatasetReader.strict().read(p);
      assertThat(assess(d).getDatasetId()).isEqualTo(d.getId());
    }
  }

  @Test
  void assess_ownerMissingOnly_blocksGoAheadNotLaterGates() {
    Assessment a = assess(readyToPublish().roles(ImmutableRoles.builder().producer("x").build()).build());
    assertThat(a.getGates()).filteredOn(g -> g.getGate() == Gate.GO_AHEAD).singleElement()
        .satisfies(g -> assertThat(g.getBlockers()).containsExactly("ROLE-001"));
    assertThat(a.getNextGate()).isEqualTo(Gate.GO_AHEAD);
    assertThat(a.getVerdict()).isEqualTo(Verdict.BLOCKED);
  }
}
