package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.odis.rules.SharedAssessor.AS_OF;
import static se.odis.rules.SharedAssessor.assess;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.odis.model.AccessRights;
import se.odis.model.Assessment;
import se.odis.model.Dataset;
import se.odis.model.Fees;
import se.odis.model.Finding;
import se.odis.model.Gate;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.Lifecycle;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.Storage;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/**
 * The verdict as docs/json-output.md defines it, for all inputs: a dataset with any defect of
 * issue 11 is never ready or published, and a complete, consistent record with open facts is
 * ready (no over-blocking).
 */
class VerdictProperties {
  private static final int TRIES = 200;

  // ---------------------------------------------------------------- the definition

  @Provide
  Arbitrary<Dataset> datasets() {
    return DatasetArbitraries.datasets();
  }

  /**
   * The definition, computed from the outside (the dataset, the rules' metadata and the findings):
   * a blocker forbids publication when its rule says so or its gate's task is recorded done (by the
   * assessment day); BLOCKED when a blocker that concerns the dataset's course forbids; otherwise
   * READY_TO_PUBLISH / PUBLISHED / DECOMMISSIONED when every gate of its course is passed and no
   * such blocker stands; otherwise IN_PROGRESS.
   */
  @Property(tries = TRIES)
  void verdict_anyDataset_followsTheDefinition(@ForAll("datasets") Dataset d) {
    Assessment a = assess(d);
    boolean decommissioning = d.getStatus() == Lifecycle.DEPRECATED || d.getStatus() == Lifecycle.WITHDRAWN;
    boolean forbidden = false;
    boolean blockers = false;
    for (Finding f : a.getFindings()) {
      if (f.getSeverity() != Severity.BLOCKER) {
        assertThat(f.isForbidsPublication()).as("%s is no blocker", f.getRuleId()).isFalse();
        continue;
      }
      boolean forbids = SharedAssessor.ASSESSOR.getRule(f.getRuleId()).isForbidsPublication()
          || (f.getGate() != null && doneByTheDay(d, f.getGate().getTaskId()));
      assertThat(f.isForbidsPublication()).as("%s forbids publication", f.getRuleId()).isEqualTo(forbids);
      boolean concerns = decommissioning ? f.getGate() == Gate.DECOMMISSION : f.getGate() != Gate.DECOMMISSION;
      if (!concerns) continue;
      blockers = true;
      forbidden |= forbids;
    }
    Verdict expected;
    if (forbidden) expected = Verdict.BLOCKED;
    else if (blockers || a.getNextGate() != null) expected = Verdict.IN_PROGRESS;
    else if (decommissioning) expected = doneByTheDay(d, "C.3.1.5") ? Verdict.DECOMMISSIONED : Verdict.IN_PROGRESS;
    else expected = published(d) ? Verdict.PUBLISHED : Verdict.READY_TO_PUBLISH;
    assertThat(a.getVerdict()).as("%s", a.getFindings()).isEqualTo(expected);
  }

  private static boolean doneByTheDay(Dataset d, String taskId) {
    TaskProgress p = d.getProgress().get(TaskId.of(taskId));
    return p != null && p.getStatus() == TaskStatus.DONE && (p.getDate() == null || !p.getDate().isAfter(AS_OF));
  }

  private static boolean published(Dataset d) {
    return d.getStatus() == Lifecycle.PUBLISHED || d.getStatus() == Lifecycle.DEPRECATED
        || (d.getStatus() == Lifecycle.PLANNED && doneByTheDay(d, "C.1.1.3"));
  }

  // ---------------------------------------------------------------- defects are never ready

