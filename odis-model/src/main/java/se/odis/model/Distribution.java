package se.odis.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One form in which the data is available: a file, a download or an API ({@code dcat:Distribution}). */
@Value.Immutable
@JsonSerialize(as = ImmutableDistribution.class)
@JsonDeserialize(as = ImmutableDistribution.class)
public abstract class Distribution {
  /** @return a title for the distribution */
  public abstract @Nullable LocalizedText getTitle();

  /** @return a description of the distribution */
  public abstract @Nullable LocalizedText getDescription();

  /** @return when the distribution was first published */
  public abstract @Nullable LocalDate getIssued();

  /** @return when the distribution last changed */
  public abstract @Nullable LocalDate getModified();

  /** @return the distribution's own status, where it has one apart from the dataset's */
  public abstract @Nullable Lifecycle getStatus();

  /** @return the file format as free text or EU file-type code, e.g. {@code CSV} */
  public abstract @Nullable String getFormat();

  /** @return the IANA media type, e.g. {@code text/csv} */
  public abstract @Nullable String getMediaType();

  /** @return where the data can be reached (mandatory in DCAT-AP-SE): an http or https address ({@link WebLinks}) */
  @JsonDeserialize(using = WebLinkDeserializer.WebPage.class)
  public abstract @Nullable URI getAccessUrl();

  /** @return a direct download link: an http, https or ftp address ({@link WebLinks}) */
  @JsonDeserialize(using = WebLinkDeserializer.Download.class)
  public abstract @Nullable URI getDownloadUrl();

  /** @return true if this distribution is served through an API */
  @Value.Default
  public boolean isApi() {
    return false;
  }

  /** @return the licence of this distribution (SPDX id or URI), if it differs from the dataset's */
  public abstract @Nullable String getLicence();

  /** @return a link to documentation of this distribution, e.g. an API specification: an http or https address */
  @JsonDeserialize(using = WebLinkDeserializer.WebPage.class)
  public abstract @Nullable URI getDocumentation();

  /** @return the size of the file in bytes, if known ({@code dcat:byteSize}) */
  public abstract @Nullable Long getByteSize();

  /** @return a statement of rights for this distribution ({@code dcterms:rights}) */
  public abstract @Nullable String getRights();
}
