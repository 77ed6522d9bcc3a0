package se.odis.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of arbitrary <em>valid</em> datasets, meant to be copied by other modules' tests.
 *
 * <p>Every attribute of {@link Dataset} and its nested types is drawn, including every enum value
 * ({@code UNKNOWN} too), absent values (left out of the builder, so defaults and nulls), texts with
 * JSON-significant and Swedish characters, dates far apart, licences and formats from lists that
 * include unrecognisable strings, and progress over random tasks and statuses.
 * {@link DatasetProperties} checks that each attribute is really exercised, so a new attribute
 * added to the model without a generator here fails the build.
 */
public final class DatasetArbitraries {
  /** Licences as people write them: SPDX ids, URI variants, restricted, proprietary and unknown strings. */
  public static final List<String> LICENCES = List.of(
      "CC0-1.0", "CC-BY-4.0", "cc0",
      "http://creativecommons.org/publicdomain/zero/1.0/",
      "https://creativecommons.org/publicdomain/zero/1.0/deed.sv",
      "https://creativecommons.org/licenses/by/4.0/legalcode",
      "https://creativecommons.org/licenses/by/4.0/deed.sv",
      "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
      "CC-BY-SA-4.0", "CC-BY-3.0", "http://creativecommons.org/licenses/by/2.5/se/", "ODbL-1.0", "MIT",
      "CC-BY-NC-4.0", "CC-BY-ND-4.0", "proprietary", "all rights reserved",
      "Exempelkommunens villkor", "", "  ", "{0} o'hej \"citat\"", "https://creativecommons.org/licenses/",
      "ÅÄÖ-1.0");

  /** Formats: open, proprietary, linked-data, EU file-type URIs and unknown strings. */
  public static final List<String> FORMATS = List.of(
      "CSV", "PDF", "XLSX", "JSON", "XML", "GeoJSON", ".csv", "pdf", "HTML", "DOCX", "ZIP", "RDF", "Turtle",
      "JSON-LD", "SHP", "WMS", "http://publications.europa.eu/resource/authority/file-type/CSV", "okänt", "",
      "://", ".", "/");

  /** IANA media types, with parameters and unknown ones. */
  public static final List<String> MEDIA_TYPES = List.of(
      "text/csv", "application/pdf", "application/json; charset=utf-8", "text/html", "application/x-whatever", "");

  /** URIs, absolute and relative, with query, fragment and percent-encoding. */
  public static final List<String> URIS = List.of(
      "https://data.exempelkommun.se/parkering", "https://data.exempelkommun.se/parkering/parkering.csv",
      "http://example.se/a%20b?x=1&y=%C3%A5#frag", "relative/path.json", "mailto:oppnadata@exempelkommun.se",
      "urn:uuid:123e4567-e89b-12d3-a456-426614174000");

  /** Links people follow ({@link WebLinks}): http and https, with query, fragment and percent-encoding. */
  public static final List<String> WEB_URIS = List.of(
      "https://data.exempelkommun.se/parkering", "https://data.exempelkommun.se/parkering/parkering.csv",
      "http://example.se/a%20b?x=1&y=%C3%A5#frag", "HTTPS://EXAMPLE.SE/");

  /** Language tags, all valid. */
  public static final List<String> LANGUAGES = List.of("sv", "en", "en-GB", "fi", "se", "smj", "de-CH");

  /** Every task id of the guide in both styles: "A.3.3.1" and "A3.3.1". */
  public static final List<String> TASK_IDS = Guide.odis().getTasks().stream()
      .map(GuideTask::getId)
      .flatMap(id -> Stream.of(id, id.charAt(0) + id.substring(2)))
      .collect(Collectors.toUnmodifiableList());

  private DatasetArbitraries() {}

