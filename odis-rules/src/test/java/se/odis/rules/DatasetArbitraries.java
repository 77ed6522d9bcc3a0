package se.odis.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import se.odis.model.AccessRights;
import se.odis.model.Audience;
import se.odis.model.ContactPoint;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.Effort;
import se.odis.model.Fees;
import se.odis.model.Frequency;
import se.odis.model.Guide;
import se.odis.model.GuideTask;
import se.odis.model.HvdCategory;
import se.odis.model.ImmutableAudience;
import se.odis.model.ImmutableContactPoint;
import se.odis.model.ImmutableDataset;
import se.odis.model.ImmutableDistribution;
import se.odis.model.ImmutableEffort;
import se.odis.model.ImmutablePersonalData;
import se.odis.model.ImmutablePublisher;
import se.odis.model.ImmutableRoles;
import se.odis.model.ImmutableSupport;
import se.odis.model.LegalObstacles;
import se.odis.model.Lifecycle;
import se.odis.model.LocalizedText;
import se.odis.model.PersonalData;
import se.odis.model.PersonalDataStatus;
import se.odis.model.ProtectiveMeasure;
import se.odis.model.Publisher;
import se.odis.model.PublisherType;
import se.odis.model.Roles;
import se.odis.model.Secrecy;
import se.odis.model.Storage;
import se.odis.model.Support;
import se.odis.model.TaskId;
import se.odis.model.TaskProgress;
import se.odis.model.TaskStatus;
import se.odis.model.ThirdPartyRights;

/**
 * jqwik generators of random but valid datasets: every enum value including {@code UNKNOWN},
 * random subsets of protective measures, distributions in known, proprietary and unknown formats,
 * licences as SPDX ids, URIs in variant forms, restricted, proprietary and unknown strings and
 * null, progress over random tasks and statuses, every lifecycle status.
 *
 * <p>{@link #datasets()} mixes wholly random datasets with the ready fixture perturbed in a few
 * facts, so that ready and published datasets are common enough for properties about them to bite.
 */
final class DatasetArbitraries {
  /** Licences as a coordinator might write them; null is added by the arbitraries. */
  static final List<String> LICENCES = List.of(
      "CC0-1.0", "CC-BY-4.0", "cc0",
      "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
      "https://creativecommons.org/licenses/by/4.0/legalcode",
      "https://creativecommons.org/licenses/by/4.0/deed.sv",
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
      "CC-BY-SA-4.0", "CC-BY-3.0", "http://creativecommons.org/licenses/by/2.5/se/", "ODbL-1.0", "MIT",
      "CC-BY-NC-4.0", "CC-BY-ND-4.0", "proprietary", "all rights reserved",
      "Exempelkommunens villkor", "", "  ", "{0} o'hej", "https://creativecommons.org/licenses/",
      "http://", "ÅÄÖ-1.0");

  /** Formats: machine-readable, document-only, proprietary and unknown; null is added by the arbitraries. */
  static final List<String> FORMATS = List.of(
      "CSV", "PDF", "XLSX", "JSON", "XML", "GeoJSON", ".csv", "pdf", "HTML", "DOCX", "ZIP", "RDF",
      "http://publications.europa.eu/resource/authority/file-type/CSV", "okänt", "", "://", ".", "/");

  static final List<String> MEDIA_TYPES = List.of(
      "text/csv", "application/pdf", "application/json; charset=utf-8", "text/html", "application/x-whatever", "");

  static final List<String> KEYWORDS = List.of("parkering", "trafik", "miljö", "skola", "bygglov", "data");

  static final List<String> OWNERS = List.of("Stadsbyggnadsnämnden", "Kommunstyrelsen", "", "   ");

  private static final List<TaskId> TASKS =
      Guide.odis().getTasks().stream().map(GuideTask::getId).map(TaskId::of).collect(Collectors.toUnmodifiableList());

  private DatasetArbitraries() {}

