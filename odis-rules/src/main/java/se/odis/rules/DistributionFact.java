package se.odis.rules;

import se.odis.model.Distribution;
import se.odis.model.FileFormat;

/**
 * A rule fact: one distribution of a dataset, with its recognised format and its place in the
 * input ({@code /distributions/0}) so that a finding can point at it. A rule that needs the
 * dataset too joins on the context: {@code $c : AssessmentContext(hvd)} then
 * {@code DistributionFact(context == $c, api)}.
 */
public final class DistributionFact implements DatasetFact {
  private final int index;
  private final Distribution distribution;
  private final FileFormat format;
  private final AssessmentContext context;

  DistributionFact(int index, Distribution distribution, AssessmentContext context) {
    this.index = index;
    this.distribution = distribution;
    this.format = FileFormat.of(distribution.getFormat(), distribution.getMediaType());
    this.context = context;
  }

  /** @return the assessment of the dataset this distribution belongs to */
  @Override
  public AssessmentContext getContext() {
    return context;
  }

  /** @return the position in the input, from 0 */
  public int getIndex() {
    return index;
  }

  /** @return the JSON pointer of the distribution in the input */
  public String getPointer() {
    return "/distributions/" + index;
  }

  /** @return the distribution */
  public Distribution getDistribution() {
    return distribution;
  }

  /** @return the recognised format */
  public FileFormat getFormat() {
    return format;
  }

  /** @return the normalised format code, e.g. {@code CSV}, or {@code UNKNOWN} */
  public String getFormatCode() {
    return format.getCode();
  }

  /** @return openness stars of the format, 0–5 */
  public int getStars() {
    return format.getStars();
  }

  /** @return true if a program can read the data (2 stars or more) */
  public boolean isMachineReadable() {
    return format.isMachineReadable();
  }

  /** @return true if the distribution is an API */
  public boolean isApi() {
    return distribution.isApi();
  }

  /** @return true if the distribution has an access URL */
  public boolean isHasAccessUrl() {
    return distribution.getAccessUrl() != null;
  }

  /** @return true if the distribution has a download URL */
  public boolean isHasDownloadUrl() {
    return distribution.getDownloadUrl() != null;
  }

  /** @return true if the distribution states a licence of its own */
  public boolean isHasLicence() {
    return distribution.getLicence() != null && !distribution.getLicence().isBlank();
  }

  /** @return true if the distribution links to documentation */
  public boolean isDocumented() {
    return distribution.getDocumentation() != null;
  }

  /** @return a label for messages: the format as given, else the media type, else the pointer */
  public String getLabel() {
    if (distribution.getFormat() != null) return distribution.getFormat();
    if (distribution.getMediaType() != null) return distribution.getMediaType();
    return getPointer();
  }
}
