package se.odis.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name of an imported dataset, from its identifier in the catalogue: readable, the same
 * on every run and on every machine, and never the same for two identifiers. An identifier that is
 * already a plain lower-case name ({@code raa-bebyggelse}) is the name; any other
 * ({@code Parkering Öst}, a URI) becomes a plain name with eight hex digits of its hash after it
 * ({@code parkering-ost-3f2a9c1d}), so that identifiers differing only in case, accents or
 * punctuation do not meet, not even on a file system that ignores case.
 */
final class FileNames {
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9](?:[a-z0-9_-]|\\.(?!\\.)){0,63}");
  private static final int SLUG = 48;
  /** Names Windows reserves, whatever follows the dot. */
  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
      "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
      "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileNames() {}

  /** @return the file name for an identifier, ending in {@code .json} */
  static String of(String identifier) {
    if (PLAIN.matcher(identifier).matches() && !identifier.endsWith(".") && !RESERVED.contains(identifier)) {
      return identifier + ".json";
    }
    return slug(identifier) + "-" + Hash.hex(identifier, 4) + ".json";
  }

  /** @return the identifier folded to lower-case ASCII letters, digits and single hyphens */
  static String slug(String identifier) {
    String s = identifier.strip();
    int scheme = s.indexOf("://");
    if (scheme > 0) s = s.substring(scheme + 3); // a URI: its host and path say more than "https"
    s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replace('æ', 'a').replace('ø', 'o').replace('ß', 's');
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > SLUG) s = s.substring(0, SLUG).replaceAll("-+$", "");
    return s.isEmpty() ? "dataset" : s;
  }
}