  /** The defects of issue 11 §1, each applied to any dataset. */
  enum Defect {
    FUTURE_DATED_GATE_DECISION {
      Dataset apply(Dataset d, int n) {
        String gate = n % 2 == 0 ? "A.3.3.1" : "B.3.2.2";
        return with(d, gate, Datasets.decided(AS_OF.plusDays(1 + n % 400)));
      }
    },
    DECISION_BEFORE_ITS_GROUNDWORK {
      Dataset apply(Dataset d, int n) {
        List<String> groundwork = List.of("B.1.1.2", "B.1.1.3", "B.1.1.4", "B.1.2.2", "B.2.2.2", "B.2.2.4", "B.3.1.1", "B.3.1.2");
        LocalDate decided = AS_OF.minusDays(30 + n % 300);
        Dataset x = with(d, "B.3.2.2", Datasets.decided(decided));
        return with(x, groundwork.get(n % groundwork.size()), Datasets.doneOn(decided.plusDays(1 + n % 20)));
      }
    },
    PSEUDONYMISATION_LISTED {
      Dataset apply(Dataset d, int n) {
        ProtectiveMeasure[] beside = ProtectiveMeasure.values();
        PersonalDataStatus[] statuses = {PersonalDataStatus.PRESENT, PersonalDataStatus.SENSITIVE, PersonalDataStatus.NONE};
        return ImmutableDataset.copyOf(d).withPersonalData(ImmutablePersonalData.builder()
            .status(statuses[n % 3]).addMeasures(ProtectiveMeasure.PSEUDONYMISATION, beside[n % beside.length]).build());
      }
    },
    CONTRADICTORY_FACTS {
      Dataset apply(Dataset d, int n) {
        return n % 2 == 0
            ? ImmutableDataset.copyOf(d).withPersonalData(Datasets.personalData(PersonalDataStatus.NONE, ProtectiveMeasure.values()[n % 5]))
            : ImmutableDataset.copyOf(d).withSecrecy(Secrecy.NONE).withSecrecyMeasures(ProtectiveMeasure.values()[n % 5]);
      }
    },
    NON_PUBLIC_ACCESS {
      Dataset apply(Dataset d, int n) {
        return ImmutableDataset.copyOf(d).withAccessRights(n % 2 == 0 ? AccessRights.NON_PUBLIC : AccessRights.RESTRICTED);
      }
    },
    UNDONE_GROUNDWORK {
      Dataset apply(Dataset d, int n) {
        List<String> groundwork = List.of("B.1.1.2", "B.1.1.3", "B.1.1.4", "B.1.2.2", "B.2.2.2", "B.2.2.4", "B.3.1.1", "B.3.1.2");
        Dataset x = with(d, "B.3.2.2", Datasets.decided(AS_OF.minusDays(1)));
        return with(x, groundwork.get(n % groundwork.size()), TaskProgress.of(n % 3 == 0 ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED));
      }
    };

    abstract Dataset apply(Dataset d, int n);

    static Dataset with(Dataset d, String taskId, TaskProgress p) {
      java.util.Map<TaskId, TaskProgress> progress = new java.util.TreeMap<>(d.getProgress());
      progress.put(TaskId.of(taskId), p);
      return ImmutableDataset.copyOf(d).withProgress(progress);
    }
  }

  @Property(tries = TRIES)
  void assess_datasetWithADefect_isNeverReadyNorPublished(@ForAll("datasets") Dataset d, @ForAll Defect defect,
      @ForAll("small") int n) {
    Assessment a = assess(defect.apply(d, n));
    assertThat(a.getVerdict()).as("%s: %s", defect, a.getFindings()).isNotIn(Verdict.READY_TO_PUBLISH, Verdict.PUBLISHED);
  }

  @Property(tries = TRIES)
  void assess_readyFixtureWithADefect_isNeverReadyNorPublished(@ForAll("consistent") Dataset d, @ForAll Defect defect,
      @ForAll("small") int n) {
    Assessment a = assess(defect.apply(d, n));
    assertThat(a.getVerdict()).as("%s: %s", defect, a.getFindings()).isNotIn(Verdict.READY_TO_PUBLISH, Verdict.PUBLISHED);
    // A decision dated ahead is simply not taken yet: its gate waits, nothing needs fixing.
    if (defect != Defect.FUTURE_DATED_GATE_DECISION) assertThat(a.hasBlockers()).isTrue();
  }

