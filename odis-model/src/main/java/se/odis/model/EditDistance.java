package se.odis.model;

/**
 * The Levenshtein distance between two strings: how many single-character insertions, deletions
 * or substitutions turn one into the other. ODIS uses it to suggest what a user probably meant,
 * for a misspelt field name, enum value or rule id.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * @param a one string
   * @param b the other
   * @return the number of single-character edits between them, case-sensitively
   */
  public static int between(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The known name nearest to a misspelt one, if it is near enough to be a likely typo: at most
   * two edits, or a third of the name's length for longer names, ignoring case. This is the
   * "did you mean" of every ODIS message about a name.
   *
   * @param name the name as given
   * @param known the names that exist
   * @return the nearest known name, or null if none is near enough
   */
  public static String closest(String name, java.util.Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = between(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
  }
}
