package se.odis.model;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What ODIS takes as a link that people and portals follow: a landing page, an access URL or a
 * distribution's documentation is an absolute {@code http} or {@code https} address with a host; a
 * download may also be {@code ftp}. Anything else — {@code javascript:}, {@code file:},
 * {@code data:}, a relative path — would be published as a link that runs code in a reader's
 * browser, points into someone's own disk, or leads nowhere. ODIS's reader refuses such a link with
 * its place; the importers of other catalogues leave it out with a note; the exporter never writes
 * one. All ask this class, so that they agree.
 */
public final class WebLinks {
  private static final Set<String> PAGE = Set.of("http", "https");
  private static final Set<String> DOWNLOAD = Set.of("http", "https", "ftp");

  private WebLinks() {}

  /**
   * @param link a link
   * @return true if it is an absolute http or https address with a host
   */
  public static boolean isPage(URI link) {
    return problem(link, false) == null;
  }

  /**
   * @param link a link
   * @return true if it is an absolute http, https or ftp address with a host
   */
  public static boolean isDownload(URI link) {
    return problem(link, true) == null;
  }

  /**
   * What is wrong with a link, for a message.
   *
   * @param link a link
   * @param download whether ftp is allowed (a download)
   * @return e.g. {@code "javascript:alert(1)" is not an http or https address}, or null if
   *     nothing is wrong
   */
  public static String problem(URI link, boolean download) {
    String scheme = link.getScheme() == null ? null : link.getScheme().toLowerCase(Locale.ROOT);
    String why;
    if (scheme == null) {
      why = " (it is relative)";
    } else if (!(download ? DOWNLOAD : PAGE).contains(scheme)) {
      why = "";
    } else if (link.getRawAuthority() == null || link.getRawAuthority().isEmpty()) {
      why = " (it names no host)";
    } else {
      return null;
    }
    return "\"" + link + "\" is not " + (download ? "an http, https or ftp" : "an http or https") + " address" + why;
  }

  /**
   * @param download whether ftp is allowed (a download)
   * @return what a link should be, for a message
   */
  public static String expected(boolean download) {
    return download
        ? "an absolute http, https or ftp URL, e.g. \"https://example.se/data.csv\""
        : "an absolute http or https URL, e.g. \"https://example.se/data\"";
  }
}
