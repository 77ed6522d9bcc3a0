package se.odis.rules;

import java.util.Locale;
import java.util.Set;
import se.odis.model.DataTheme;
import se.odis.model.Dataset;

/**
 * Signs that a dataset may fall under one of the six high-value categories of (EU) 2023/138
 * although none is set: its themes or keywords. Used by rule HVD-007 to suggest a check, never
 * to decide.
 */
public final class HighValueHints {
  private static final Set<DataTheme> THEMES = Set.of(DataTheme.TRAN, DataTheme.ENVI, DataTheme.REGI, DataTheme.ECON);
  private static final String[] WORDS = {
    "trafik", "kollektivtrafik", "parkering", "väg", "cykel", "transport", "mobilitet", "traffic", "parking",
    "geodata", "karta", "kartor", "adress", "fastighet", "byggnad", "detaljplan", "ortofoto", "höjddata", "map",
    "miljö", "luftkvalitet", "buller", "vatten", "utsläpp", "avfall", "environment", "air quality", "noise",
    "väder", "meteorolog", "nederbörd", "temperatur", "weather",
    "statistik", "befolkning", "statistics", "population",
    "företag", "näringsliv", "company", "companies"
  };

  private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private HighValueHints() {}

  /**
   * @param d a dataset
   * @return true if its themes or keywords suggest a high-value category
   */
  public static boolean looksHighValue(Dataset d) {
    if (d.getThemes().stream().anyMatch(THEMES::contains)) return true;
    for (String k : d.getKeywords()) {
      for (String word : NOT_A_LETTER.split(k.toLowerCase(Locale.ROOT))) {
        for (String w : WORDS) {
          // Short stems must match a whole word ("väg", not "vägledning"); longer ones may
          // begin a Swedish compound ("trafikflöde", "luftkvalitetsdata").
          if (word.equals(w) || (w.length() >= 5 && word.startsWith(w))) return true;
        }
      }
    }
    return false;
  }
}
