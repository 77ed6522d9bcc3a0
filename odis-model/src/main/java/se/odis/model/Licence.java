package se.odis.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence as ODIS understands it, parsed from an SPDX id ({@code CC-BY-4.0}) or a licence URI in
 * any of its common variants (http or https, with or without trailing slash, {@code deed.sv},
 * {@code legalcode}, a query or fragment, the EU licence vocabulary). Immutable.
 *
 * <p>What ODIS cannot recognise is {@link Family#UNRECOGNISED} and is never taken to be open.
 */
public final class Licence {

  /** Licence families, by what they allow. */
  public enum Family {
    /** CC0 public domain dedication. */
    CC0,
    /** Public Domain Mark (for works already free of copyright). */
    PUBLIC_DOMAIN_MARK,
    /** Creative Commons Attribution. */
    CC_BY,
    /** Creative Commons Attribution-ShareAlike. */
    CC_BY_SA,
    /** Creative Commons with NonCommercial and/or NoDerivatives: not open. */
    CC_RESTRICTED,
    /** Open Data Commons Public Domain Dedication and Licence. */
    ODC_PDDL,
    /** Open Data Commons Attribution. */
    ODC_BY,
    /** Open Data Commons Open Database Licence (share-alike). */
    ODC_ODBL,
    /** An open software licence (MIT, Apache, BSD…): open, but not meant for data. */
    SOFTWARE,
    /** Proprietary, custom or "all rights reserved" terms: not open. */
    PROPRIETARY,
    /** Not recognised: cannot be judged open. */
    UNRECOGNISED
  }

  private static final Pattern CC_URI = Pattern.compile(
      "creativecommons\\.org/licen[cs]es/(by(?:-nc)?(?:-nd|-sa)?)/(\\d\\.\\d)(?:/([a-z]{2}))?/?"
          + "(?:(?:deed|legalcode)(?:\\.[a-z_-]+)?)?");
  private static final Pattern CC0_URI = Pattern.compile(
      "creativecommons\\.org/publicdomain/zero/1\\.0/?(?:(?:deed|legalcode)(?:\\.[a-z_-]+)?)?");
  private static final Pattern PDM_URI = Pattern.compile(
      "creativecommons\\.org/publicdomain/mark/1\\.0/?(?:(?:deed)(?:\\.[a-z_-]+)?)?");
  private static final Pattern ODC_URI = Pattern.compile(
      "opendatacommons\\.org/licenses/(pddl|by|odbl)(?:/(\\d[.-]\\d))?/?(?:index\\.html|summary/?)?");
  private static final Pattern SPDX_CC = Pattern.compile(
      "cc[- ]?(by(?:-nc)?(?:-nd|-sa)?)[- ](\\d\\.\\d)(?:-([a-z]{2}))?");
  // The EU licence authority table, also under its older mdr/ alias, with or without a final slash.
  private static final Pattern EU_VOCAB = Pattern.compile(
      "publications\\.europa\\.eu/(?:resource|mdr)/authority/licen[cs]e/([a-z0-9_]+)/?");
  // The SPDX licence list's pages: https://spdx.org/licenses/CC-BY-4.0(.html|.json)
  private static final Pattern SPDX_URI = Pattern.compile("spdx\\.org/licenses/([a-z0-9.+-]+?)(?:\\.html|\\.json)?/?");

  /** Canonical SPDX spelling of the software licences ODIS recognises, by lower-case id. */
  private static final java.util.Map<String, String> SOFTWARE_IDS = java.util.Map.of(
      "mit", "MIT", "apache-2.0", "Apache-2.0", "bsd-2-clause", "BSD-2-Clause", "bsd-3-clause", "BSD-3-Clause",
      "mpl-2.0", "MPL-2.0", "gpl-3.0", "GPL-3.0-only", "gpl-3.0-only", "GPL-3.0-only", "eupl-1.2", "EUPL-1.2",
      "lgpl-3.0", "LGPL-3.0-only");

  private final String given;
  private final Family family;
  private final String id;
  private final String version;
  private final String jurisdiction;

  private Licence(String given, Family family, String id, String version, String jurisdiction) {
    this.given = given;
    this.family = family;
    this.id = id;
    this.version = version;
    this.jurisdiction = jurisdiction;
  }

  /**
   * Parses a licence as written in a dataset.
   *
   * @param text an SPDX id or licence URI
   * @return the licence; {@link Family#UNRECOGNISED} when it cannot be recognised
   */
  public static Licence parse(String text) {
    Objects.requireNonNull(text, "text");
    // A portfolio names the same few licences over and over; parsing one costs several regular
    // expressions. The cache is bounded so that odd inputs cannot grow it without end.
    Licence known = PARSED.get(text);
    if (known != null) return known;
    Licence parsed = parseUncached(text);
    if (PARSED.size() < PARSED_MAX) PARSED.put(text, parsed);
    return parsed;
  }

  private static final int PARSED_MAX = 1024;
  private static final java.util.concurrent.ConcurrentHashMap<String, Licence> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Licence parseUncached(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    // A URI's query and fragment do not change the licence: the Creative Commons chooser links to
    // ".../by/4.0/?ref=chooser-v1", and people copy ".../deed.sv#ref-appropriate-credit".
    String noScheme = t.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("[?#].*$", "");
    Matcher m;
    if ((m = CC0_URI.matcher(noScheme)).matches() || t.equals("cc0-1.0") || t.equals("cc0")
        || t.equals("cc0 1.0") || t.equals("cc-zero")) {
      return new Licence(text, Family.CC0, "CC0-1.0", "1.0", null);
    }
    if ((m = PDM_URI.matcher(noScheme)).matches() || t.equals("pdm-1.0") || t.equals("pdm")) {
      return new Licence(text, Family.PUBLIC_DOMAIN_MARK, "PDM-1.0", "1.0", null);
    }
    if ((m = CC_URI.matcher(noScheme)).matches() || (m = SPDX_CC.matcher(t)).matches()) {
      return cc(text, m.group(1), m.group(2), m.group(3));
    }
    if ((m = ODC_URI.matcher(noScheme)).matches()) {
      return odc(text, m.group(1));
    }
    if ((m = EU_VOCAB.matcher(noScheme)).matches()) {
      return euVocabulary(text, m.group(1));
    }
    if ((m = SPDX_URI.matcher(noScheme)).matches()) {
      Licence byId = parseUncached(m.group(1));
      return byId.isRecognised()
          ? new Licence(text, byId.family, byId.id, byId.version, byId.jurisdiction)
          : new Licence(text, Family.UNRECOGNISED, text.strip(), null, null);
    }
    switch (t) {
      case "odbl-1.0": case "odbl": return odc(text, "odbl");
      case "odc-by-1.0": case "odc-by": return odc(text, "by");
      case "pddl-1.0": case "pddl": return odc(text, "pddl");
      case "mit": case "apache-2.0": case "bsd-2-clause": case "bsd-3-clause": case "mpl-2.0":
      case "gpl-3.0": case "gpl-3.0-only": case "eupl-1.2": case "lgpl-3.0":
        return new Licence(text, Family.SOFTWARE, SOFTWARE_IDS.get(t), null, null);
      case "proprietary": case "other-closed": case "all rights reserved": case "copyright":
      case "custom":
        return new Licence(text, Family.PROPRIETARY, "proprietary", null, null);
      default:
        return new Licence(text, Family.UNRECOGNISED, text.strip(), null, null);
    }
  }

  private static Licence cc(String given, String kind, String version, String jurisdiction) {
    String k = kind.toLowerCase(Locale.ROOT);
    Family family;
    if (k.contains("nc") || k.contains("nd")) family = Family.CC_RESTRICTED;
    else if (k.contains("sa")) family = Family.CC_BY_SA;
    else family = Family.CC_BY;
    String id = "CC-" + k.toUpperCase(Locale.ROOT) + "-" + version
        + (jurisdiction == null ? "" : "-" + jurisdiction.toUpperCase(Locale.ROOT));
    return new Licence(given, family, id, version, jurisdiction == null ? null : jurisdiction.toUpperCase(Locale.ROOT));
  }

  private static Licence odc(String given, String kind) {
    switch (kind) {
      case "pddl": return new Licence(given, Family.ODC_PDDL, "PDDL-1.0", "1.0", null);
      case "by": return new Licence(given, Family.ODC_BY, "ODC-By-1.0", "1.0", null);
      default: return new Licence(given, Family.ODC_ODBL, "ODbL-1.0", "1.0", null);
    }
  }

  private static Licence euVocabulary(String given, String code) {
    // The EU licence vocabulary writes CC_BY_4_0, CC_BYSA_4_0, CC0 …
    switch (code) {
      case "cc0": return new Licence(given, Family.CC0, "CC0-1.0", "1.0", null);
      case "cc_by_4_0": return cc(given, "by", "4.0", null);
      case "cc_bysa_4_0": return cc(given, "by-sa", "4.0", null);
      case "cc_by_3_0": return cc(given, "by", "3.0", null);
      case "cc_bync_4_0": return cc(given, "by-nc", "4.0", null);
      case "cc_bynd_4_0": return cc(given, "by-nd", "4.0", null);
      case "cc_byncnd_4_0": return cc(given, "by-nc-nd", "4.0", null);
      case "cc_byncsa_4_0": return cc(given, "by-nc-sa", "4.0", null);
      case "odc_by": return odc(given, "by");
      case "odc_pddl": return odc(given, "pddl");
      case "odc_odbl": case "odc_bl": return odc(given, "odbl");
      default: return new Licence(given, Family.UNRECOGNISED, given.strip(), null, null);
    }
  }

  /** @return the text as it was given */
  public String getGiven() {
    return given;
  }

  /** @return the family */
  public Family getFamily() {
    return family;
  }

  /** @return the normalised id (SPDX where one exists), e.g. {@code CC-BY-4.0} or {@code CC-BY-2.5-SE} */
  public String getId() {
    return id;
  }

  /** @return the version, e.g. {@code 4.0}, or null */
  public @Nullable String getVersion() {
    return version;
  }

  /** @return the jurisdiction of a national port, e.g. {@code SE}, or null for an international licence */
  public @Nullable String getJurisdiction() {
    return jurisdiction;
  }

  /** @return true if ODIS recognised the licence */
  public boolean isRecognised() {
    return family != Family.UNRECOGNISED;
  }

  /**
   * Tells whether the licence is open in the sense of the Open Definition: anyone may use, change
   * and share the data for any purpose, at most under attribution or share-alike terms.
   *
   * @return false for NC/ND, proprietary and unrecognised licences
   */
  public boolean isOpen() {
    return family != Family.CC_RESTRICTED && family != Family.PROPRIETARY
        && family != Family.UNRECOGNISED;
  }

  /** @return true for share-alike licences (CC BY-SA, ODbL), which are open but limit reuse */
  public boolean isShareAlike() {
    return family == Family.CC_BY_SA || family == Family.ODC_ODBL;
  }

  /** @return true for CC0 1.0 and CC BY 4.0, the licences ODIS recommends */
  public boolean isRecommended() {
    return "CC0-1.0".equals(id) || "CC-BY-4.0".equals(id);
  }

  /**
   * Tells whether the licence is at least as permissive as CC BY 4.0, as (EU) 2023/138 art. 4.3
   * requires of high-value datasets: CC0, CC BY 4.0, the Public Domain Mark, PDDL or ODC-By.
   *
   * @return true if so
   */
  public boolean isHvdCompatible() {
    return family == Family.CC0 || family == Family.PUBLIC_DOMAIN_MARK || family == Family.ODC_PDDL
        || family == Family.ODC_BY || "CC-BY-4.0".equals(id);
  }

  /** @return true for a Creative Commons licence older than 4.0 or ported to a national law */
  public boolean isOutdatedCreativeCommons() {
    return (family == Family.CC_BY || family == Family.CC_BY_SA || family == Family.CC_RESTRICTED)
        && (jurisdiction != null || !"4.0".equals(version));
  }

  /** @return the canonical URI of the licence, or the given text if none is known */
  public String getUri() {
    switch (family) {
      case CC0: return "http://creativecommons.org/publicdomain/zero/1.0/";
      case PUBLIC_DOMAIN_MARK: return "http://creativecommons.org/publicdomain/mark/1.0/";
      case CC_BY: case CC_BY_SA: case CC_RESTRICTED: {
        String kind = id.substring(3, id.indexOf('-', 3) < 0 ? id.length() : id.lastIndexOf("-" + version));
        return "http://creativecommons.org/licenses/" + kind.toLowerCase(Locale.ROOT) + "/" + version + "/"
            + (jurisdiction == null ? "" : jurisdiction.toLowerCase(Locale.ROOT) + "/");
      }
      case ODC_PDDL: return "http://opendatacommons.org/licenses/pddl/1-0/";
      case ODC_BY: return "http://opendatacommons.org/licenses/by/1-0/";
      case ODC_ODBL: return "http://opendatacommons.org/licenses/odbl/1-0/";
      default: return given;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Licence && ((Licence) o).id.equals(id) && ((Licence) o).family == family;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, family);
  }

  @Override
  public String toString() {
    return id;
  }
}