  @Provide
  Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 10_000);
  }

  // ---------------------------------------------------------------- no over-blocking

  /**
   * Complete, consistent records with the facts open for publication: a recommended licence, no
   * personal data or personal data anonymised or aggregated, no secrecy, rights none or cleared,
   * high-value or not (meeting the HVD obligations), in the portal or linked, with any of the
   * tasks that do not decide publishability left open and the groundwork dated in the guide's order.
   */
  @Provide
  Arbitrary<Dataset> consistent() {
    List<String> advisory = new ArrayList<>();
    for (GuideTask t : Guide.odis().getTasks()) {
      if (!t.isDecisive() && t.getPhaseId().compareTo("C") < 0) advisory.add(t.getId());
    }
    Arbitrary<Set<String>> open = Arbitraries.of(advisory).set();
    Arbitrary<String> licence = Arbitraries.of("CC0-1.0", "CC-BY-4.0", "http://creativecommons.org/publicdomain/zero/1.0/");
    Arbitrary<HvdCategory> hvd = Arbitraries.of(HvdCategory.class).injectNull(0.4);
    Arbitrary<Storage> storage = Arbitraries.of(Storage.PORTAL, Storage.LINKED);
    Arbitrary<ThirdPartyRights> rights = Arbitraries.of(ThirdPartyRights.NONE, ThirdPartyRights.CLEARED);
    Arbitrary<ProtectiveMeasure> measure = Arbitraries.of(ProtectiveMeasure.ANONYMISATION, ProtectiveMeasure.AGGREGATION)
        .injectNull(0.5);
    Arbitrary<AccessRights> access = Arbitraries.of(AccessRights.PUBLIC).injectNull(0.3);
    Arbitrary<Integer> daysBeforeDecision = Arbitraries.integers().between(0, 120);
    return Combinators.combine(open, licence, hvd, storage, rights, measure, access, daysBeforeDecision)
        .as((o, l, h, s, r, m, a, days) -> {
          ImmutableDataset.Builder b = Datasets.readyToPublish().licence(l).hvdCategory(h).storage(s).thirdPartyRights(r)
              .accessRights(a).fees(Fees.NONE);
          if (m != null) b.personalData(Datasets.personalData(PersonalDataStatus.PRESENT, m));
          for (String t : o) b.putProgress(TaskId.of(t), TaskProgress.of(TaskStatus.NOT_STARTED));
          for (String t : List.of("B.1.1.2", "B.1.2.2", "B.2.2.2", "B.3.1.1", "B.3.1.2")) {
            b.putProgress(TaskId.of(t), Datasets.doneOn(Datasets.PUBLICATION_DECIDED_ON.minusDays(days)));
          }
          if (h == null) b.distributions(List.of(se.odis.model.ImmutableDistribution.builder().format("CSV")
              .accessUrl(URI.create("https://example.se/data/parkering.csv")).build()));
          return b.build();
        });
  }

  @Property(tries = TRIES)
  void assess_completeConsistentRecordWithOpenFacts_isReadyToPublish(@ForAll("consistent") Dataset d) {
    Assessment a = assess(d);
    assertThat(a.getVerdict()).as("%s", a.getFindings()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(a.hasBlockers()).isFalse();
  }

  @Property(tries = 100)
  void assess_completeConsistentRecordPublished_isPublished(@ForAll("consistent") Dataset d) {
    Dataset published = ImmutableDataset.copyOf(d).withStatus(Lifecycle.PUBLISHED);
    Assessment a = assess(published);
    assertThat(a.getVerdict()).as("%s", a.getFindings()).isEqualTo(Verdict.PUBLISHED);
  }
}
