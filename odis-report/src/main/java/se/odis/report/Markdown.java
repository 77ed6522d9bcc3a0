package se.odis.report;

/** Escaping for Markdown (CommonMark, GitHub tables): what comes from the input shows as written. */
final class Markdown {
  private Markdown() {}

  /** Escapes a text for Markdown prose or a table cell: every character that could start markup is backslashed; on one line. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
          sb.append('\\').append(c);
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '\r':
          break;
        case '\n':
          sb.append(' ');
          break;
        case '-': case '+': case '=': case '#':
          // would start a list item, a heading or a heading underline at the start of a line
          if (i == 0) sb.append('\\');
          sb.append(c);
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A code span showing the text as it is (CommonMark): fenced with more backticks than the text's
   * longest run of them, padded when it starts or ends with one; on one line.
   */
  static String code(String s) {
    return span(s.replace("\r", "").replace('\n', ' '));
  }

  /**
   * A code span in a table cell: as {@link #code}, with {@code |} escaped, which GitHub's tables
   * read before the span (and show as {@code |}).
   */
  static String cellCode(String s) {
    return span(s.replace("\r", "").replace('\n', ' ').replace("|", "\\|"));
  }

  private static String span(String t) {
    int longest = 0;
    for (int i = 0, run = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }

  /** A URI for an autolink: only characters that cannot end it early. */
  static String url(String s) {
    return s.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
  }
}