  /** @return wholly random datasets and perturbed ready ones, half and half */
  static Arbitrary<Dataset> datasets() {
    return Arbitraries.oneOf(random(), nearlyReady());
  }

  /** @return datasets with every fact drawn at random, and some facts left out (so UNKNOWN or null) */
  static Arbitrary<Dataset> random() {
    return Builders.withBuilder(() -> ImmutableDataset.builder().id("gen").title(LocalizedText.of("Gen", "Gen")))
        .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)).in((b, id) -> b.id(id))
        .use(personalData()).withProbability(0.85).in((b, v) -> b.personalData(v))
        .use(Arbitraries.of(Secrecy.class)).withProbability(0.85).in((b, v) -> b.secrecy(v))
        .use(Arbitraries.of(ThirdPartyRights.class)).withProbability(0.85).in((b, v) -> b.thirdPartyRights(v))
        .use(Arbitraries.of(LegalObstacles.class)).withProbability(0.85).in((b, v) -> b.otherLegalObstacles(v))
        .use(licence()).in((b, v) -> b.licence(v))
        .use(roles()).withProbability(0.85).in((b, v) -> b.roles(v))
        .use(distributions()).in((b, v) -> b.distributions(v))
        .use(Arbitraries.of(KEYWORDS).list().ofMaxSize(5)).in((b, v) -> b.keywords(v))
        .use(Arbitraries.of(Lifecycle.class)).withProbability(0.8).in((b, v) -> b.status(v))
        .use(Arbitraries.of(Storage.class)).withProbability(0.8).in((b, v) -> b.storage(v))
        .use(progress()).in((b, v) -> b.progress(v))
        .use(Arbitraries.of(HvdCategory.class).injectNull(0.7)).in((b, v) -> b.hvdCategory(v))
        .use(Arbitraries.of(Frequency.class).injectNull(0.3)).in((b, v) -> b.accrualPeriodicity(v))
        .use(audiences()).in((b, v) -> b.audiences(v))
        .use(Arbitraries.of("Sökande kan identifieras", "Felaktiga slutsatser").list().ofMaxSize(2)).in((b, v) -> b.risks(v))
        .use(effort().injectNull(0.4)).in((b, v) -> b.effort(v))
        .use(dates()).in((b, v) -> b.modified(v))
        .use(dates()).in((b, v) -> b.issued(v))
        .use(dates()).in((b, v) -> b.metadataModified(v))
        .use(Arbitraries.of(Fees.class)).withProbability(0.7).in((b, v) -> b.fees(v))
        .use(Arbitraries.of(AccessRights.class).injectNull(0.3)).in((b, v) -> b.accessRights(v))
        .use(Arbitraries.of(DataTheme.class).list().ofMaxSize(3)).in((b, v) -> b.themes(v))
        .use(texts()).in((b, v) -> b.title(v))
        .use(texts()).in((b, v) -> b.description(v))
        .use(publisher().injectNull(0.2)).in((b, v) -> b.publisher(v))
        .use(contactPoint().injectNull(0.2)).in((b, v) -> b.contactPoint(v))
        .use(support().injectNull(0.3)).in((b, v) -> b.support(v))
        .use(Arbitraries.of(URI.create("https://example.se/om")).injectNull(0.5)).in((b, v) -> b.landingPage(v))
        .use(Arbitraries.of("https://example.se/spec", " ").injectNull(0.4)).in((b, v) -> b.conformsTo(v))
        .use(Arbitraries.of("Exempelkommun", "").injectNull(0.3)).in((b, v) -> b.spatial(v))
        .build(ImmutableDataset.Builder::build);
  }

  /**
   * @return the ready-to-publish fixture with, each with some probability, its lifecycle status,
   *     personal data, secrecy, rights, obstacles, licence, owner, distributions, storage or the
   *     status of a few tasks changed
   */
  static Arbitrary<Dataset> nearlyReady() {
    double p = 0.2;
    return Builders.withBuilder(Datasets::readyToPublish)
        .use(Arbitraries.of(Lifecycle.class)).withProbability(0.4).in((b, v) -> b.status(v))
        .use(personalData()).withProbability(p).in((b, v) -> b.personalData(v))
        .use(Arbitraries.of(Secrecy.class)).withProbability(p).in((b, v) -> b.secrecy(v))
        .use(Arbitraries.of(ThirdPartyRights.class)).withProbability(p).in((b, v) -> b.thirdPartyRights(v))
        .use(Arbitraries.of(LegalObstacles.class)).withProbability(p).in((b, v) -> b.otherLegalObstacles(v))
        .use(licence()).withProbability(p).in((b, v) -> b.licence(v))
        .use(roles()).withProbability(p).in((b, v) -> b.roles(v))
        .use(distributions()).withProbability(p).in((b, v) -> b.distributions(v))
        .use(Arbitraries.of(KEYWORDS).list().ofMaxSize(5)).withProbability(0.5).in((b, v) -> b.keywords(v))
        .use(Arbitraries.of(Storage.class)).withProbability(p).in((b, v) -> b.storage(v))
        .use(Arbitraries.of(HvdCategory.class).injectNull(0.5)).withProbability(p).in((b, v) -> b.hvdCategory(v))
        .use(Arbitraries.of(Fees.class)).withProbability(p).in((b, v) -> b.fees(v))
        .use(dates()).withProbability(p).in((b, v) -> b.modified(v))
        .use(contactPoint().injectNull(0.3)).withProbability(p).in((b, v) -> b.contactPoint(v))
        .use(support().injectNull(0.3)).withProbability(p).in((b, v) -> b.support(v))
        .use(progressOverrides()).withProbability(0.3).in((b, v) -> b.putAllProgress(v))
        .build(ImmutableDataset.Builder::build);
  }

  /** @return personal data: any status (or left UNKNOWN), any subset of measures */
  static Arbitrary<PersonalData> personalData() {
    return Combinators.combine(Arbitraries.of(PersonalDataStatus.class), Arbitraries.of(ProtectiveMeasure.class).set())
        .as((status, measures) -> ImmutablePersonalData.builder().status(status).measures(measures).build());
  }

  /**
   * @return personal data that is present or sensitive with no measure that takes it out of scope:
   *     none, pseudonymisation and/or time delay only
   */
  static Arbitrary<PersonalData> unprotectedPersonalData() {
    return Combinators.combine(
            Arbitraries.of(PersonalDataStatus.PRESENT, PersonalDataStatus.SENSITIVE),
            Arbitraries.of(ProtectiveMeasure.PSEUDONYMISATION, ProtectiveMeasure.TIME_DELAY).set())
        .as((status, measures) -> ImmutablePersonalData.builder().status(status).measures(measures).build());
  }

  /** @return a licence from {@link #LICENCES}, or null */
  static Arbitrary<String> licence() {
    return Arbitraries.of(LICENCES).injectNull(0.15);
  }

  static Arbitrary<Roles> roles() {
    return Arbitraries.of(OWNERS).injectNull(0.2)
        .map(owner -> ImmutableRoles.builder().producer("Producent").owner(owner).build());
  }

  static Arbitrary<Distribution> distribution() {
    return Builders.withBuilder(ImmutableDistribution::builder)
        .use(Arbitraries.of(FORMATS).injectNull(0.15)).in((b, v) -> b.format(v))
        .use(Arbitraries.of(MEDIA_TYPES).injectNull(0.5)).in((b, v) -> b.mediaType(v))
        .use(Arbitraries.of(LICENCES).injectNull(0.7)).in((b, v) -> b.licence(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.api(v))
        .use(Arbitraries.of(URI.create("https://example.se/a"), URI.create("https://example.se/b")).injectNull(0.2))
            .in((b, v) -> b.accessUrl(v))
        .build(ImmutableDistribution.Builder::build);
  }

  /** @return up to four distributions, often none or one */
  static Arbitrary<List<Distribution>> distributions() {
    return distribution().list().ofMaxSize(4);
  }

  /**
   * @return progress: every task up to a random point done (biased towards the guide's gates),
   *     then a few random tasks in random statuses
   */
  static Arbitrary<Map<TaskId, TaskProgress>> progress() {
    int goAhead = index("A.3.3.1") + 1;
    int publish = index("B.3.2.2") + 1;
    Arbitrary<Integer> donePrefix = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, TASKS.size())),
        Tuple.of(1, Arbitraries.just(goAhead)),
        Tuple.of(2, Arbitraries.just(publish)));
    return Combinators.combine(donePrefix, progressOverrides()).as((k, overrides) -> {
      Map<TaskId, TaskProgress> out = new LinkedHashMap<>();
      for (int i = 0; i < k; i++) out.put(TASKS.get(i), TaskProgress.of(TaskStatus.DONE));
      out.putAll(overrides);
      return out;
    });
  }

  /** @return up to six random tasks in random statuses */
  static Arbitrary<Map<TaskId, TaskProgress>> progressOverrides() {
    return Arbitraries.maps(Arbitraries.of(TASKS), Arbitraries.of(TaskStatus.class).map(TaskProgress::of)).ofMaxSize(6);
  }

  static Arbitrary<List<Audience>> audiences() {
    List<Audience> all = new ArrayList<>(Arrays.asList(
        ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Apputvecklare").needs("Realtid").build(),
        ImmutableAudience.builder().kind(Audience.Kind.EXTERNAL).name("Invånare").build(),
        ImmutableAudience.builder().kind(Audience.Kind.INTERNAL).name("Planerare").needs("Historik").build()));
    return Arbitraries.subsetOf(all).map(s -> List.copyOf(s));
  }

  /** @return a day around the assessment day (2026-11-26), or null */
  static Arbitrary<LocalDate> dates() {
    return Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1)).injectNull(0.4);
  }

  /** @return texts in Swedish and English, one language, blank or none */
  static Arbitrary<LocalizedText> texts() {
    return Arbitraries.of(LocalizedText.of("Titel", "Title"), LocalizedText.of(Map.of("sv", "Titel")),
        LocalizedText.of(Map.of("en", "Title")), LocalizedText.of(Map.of("sv", " ")), LocalizedText.empty());
  }

  static Arbitrary<Publisher> publisher() {
    return Arbitraries.of("Exempelkommun", " ").injectNull(0.2)
        .map(name -> ImmutablePublisher.builder().name(name).type(PublisherType.LOCAL_AUTHORITY).build());
  }

  static Arbitrary<ContactPoint> contactPoint() {
    return Combinators.combine(
            Arbitraries.of("Öppna data").injectNull(0.3),
            Arbitraries.of("oppnadata@example.se", "mailto:a@b.se", "fel(at)example.se", "").injectNull(0.3),
            Arbitraries.of("https://example.se/kontakt").injectNull(0.7))
        .as((name, email, url) -> ImmutableContactPoint.builder().name(name).email(email).url(url).build());
  }

  static Arbitrary<Support> support() {
    return Combinators.combine(
            Arbitraries.of(URI.create("https://example.se/dok")).injectNull(0.4),
            Arbitraries.of("oppnadata@example.se").injectNull(0.4),
            Arbitraries.of("https://example.se/feedback").injectNull(0.4),
            Arbitraries.of(true, false))
        .as((doc, contact, feedback, stats) -> ImmutableSupport.builder().documentation(doc).supportContact(contact)
            .feedbackChannel(feedback).usageStatistics(stats).build());
  }

  static Arbitrary<Effort> effort() {
    return Combinators.combine(Arbitraries.of(Effort.Size.class).injectNull(0.2), Arbitraries.of(true, false).injectNull(0.3))
        .as((size, proportionate) -> ImmutableEffort.builder().size(size).proportionate(proportionate).build());
  }

  private static int index(String taskId) {
    return Guide.odis().order(taskId);
  }
}