  /** @return any valid dataset: every attribute present or absent, every enum value possible */
  public static Arbitrary<Dataset> datasets() {
    return Builders.withBuilder(ImmutableDataset::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(uris().injectNull(0.5)).in((b, v) -> b.uri(v))
        .use(texts().injectNull(0.2)).in((b, v) -> b.schema(v))
        .use(localizedTexts()).withProbability(0.8).in((b, v) -> b.title(v))
        .use(localizedTexts()).withProbability(0.7).in((b, v) -> b.description(v))
        .use(publishers().injectNull(0.3)).in((b, v) -> b.publisher(v))
        .use(roles()).withProbability(0.7).in((b, v) -> b.roles(v))
        .use(personalData()).withProbability(0.8).in((b, v) -> b.personalData(v))
        .use(Arbitraries.of(Secrecy.class)).withProbability(0.8).in((b, v) -> b.secrecy(v))
        .use(Arbitraries.of(ProtectiveMeasure.class).set()).in((b, v) -> b.secrecyMeasures(v))
        .use(Arbitraries.of(ThirdPartyRights.class)).withProbability(0.8).in((b, v) -> b.thirdPartyRights(v))
        .use(Arbitraries.of(LegalObstacles.class)).withProbability(0.8).in((b, v) -> b.otherLegalObstacles(v))
        .use(licences().injectNull(0.2)).in((b, v) -> b.licence(v))
        .use(distributions().list().ofMaxSize(3)).in((b, v) -> b.distributions(v))
        .use(dataServices().list().ofMaxSize(2)).in((b, v) -> b.dataServices(v))
        .use(Arbitraries.of(HvdCategory.class).injectNull(0.5)).in((b, v) -> b.hvdCategory(v))
        .use(uris().list().ofMaxSize(2)).in((b, v) -> b.applicableLegislation(v))
        .use(Arbitraries.of(Frequency.class).injectNull(0.3)).in((b, v) -> b.accrualPeriodicity(v))
        .use(dates().injectNull(0.4)).in((b, v) -> b.issued(v))
        .use(dates().injectNull(0.4)).in((b, v) -> b.modified(v))
        .use(dates().injectNull(0.4)).in((b, v) -> b.metadataModified(v))
        .use(contactPoints().injectNull(0.3)).in((b, v) -> b.contactPoint(v))
        .use(Arbitraries.of(DataTheme.class).list().ofMaxSize(3)).in((b, v) -> b.themes(v))
        .use(texts().list().ofMaxSize(4)).in((b, v) -> b.keywords(v))
        .use(Arbitraries.of("sv", "en", "fi", "http://publications.europa.eu/resource/authority/language/SWE").list().ofMaxSize(2))
        .in((b, v) -> b.languages(v))
        .use(publishers().injectNull(0.6)).in((b, v) -> b.creator(v))
        .use(uris().list().ofMaxSize(2)).in((b, v) -> b.pages(v))
        .use(texts().injectNull(0.4)).in((b, v) -> b.spatial(v))
        .use(temporalCoverages().injectNull(0.4)).in((b, v) -> b.temporal(v))
        .use(Arbitraries.of(AccessRights.class).injectNull(0.4)).in((b, v) -> b.accessRights(v))
        .use(texts().injectNull(0.4)).in((b, v) -> b.conformsTo(v))
        .use(webUris().injectNull(0.4)).in((b, v) -> b.landingPage(v))
        .use(Arbitraries.of(Fees.class)).withProbability(0.7).in((b, v) -> b.fees(v))
        .use(Arbitraries.of(Lifecycle.class)).withProbability(0.7).in((b, v) -> b.status(v))
        .use(Arbitraries.of(Storage.class)).withProbability(0.7).in((b, v) -> b.storage(v))
        .use(audiences().list().ofMaxSize(3)).in((b, v) -> b.audiences(v))
        .use(texts().list().ofMaxSize(3)).in((b, v) -> b.benefits(v))
        .use(texts().list().ofMaxSize(3)).in((b, v) -> b.risks(v))
        .use(efforts().injectNull(0.4)).in((b, v) -> b.effort(v))
        .use(supports().injectNull(0.4)).in((b, v) -> b.support(v))
        .use(progress()).in((b, v) -> b.progress(v))
        .use(provenances().injectNull(0.6)).in((b, v) -> b.imported(v))
        .build(ImmutableDataset.Builder::build);
  }

  /** @return where an imported dataset came from: a file or URL, with or without URI, gone or not */
  public static Arbitrary<Provenance> provenances() {
    return Builders.withBuilder(ImmutableProvenance::builder)
        .use(Arbitraries.of("../katalog.rdf", "https://data.exempelkommun.se/catalog.ttl", "ckan.json"))
        .in((b, v) -> b.catalogue(v))
        .use(Arbitraries.of(CatalogueFormat.class)).in((b, v) -> b.format(v))
        .use(Arbitraries.of("https://data.exempelkommun.se/ds/1", "urn:x")).withProbability(0.6).in((b, v) -> b.uri(v))
        .use(ids()).in((b, v) -> b.identifier(v))
        .use(dates()).in((b, v) -> b.date(v))
        .use(dates()).withProbability(0.3).in((b, v) -> b.missingSince(v))
        .use(Arbitraries.maps(Arbitraries.of("/title/sv", "/licence", "/distributions", "/a~1b"),
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(12)).ofMaxSize(3))
        .in((b, v) -> b.fingerprints(v))
        .build(ImmutableProvenance.Builder::build);
  }

  /** @return non-blank ids, sometimes with spaces, quotes and Swedish letters */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().withChars("-_. åäö\"\\/").ofMinLength(1).ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  /**
   * @return short free texts, including empty ones and characters JSON must escape (quotes,
   *     backslashes, line breaks, tabs); other control characters are not text, and readers refuse them
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("åäöÅÄÖé€\n\t\r").ofMaxLength(30);
  }

  /** @return texts in zero to three languages */
  public static Arbitrary<LocalizedText> localizedTexts() {
    return Arbitraries.maps(Arbitraries.of(LANGUAGES), texts()).ofMaxSize(3).map(LocalizedText::of);
  }

  /** @return licences from {@link #LICENCES} or random strings */
  public static Arbitrary<String> licences() {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(LICENCES)), Tuple.of(1, texts()));
  }

  /** @return dates from year 1 to 9999 */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(LocalDate.of(2024, 2, 29)));
  }

  /** @return links people follow, from {@link #WEB_URIS} */
  public static Arbitrary<URI> webUris() {
    return Arbitraries.of(WEB_URIS).map(URI::create);
  }

  /** @return URIs from {@link #URIS} */
  public static Arbitrary<URI> uris() {
    return Arbitraries.of(URIS).map(URI::create);
  }

  /** @return any distribution */
  public static Arbitrary<Distribution> distributions() {
    return Builders.withBuilder(ImmutableDistribution::builder)
        .use(localizedTexts().injectNull(0.4)).in((b, v) -> b.title(v))
        .use(localizedTexts().injectNull(0.6)).in((b, v) -> b.description(v))
        .use(dates().injectNull(0.6)).in((b, v) -> b.issued(v))
        .use(dates().injectNull(0.6)).in((b, v) -> b.modified(v))
        .use(Arbitraries.of(Lifecycle.class).injectNull(0.6)).in((b, v) -> b.status(v))
        .use(Arbitraries.of(FORMATS).injectNull(0.2)).in((b, v) -> b.format(v))
        .use(Arbitraries.of(MEDIA_TYPES).injectNull(0.4)).in((b, v) -> b.mediaType(v))
        .use(webUris().injectNull(0.3)).in((b, v) -> b.accessUrl(v))
        .use(Arbitraries.oneOf(webUris(), Arbitraries.just(URI.create("ftp://ftp.exempelkommun.se/data.csv")))
            .injectNull(0.5)).in((b, v) -> b.downloadUrl(v))
        .use(Arbitraries.of(true, false)).withProbability(0.7).in((b, v) -> b.api(v))
        .use(licences().injectNull(0.7)).in((b, v) -> b.licence(v))
        .use(webUris().injectNull(0.6)).in((b, v) -> b.documentation(v))
        .use(Arbitraries.longs().between(0, Long.MAX_VALUE).injectNull(0.5)).in((b, v) -> b.byteSize(v))
        .use(texts().injectNull(0.6)).in((b, v) -> b.rights(v))
        .build(ImmutableDistribution.Builder::build);
  }

  /** @return any data service */
  public static Arbitrary<DataService> dataServices() {
    return Builders.withBuilder(ImmutableDataService::builder)
        .use(uris().injectNull(0.5)).in((b, v) -> b.uri(v))
        .use(localizedTexts()).withProbability(0.7).in((b, v) -> b.title(v))
        .use(uris().injectNull(0.2)).in((b, v) -> b.endpointUrl(v))
        .use(uris().injectNull(0.5)).in((b, v) -> b.endpointDescription(v))
        .use(uris().list().ofMaxSize(2)).in((b, v) -> b.pages(v))
        .use(Arbitraries.of(URIS).list().ofMaxSize(2)).in((b, v) -> b.conformsTo(v))
        .use(contactPoints().injectNull(0.5)).in((b, v) -> b.contactPoint(v))
        .use(licences().injectNull(0.5)).in((b, v) -> b.licence(v))
        .use(Arbitraries.of(AccessRights.class).injectNull(0.5)).in((b, v) -> b.accessRights(v))
        .use(Arbitraries.of(HvdCategory.class).injectNull(0.6)).in((b, v) -> b.hvdCategory(v))
        .build(ImmutableDataService.Builder::build);
  }

  /** @return any publisher */
  public static Arbitrary<Publisher> publishers() {
    return Combinators.combine(
            texts().injectNull(0.2), Arbitraries.of(PublisherType.class).injectNull(0.3), texts().injectNull(0.5))
        .as((name, type, identifier) ->
            ImmutablePublisher.builder().name(name).type(type).identifier(identifier).build());
  }

  /** @return roles with each role known or not */
  public static Arbitrary<Roles> roles() {
    return Combinators.combine(texts().injectNull(0.3), texts().injectNull(0.3), texts().injectNull(0.3))
        .as((producer, owner, steward) ->
            ImmutableRoles.builder().producer(producer).owner(owner).steward(steward).build());
  }

  /** @return personal data of any status with any set of measures */
  public static Arbitrary<PersonalData> personalData() {
    return Builders.withBuilder(ImmutablePersonalData::builder)
        .use(Arbitraries.of(PersonalDataStatus.class)).withProbability(0.8).in((b, v) -> b.status(v))
        .use(Arbitraries.of(ProtectiveMeasure.class).set()).in((b, v) -> b.measures(v))
        .build(ImmutablePersonalData.Builder::build);
  }

  /** @return any contact point */
  public static Arbitrary<ContactPoint> contactPoints() {
    return Combinators.combine(
            texts().injectNull(0.3), texts().injectNull(0.3), texts().injectNull(0.5), texts().injectNull(0.5))
        .as((name, email, url, phone) ->
            ImmutableContactPoint.builder().name(name).email(email).url(url).phone(phone).build());
  }

  /** @return a period with either end open, never ending before it starts */
  public static Arbitrary<TemporalCoverage> temporalCoverages() {
    return Combinators.combine(dates().injectNull(0.3), dates().injectNull(0.3))
        .as((a, b) -> {
          LocalDate start = a != null && b != null && b.isBefore(a) ? b : a;
          LocalDate end = a != null && b != null && b.isBefore(a) ? a : b;
          return ImmutableTemporalCoverage.builder().start(start).end(end).build();
        });
  }

  /** @return any target group */
  public static Arbitrary<Audience> audiences() {
    return Combinators.combine(Arbitraries.of(Audience.Kind.class), texts(), texts().injectNull(0.4))
        .as((kind, name, needs) -> ImmutableAudience.builder().kind(kind).name(name).needs(needs).build());
  }

  /** @return any effort estimate, proportionate true, false or not judged */
  public static Arbitrary<Effort> efforts() {
    return Combinators.combine(
            Arbitraries.of(Effort.Size.class).injectNull(0.3), texts().injectNull(0.4),
            Arbitraries.of(true, false).injectNull(0.4))
        .as((size, estimate, proportionate) ->
            ImmutableEffort.builder().size(size).estimate(estimate).proportionate(proportionate).build());
  }

  /** @return any support arrangements */
  public static Arbitrary<Support> supports() {
    return Builders.withBuilder(ImmutableSupport::builder)
        .use(uris().injectNull(0.4)).in((b, v) -> b.documentation(v))
        .use(texts().injectNull(0.4)).in((b, v) -> b.supportContact(v))
        .use(texts().injectNull(0.4)).in((b, v) -> b.feedbackChannel(v))
        .use(Arbitraries.of(true, false)).withProbability(0.7).in((b, v) -> b.usageStatistics(v))
        .build(ImmutableSupport.Builder::build);
  }

  /** @return progress of one task: any status, with or without title, date, who and note */
  public static Arbitrary<TaskProgress> taskProgress() {
    return Combinators.combine(Arbitraries.of(TaskStatus.class), dates().injectNull(0.4), texts().injectNull(0.5),
            texts().injectNull(0.6), texts().injectNull(0.5))
        .as((status, date, by, note, title) ->
            ImmutableTaskProgress.builder().status(status).date(date).by(by).note(note).title(title).build());
  }

  /** @return progress over up to 12 random tasks of the guide, their ids drawn in either style */
  public static Arbitrary<Map<TaskId, TaskProgress>> progress() {
    return Arbitraries.maps(Arbitraries.of(TASK_IDS).map(TaskId::of), taskProgress()).ofMaxSize(12);
  }
}
