package se.odis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import se.odis.model.Dataset;
import se.odis.model.Distribution;
import se.odis.model.ImmutableMetadataIndicator;
import se.odis.model.ImmutableMetadataScore;
import se.odis.model.Licence;
import se.odis.model.MetadataIndicator;
import se.odis.model.MetadataScore;

/**
 * Computes the MQA metadata score offline, with the indicators and points of data.europa.eu's
 * Metadata Quality Assessment. Distribution-level indicators earn their points in proportion to
 * the share of distributions that meet them, as the MQA does for a dataset.
 */
final class MetadataQuality {
  static final int MAX = 405;

  private MetadataQuality() {}

  static MetadataScore score(Dataset d, List<DistributionFact> dists) {
    List<MetadataIndicator> out = new ArrayList<>();
    // Findability (100)
    add(out, "findability", "keyword", 30, !d.getKeywords().isEmpty());
    add(out, "findability", "category", 30, !d.getThemes().isEmpty());
    add(out, "findability", "spatial", 20, d.getSpatial() != null && !d.getSpatial().isBlank());
    add(out, "findability", "temporal", 20, d.getTemporal() != null);
    // Accessibility (100)
    notChecked(out, "accessibility", "accessUrlStatusCode", 50);
    share(out, "accessibility", "downloadUrl", 20, dists, f -> f.getDistribution().getDownloadUrl() != null);
    notChecked(out, "accessibility", "downloadUrlStatusCode", 30);
    // Interoperability (110)
    share(out, "interoperability", "format", 20, dists, f -> f.getDistribution().getFormat() != null);
    share(out, "interoperability", "mediaType", 10, dists, f -> f.getDistribution().getMediaType() != null);
    share(out, "interoperability", "formatMediaTypeVocabulary", 10, dists, f -> f.getFormat().isKnown());
    share(out, "interoperability", "formatMediaTypeNonProprietary", 20, dists,
        f -> f.getFormat().isKnown() && !f.getFormat().isProprietary());
    share(out, "interoperability", "formatMediaTypeMachineInterpretable", 20, dists, f -> f.getFormat().isMachineReadable());
    notChecked(out, "interoperability", "dcatApCompliance", 30);
    // Reusability (75)
    share(out, "reusability", "licence", 20, dists, f -> licence(d, f.getDistribution()) != null);
    share(out, "reusability", "licenceVocabulary", 10, dists, f -> {
      String l = licence(d, f.getDistribution());
      return l != null && Licence.parse(l).isRecognised();
    });
    add(out, "reusability", "accessRights", 10, d.getAccessRights() != null);
    add(out, "reusability", "accessRightsVocabulary", 5, d.getAccessRights() != null);
    add(out, "reusability", "contactPoint", 20, d.getContactPoint() != null
        && (d.getContactPoint().getEmail() != null || d.getContactPoint().getUrl() != null));
    add(out, "reusability", "publisher", 10, d.getPublisher() != null && d.getPublisher().getName() != null);
    // Contextuality (20)
    share(out, "contextuality", "rights", 5, dists, f -> f.getDistribution().getRights() != null);
    share(out, "contextuality", "byteSize", 5, dists, f -> f.getDistribution().getByteSize() != null);
    add(out, "contextuality", "dateOfIssue", 5, d.getIssued() != null);
    add(out, "contextuality", "modificationDate", 5, d.getModified() != null);

    int points = 0;
    int checked = 0;
    for (MetadataIndicator i : out) {
      points += i.getPoints();
      if (i.isChecked()) checked += i.getMaxPoints();
    }
    return ImmutableMetadataScore.builder()
        .points(points).maxPoints(MAX).checkedMaxPoints(checked)
        .rating(MetadataScore.Rating.of(points)).indicators(out).build();
  }

  private static String licence(Dataset d, Distribution dist) {
    String l = dist.getLicence() != null ? dist.getLicence() : d.getLicence();
    return l == null || l.isBlank() ? null : l;
  }

  private static void add(List<MetadataIndicator> out, String dim, String id, int max, boolean met) {
    out.add(indicator(dim, id, max, met ? max : 0, true));
  }

  private static void notChecked(List<MetadataIndicator> out, String dim, String id, int max) {
    out.add(indicator(dim, id, max, 0, false));
  }

  /** Indicators are immutable and take few values, so every dataset shares the same few objects. */
  private static final ConcurrentHashMap<List<Object>, MetadataIndicator> INDICATORS = new ConcurrentHashMap<>();

  private static MetadataIndicator indicator(String dim, String id, int max, int points, boolean checked) {
    return INDICATORS.computeIfAbsent(List.of(id, points, checked), k -> ImmutableMetadataIndicator.builder()
        .dimension(dim).indicator(id).maxPoints(max).points(points).checked(checked).build());
  }

  private static void share(List<MetadataIndicator> out, String dim, String id, int max, List<DistributionFact> dists,
      Predicate<DistributionFact> met) {
    int points = 0;
    if (!dists.isEmpty()) {
      int n = 0;
      for (DistributionFact f : dists) {
        if (met.test(f)) n++;
      }
      points = (int) Math.round(max * (double) n / dists.size());
    }
    out.add(indicator(dim, id, max, points, true));
  }

}
