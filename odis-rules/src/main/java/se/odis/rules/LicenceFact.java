package se.odis.rules;

import se.odis.model.Licence;

/**
 * A rule fact: a licence that applies to a dataset, parsed, with where it was given
 * ({@code /licence} or {@code /distributions/1/licence}). A rule that needs the dataset too joins
 * on the context: {@code $c : AssessmentContext(hvd)} then {@code LicenceFact(context == $c, …)}.
 */
public final class LicenceFact implements DatasetFact {
  private final Licence licence;
  private final String pointer;
  private final AssessmentContext context;
  private final String datasetLicenceId;

  LicenceFact(Licence licence, String pointer, AssessmentContext context, String datasetLicenceId) {
    this.licence = licence;
    this.pointer = pointer;
    this.context = context;
    this.datasetLicenceId = datasetLicenceId;
  }

  /** @return the assessment of the dataset this licence belongs to */
  @Override
  public AssessmentContext getContext() {
    return context;
  }

  /**
   * @return for a distribution's licence, the id of the dataset's own licence if it has one;
   *     otherwise null
   */
  public String getDatasetLicenceId() {
    return datasetLicenceId;
  }

  /** @return the parsed licence */
  public Licence getLicence() {
    return licence;
  }

  /** @return where it was given in the input */
  public String getPointer() {
    return pointer;
  }

  /** @return true if it is the dataset's own licence rather than a distribution's */
  public boolean isDatasetLevel() {
    return "/licence".equals(pointer);
  }

  /** @return the normalised id, e.g. {@code CC-BY-4.0} */
  public String getId() {
    return licence.getId();
  }

  /** @return the licence family */
  public Licence.Family getFamily() {
    return licence.getFamily();
  }

  /** @return true if recognised */
  public boolean isRecognised() {
    return licence.isRecognised();
  }

  /** @return true if open (see {@link Licence#isOpen()}) */
  public boolean isOpen() {
    return licence.isOpen();
  }

  /** @return true if CC0 1.0 or CC BY 4.0 */
  public boolean isRecommended() {
    return licence.isRecommended();
  }

  /** @return true if share-alike */
  public boolean isShareAlike() {
    return licence.isShareAlike();
  }

  /** @return true if an old or national-port Creative Commons licence */
  public boolean isOutdated() {
    return licence.isOutdatedCreativeCommons();
  }
}
