package se.odis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.odis.model.Assessment;
import se.odis.model.Audience;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.Fees;
import se.odis.model.Finding;
import se.odis.model.Guide;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.ImmutablePublisher;
import se.odis.model.ImmutableRoles;
import se.odis.model.LegalObstacles;
import se.odis.model.LocalizedText;
import se.odis.model.PersonalData;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.PublisherType;
import se.odis.model.Secrecy;
import se.odis.model.Severity;
import se.odis.model.Storage;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;
import se.odis.model.Verdict;

/**
 * What must hold for every dataset built from the ready fixture by varying facts that do not
 * decide publishability — keywords, themes, distributions (CSV, JSON, XLSX or PDF, each with an
 * access URL), the licence (CC0 1.0 or CC BY 4.0, written in any of their common forms), target
 * groups, storage, and the high-value category together with what (EU) 2023/138 then asks for:
 *
 * <ul>
 *   <li>completing every applicable task up to the decision to publish (B.3.2.2) and fixing every
 *       blocker by its remedy makes it ready to publish;
 *   <li>unprotected personal data added to such a ready dataset always blocks it (fail closed);
 *   <li>the findings do not depend on the order of distributions, keywords or progress entries.
 * </ul>
 */
class CompletionProperties {
  private static final int TRIES = 150;
  private static final Guide GUIDE = Guide.odis();
  private static final int DECISION = GUIDE.order("B.3.2.2");

