package se.odis.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads a link people follow ({@link WebLinks}): a URI as Jackson reads one, refused if it is not
 * an absolute http(s) address, at the value's place.
 */
abstract class WebLinkDeserializer extends StdDeserializer<java.net.URI> {
  private static final long serialVersionUID = 1L;
  private static final JsonDeserializer<?> URI_READER =
      com.fasterxml.jackson.databind.deser.std.FromStringDeserializer.findDeserializer(java.net.URI.class);
  private final boolean download;

  WebLinkDeserializer(boolean download) {
    super(java.net.URI.class);
    this.download = download;
  }

  @Override
  public java.net.URI deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    java.net.URI link = (java.net.URI) URI_READER.deserialize(p, ctxt);
    String problem = link == null ? null : WebLinks.problem(link, download);
    if (problem != null) {
      throw InvalidFormatException.from(p, NOT_WEB_LINK + problem + "; expected " + WebLinks.expected(download),
          p.getText(), java.net.URI.class);
    }
    return link;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.OtherScalar;
  }

  /** How this deserializer starts its message, for {@link DatasetReader} to recognise. */
  static final String NOT_WEB_LINK = "not a web link: ";

  /** A landing page, an access URL, a distribution's documentation: http or https. */
  static final class WebPage extends WebLinkDeserializer {
    private static final long serialVersionUID = 1L;

    WebPage() {
      super(false);
    }
  }

  /** A download link: http, https or ftp. */
  static final class Download extends WebLinkDeserializer {
    private static final long serialVersionUID = 1L;

    Download() {
      super(true);
    }
  }
}