  private static final List<String> KEYWORDS =
      List.of("parkering", "trafik", "skola", "bygglov", "öppna data", "Exempelkommun");
  private static final List<String> FORMATS = List.of("CSV", "JSON", "XLSX", "PDF");
  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "CSV", "text/csv", "JSON", "application/json",
      "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PDF", "application/pdf");
  /** CC0 1.0 as coordinators write it. */
  private static final List<String> CC0 = List.of(
      "CC0-1.0", "cc0", "CC0 1.0", "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
      "https://creativecommons.org/publicdomain/zero/1.0/legalcode",
      "http://publications.europa.eu/resource/authority/licence/CC0");
  /** CC BY 4.0 as coordinators write it. */
  private static final List<String> CC_BY = List.of(
      "CC-BY-4.0", "cc-by-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
      "http://creativecommons.org/licenses/by/4.0/deed.sv", "https://creativecommons.org/licenses/by/4.0/legalcode",
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
  private static final List<Audience> AUDIENCES = List.of(
      ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Apputvecklare").needs("Realtid").build(),
      ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Invånare").build(),
      ImmutableAudience.builder().kind(Audience.Kind.INTERNAL).name("Trafikplanerare").needs("Historik").build());
  private static final List<TaskId> TASKS_UP_TO_DECISION = GUIDE.getTasks().stream()
      .filter(t -> GUIDE.order(t.getId()) <= DECISION).map(t -> TaskId.of(t.getId()))
      .collect(Collectors.toUnmodifiableList());

  /** Things a coordinator may not have got to yet, each with a known remedy. */
  enum Gap {
    FEES_UNKNOWN, PERSONAL_DATA_UNKNOWN, SECRECY_UNKNOWN, RIGHTS_UNKNOWN, OWNER_MISSING, LICENCE_MISSING,
    PUBLISHER_MISSING, DESCRIPTION_MISSING, CONTACT_MISSING, ACCESS_URL_MISSING, API_DOCUMENTATION_MISSING,
    PERSONAL_DATA_PSEUDONYMISED
  }

  // Generators.

  /** One distribution as generated: its format and what it offers. */
  static final class Dist {
    String format;
    boolean mediaType;
    boolean download;
    boolean api;
    int licenceVariant = -1; // -1: none of its own; else an index into the dataset's licence family

    Distribution build(int index, List<String> family) {
      String f = format.toLowerCase(java.util.Locale.ROOT);
      ImmutableDistribution.Builder b = ImmutableDistribution.builder()
          .format(format)
          .accessUrl(URI.create("https://example.se/data/" + index + "/" + f))
          .api(api);
      if (mediaType) b.mediaType(MEDIA_TYPES.get(format));
      if (download) b.downloadUrl(URI.create("https://example.se/data/" + index + "/parkering." + f));
      if (api) b.documentation(URI.create("https://example.se/data/" + index + "/openapi.json"));
      if (licenceVariant >= 0) b.licence(family.get(licenceVariant % family.size()));
      return b.build();
    }
  }

  /** The choices that make one dataset; kept apart from the dataset so that jqwik can shrink them. */
  static final class Variation {
    List<String> keywords = List.of();
    Set<DataTheme> themes = Set.of();
    List<Dist> distributions = List.of();
    boolean ccBy;
    int licenceVariant;
    List<Audience> audiences = List.of();
    Storage storage = Storage.PORTAL;
    HvdCategory hvd;
    Map<TaskId, TaskProgress> unfinished = Map.of();
    Set<Gap> gaps = Set.of();

    Dataset build() {
      List<String> family = ccBy ? CC_BY : CC0;
      List<Distribution> ds = new ArrayList<>();
      for (Dist d : distributions) ds.add(d.build(ds.size(), family));
      ImmutableDataset.Builder b = Datasets.readyToPublish()
          .keywords(keywords)
          .themes(themes.stream().sorted().collect(Collectors.toList()))
          .licence(family.get(licenceVariant % family.size()))
          .audiences(audiences)
          .storage(storage)
          .hvdCategory(hvd);
      if (hvd != null) {
        // What a high-value dataset needs: a documented API, a bulk download, no fees, a contact point.
        ds.add(ImmutableDistribution.builder().format("JSON").mediaType("application/json").api(true)
            .accessUrl(URI.create("https://api.example.se/hvd"))
            .documentation(URI.create("https://api.example.se/hvd/openapi.json")).build());
        ds.add(ImmutableDistribution.builder().format("CSV").mediaType("text/csv")
            .accessUrl(URI.create("https://example.se/data/hvd"))
            .downloadUrl(URI.create("https://example.se/data/hvd.csv")).build());
        b.fees(Fees.NONE)
            .contactPoint(ImmutableContactPoint.builder().name("Öppna data").email("oppnadata@example.se").build());
      }
      b.distributions(ds);
      b.putAllProgress(unfinished);
      Dataset d = b.build();
      for (Gap g : gaps) d = open(d, g);
      return d;
    }
  }

  private static Arbitrary<Dist> distribution() {
    return Builders.withBuilder(Dist::new)
        .use(Arbitraries.of(FORMATS)).in((d, v) -> { d.format = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.mediaType = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.download = v; return d; })
        .use(Arbitraries.of(true, false)).in((d, v) -> { d.api = v; return d; })
        .use(Arbitraries.integers().between(-1, 6)).in((d, v) -> { d.licenceVariant = v; return d; })
        .build()
        // Edge cases of every field combined would outnumber the tries; random values cover them.
        .withoutEdgeCases();
  }

  private static Arbitrary<Variation> variations(boolean withGaps) {
    Arbitrary<Map<TaskId, TaskProgress>> unfinished = Arbitraries.maps(
        Arbitraries.of(TASKS_UP_TO_DECISION),
        Arbitraries.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS).map(TaskProgress::of)).ofMaxSize(8);
    return Builders.withBuilder(Variation::new)
        .use(Arbitraries.of(KEYWORDS).list().ofMaxSize(4)).in((v, x) -> { v.keywords = x; return v; })
        .use(Arbitraries.of(DataTheme.class).set().ofMaxSize(3).withoutEdgeCases()).in((v, x) -> { v.themes = x; return v; })
        .use(distribution().list().ofMinSize(1).ofMaxSize(4)).in((v, x) -> { v.distributions = x; return v; })
        .use(Arbitraries.of(true, false).withoutEdgeCases()).in((v, x) -> { v.ccBy = x; return v; })
        .use(Arbitraries.integers().between(0, 6).withoutEdgeCases()).in((v, x) -> { v.licenceVariant = x; return v; })
        .use(Arbitraries.subsetOf(AUDIENCES).map(List::copyOf).withoutEdgeCases()).in((v, x) -> { v.audiences = x; return v; })
        .use(Arbitraries.of(Storage.PORTAL, Storage.LINKED).withoutEdgeCases()).in((v, x) -> { v.storage = x; return v; })
        .use(Arbitraries.of(HvdCategory.class).injectNull(0.5)).in((v, x) -> { v.hvd = x; return v; })
        .use(unfinished.withoutEdgeCases()).in((v, x) -> { v.unfinished = x; return v; })
        .use(withGaps ? Arbitraries.of(Gap.class).set().ofMaxSize(4) : Arbitraries.just(Set.<Gap>of()))
            .in((v, x) -> { v.gaps = x; return v; })
        .build();
  }

  @Provide
  Arbitrary<Dataset> variants() {
    return variations(false).map(Variation::build);
  }

  @Provide
  Arbitrary<Dataset> variantsWithGaps() {
    return variations(true).map(Variation::build);
  }

  @Provide
  Arbitrary<PersonalData> unprotectedPersonalData() {
    return Combinators.combine(
            Arbitraries.of(PersonalDataStatus.PRESENT, PersonalDataStatus.SENSITIVE),
            Arbitraries.of(ProtectiveMeasure.PSEUDONYMISATION, ProtectiveMeasure.TIME_DELAY).set())
        .as((status, measures) -> ImmutablePersonalData.builder().status(status).measures(measures).build());
  }

  // (a) Completing the work and fixing the blockers makes a dataset ready to publish.

  @Property(tries = TRIES)
  void completedAndFixed_anyVariation_isReadyToPublish(@ForAll("variantsWithGaps") Dataset d) {
    Assessment a = SharedAssessor.assess(completeAndFix(d));
    assertThat(a.getFindings()).noneMatch(f -> f.getSeverity() == Severity.BLOCKER);
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
    assertThat(a.getNextGate()).isNull();
  }

  @Property(tries = TRIES)
  void completed_nonDecisiveVariation_hasNoBlockerToFix(@ForAll("variants") Dataset d) {
    Assessment a = SharedAssessor.assess(complete(d));
    assertThat(a.getFindings()).as("blockers").noneMatch(f -> f.getSeverity() == Severity.BLOCKER);
    assertThat(a.getVerdict()).isEqualTo(Verdict.READY_TO_PUBLISH);
  }

  // (b) Fail closed: personal data without a measure that takes it out of scope always blocks.

  @Property(tries = TRIES)
  void readyDataset_unprotectedPersonalDataAdded_isBlockedNeverReady(@ForAll("variantsWithGaps") Dataset d,
      @ForAll("unprotectedPersonalData") PersonalData pd) {
    Dataset ready = completeAndFix(d);
    Dataset exposed = complete(ImmutableDataset.copyOf(ready).withPersonalData(pd));
    Assessment a = SharedAssessor.assess(exposed);
    assertThat(a.hasBlockers()).isTrue();
    assertThat(a.getVerdict()).isNotEqualTo(Verdict.READY_TO_PUBLISH);
  }

  // (c) Order-independent.

  @Property(tries = TRIES)
  void assess_permutedDistributionsKeywordsAndProgress_givesSameFindings(@ForAll("variantsWithGaps") Dataset d,
      @ForAll Random random) {
    Dataset permuted = permute(d, random);
    Assessment a = SharedAssessor.assess(d);
    Assessment b = SharedAssessor.assess(permuted);
    assertThat(multiset(b)).isEqualTo(multiset(a));
    assertThat(b.getVerdict()).isEqualTo(a.getVerdict());
  }

  @Property(tries = TRIES)
  void assess_permutedReadyDatasetWithPersonalData_givesSameFindings(@ForAll("variants") Dataset d,
      @ForAll("unprotectedPersonalData") PersonalData pd, @ForAll Random random) {
    Dataset exposed = ImmutableDataset.copyOf(d).withPersonalData(pd);
    assertThat(multiset(SharedAssessor.assess(permute(exposed, random))))
        .isEqualTo(multiset(SharedAssessor.assess(exposed)));
  }

  // Completing and fixing.

  /** Marks every applicable task up to and including the decision to publish done. */
  static Dataset complete(Dataset d) {
    ImmutableDataset.Builder b = ImmutableDataset.builder().from(d);
    for (TaskState t : SharedAssessor.ASSESSOR.tasks(d, SharedAssessor.AS_OF)) {
      if (GUIDE.order(t.getTaskId()) <= DECISION && t.isOutstanding()) {
        b.putProgress(TaskId.of(t.getTaskId()), TaskProgress.of(TaskStatus.DONE));
      }
    }
    return b.build();
  }

  /** Completes the work, then applies the remedy of every blocker until none is left. */
  static Dataset completeAndFix(Dataset d) {
    Dataset current = complete(d);
    for (int round = 0; round < 5; round++) {
      List<Finding> blockers = SharedAssessor.assess(current).getFindings().stream()
          .filter(f -> f.getSeverity() == Severity.BLOCKER).collect(Collectors.toList());
      if (blockers.isEmpty()) return current;
      for (Finding f : blockers) current = fix(current, f.getRuleId());
      current = complete(current);
    }
    return current;
  }

  /** The remedy a coordinator would apply for a blocker, as its remedy text says. */
  static Dataset fix(Dataset d, String ruleId) {
    ImmutableDataset x = ImmutableDataset.copyOf(d);
    switch (ruleId) {
      case "ROLE-001":
        return x.withRoles(ImmutableRoles.builder().from(d.getRoles()).owner("Stadsbyggnadsnämnden").build());
      case "PD-001":
        return x.withPersonalData(ImmutablePersonalData.builder().from(d.getPersonalData())
            .status(PersonalDataStatus.NONE).build());
      case "PD-003": {
        // Pseudonymised identifiers are removed, and the data anonymised, as PD-003's remedy says.
        java.util.Set<ProtectiveMeasure> m = EnumSet.noneOf(ProtectiveMeasure.class);
        m.addAll(d.getPersonalData().getMeasures());
        m.remove(ProtectiveMeasure.PSEUDONYMISATION);
        m.add(ProtectiveMeasure.ANONYMISATION);
        return x.withPersonalData(ImmutablePersonalData.builder().from(d.getPersonalData()).measures(m).build());
      }
      case "PD-006":
        return x.withPersonalData(ImmutablePersonalData.builder().from(d.getPersonalData()).measures(List.of()).build());
      case "SEC-004":
        return x.withSecrecyMeasures(List.of());
      case "OPEN-001":
        return x.withAccessRights(se.odis.model.AccessRights.PUBLIC);
      case "PD-002":
      case "PD-005":
        return x.withPersonalData(ImmutablePersonalData.builder().from(d.getPersonalData())
            .addMeasures(ProtectiveMeasure.ANONYMISATION).build());
      case "SEC-001":
        return x.withSecrecy(Secrecy.NONE);
      case "SEC-002":
        return x.withPersonalData(ImmutablePersonalData.builder().from(d.getPersonalData())
            .addMeasures(ProtectiveMeasure.ELIMINATION).build());
      case "RIGHTS-001":
        return x.withThirdPartyRights(ThirdPartyRights.NONE);
      case "RIGHTS-002":
        return x.withThirdPartyRights(ThirdPartyRights.CLEARED);
      case "LEGAL-001":
      case "LEGAL-002":
        return x.withOtherLegalObstacles(LegalObstacles.NONE);
      case "LIC-001":
      case "LIC-002":
      case "LIC-003":
      case "HVD-001":
        return x.withLicence("CC0-1.0").withDistributions(
            d.getDistributions().stream().map(ds -> ImmutableDistribution.copyOf(ds).withLicence(null))
                .collect(Collectors.toList()));
      case "DIST-001":
        return x.withDistributions(ImmutableDistribution.builder().format("CSV")
            .accessUrl(URI.create("https://example.se/data/ny.csv")).build());
      case "DIST-002":
        return x.withDistributions(mapDistributions(d, ds -> ds.getAccessUrl() != null ? ds
            : ImmutableDistribution.copyOf(ds).withAccessUrl(URI.create("https://example.se/data/atkomst"))));
      case "DIST-003":
        return x.withDistributions(mapDistributions(d, ds -> ds.getFormat() != null || ds.getMediaType() != null ? ds
            : ImmutableDistribution.copyOf(ds).withFormat("CSV")));
      case "META-001":
        return x.withTitle(LocalizedText.of("Parkeringsplatser", "Parking spaces"));
      case "META-002":
        return x.withDescription(LocalizedText.of("Kommunens parkeringsplatser.", "The municipality's parking spaces."));
      case "META-003":
        return x.withPublisher(ImmutablePublisher.builder().name("Exempelkommun").type(PublisherType.LOCAL_AUTHORITY).build());
      case "HVD-002": {
        List<Distribution> ds = new ArrayList<>(d.getDistributions());
        ds.add(ImmutableDistribution.builder().format("JSON").api(true).accessUrl(URI.create("https://api.example.se/ny"))
            .documentation(URI.create("https://api.example.se/ny/openapi.json")).build());
        return x.withDistributions(ds);
      }
      case "HVD-003": {
        List<Distribution> ds = new ArrayList<>(d.getDistributions());
        ds.add(ImmutableDistribution.builder().format("CSV").accessUrl(URI.create("https://example.se/data/alla"))
            .downloadUrl(URI.create("https://example.se/data/alla.csv")).build());
        return x.withDistributions(ds);
      }
      case "HVD-004":
        return x.withDistributions(mapDistributions(d, ds -> !ds.isApi() || ds.getDocumentation() != null ? ds
            : ImmutableDistribution.copyOf(ds).withDocumentation(URI.create("https://api.example.se/openapi.json"))));
      case "HVD-005":
        return x.withContactPoint(ImmutableContactPoint.builder().name("Öppna data").email("oppnadata@example.se").build());
      case "HVD-006":
        return x.withFees(Fees.NONE);
      default:
        throw new AssertionError("no remedy known for blocker " + ruleId + " of " + d);
    }
  }

  /** Opens a gap: takes away one thing the ready dataset had. */
  static Dataset open(Dataset d, Gap gap) {
    ImmutableDataset x = ImmutableDataset.copyOf(d);
    switch (gap) {
      case FEES_UNKNOWN: return x.withFees(Fees.UNKNOWN);
      case PERSONAL_DATA_UNKNOWN: return x.withPersonalData(PersonalData.unknown());
      case SECRECY_UNKNOWN: return x.withSecrecy(Secrecy.UNKNOWN);
      case RIGHTS_UNKNOWN: return x.withThirdPartyRights(ThirdPartyRights.UNKNOWN);
      case OWNER_MISSING: return x.withRoles(ImmutableRoles.builder().from(d.getRoles()).owner(null).build());
      case LICENCE_MISSING: return x.withLicence(null);
      case PUBLISHER_MISSING: return x.withPublisher(null);
      case DESCRIPTION_MISSING: return x.withDescription(LocalizedText.empty());
      case CONTACT_MISSING: return x.withContactPoint(null);
      case ACCESS_URL_MISSING: {
        List<Distribution> ds = new ArrayList<>(d.getDistributions());
        ds.set(0, ImmutableDistribution.copyOf(ds.get(0)).withAccessUrl(null));
        return x.withDistributions(ds);
      }
      case API_DOCUMENTATION_MISSING:
        return x.withDistributions(mapDistributions(d, ds -> ds.isApi()
            ? ImmutableDistribution.copyOf(ds).withDocumentation(null) : ds));
      case PERSONAL_DATA_PSEUDONYMISED:
        return x.withPersonalData(ImmutablePersonalData.builder().status(PersonalDataStatus.PRESENT)
            .measures(EnumSet.of(ProtectiveMeasure.PSEUDONYMISATION)).build());
      default: throw new AssertionError(gap);
    }
  }

  private static List<Distribution> mapDistributions(Dataset d, java.util.function.UnaryOperator<Distribution> f) {
    return d.getDistributions().stream().map(f).collect(Collectors.toList());
  }

  // Permuting.

  static Dataset permute(Dataset d, Random random) {
    List<Distribution> distributions = new ArrayList<>(d.getDistributions());
    Collections.shuffle(distributions, random);
    List<String> keywords = new ArrayList<>(d.getKeywords());
    Collections.shuffle(keywords, random);
    List<Map.Entry<TaskId, TaskProgress>> entries = new ArrayList<>(d.getProgress().entrySet());
    Collections.shuffle(entries, random);
    Map<TaskId, TaskProgress> progress = new LinkedHashMap<>();
    for (Map.Entry<TaskId, TaskProgress> e : entries) progress.put(e.getKey(), e.getValue());
    return ImmutableDataset.builder().from(d).distributions(distributions).keywords(keywords).progress(progress).build();
  }

  /** The findings as a sorted list of (rule id, severity, step): a multiset, blind to subjects that move. */
  private static List<String> multiset(Assessment a) {
    return a.getFindings().stream().map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getStep())
        .sorted().collect(Collectors.toList());
  }
}
