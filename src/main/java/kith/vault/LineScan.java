package kith.vault;

/**
 * The parts of an interaction line read by scanning rather than by regular expressions: matching them was a sixth
 * of reading a note, on half a million lines in a large vault. {@code LineScanTest} holds each scan to the
 * expression it replaces, on every form below and on random texts.
 *
 * <ul>
 *   <li>a date it opens with, bare or as a daily-note link or in bold, then a colon, a spaced dash or the end of the
 *       line: {@code ^(?:\[\[(D)]]|\*\*(D)\*\*|(D))(?:\s*:(?:\s+|$)|\s+[-—–]\s+|\s*$)}, where a date {@code D}
 *       is {@code \d{4}-\d{1,2}-\d{1,2}}, the same with slashes, or "unknown" in any case;
 *   <li>after a leading link, a colon or dash standing alone: {@code ^\s*(?:[-—–:](?:\s+|$))?};
 *   <li>the {@code (via Name)} it closes with: {@code \s*\((?i:via)\s+([^()]*?)\s*\)\s*$}, found from the last
 *       {@code (}, as the part holds no parenthesis.
 * </ul>
 *
 * <p>Whitespace is what {@code \s} is (space, tab, line feed, vertical tab, form feed, carriage return), digits
 * ASCII ones, letters matched in any case only when ASCII, as {@code (?i)} matches them, and the end of a line what
 * {@code $} is: the end of the text, or before a line terminator ending it.
 */
final class LineScan {
  private static final String UNKNOWN = "unknown";
  private static final String VIA = "via";

  /** The date a line opens with, as written, and the index just past what follows it. */
  record Dated(String text, int end) {}

  /** The name in a line's closing {@code (via Name)}, as written, and where that part starts. */
  record Via(String name, int start) {}

  private LineScan() {}

  /** The date {@code line} opens with, or null when it opens with none. */
  static Dated date(String line) {
    int dateStart;
    int dateEnd;
    int afterDate;
    if (line.startsWith("[[") || line.startsWith("**")) {
      String close = line.startsWith("[[") ? "]]" : "**";
      dateStart = 2;
      dateEnd = dateEnd(line, dateStart);
      if (dateEnd < 0 || !line.startsWith(close, dateEnd)) {
        return null;
      }
      afterDate = dateEnd + 2;
    } else {
      dateStart = 0;
      dateEnd = dateEnd(line, dateStart);
      afterDate = dateEnd;
    }
    int end = afterDate < 0 ? -1 : separatorEnd(line, afterDate);
    return end < 0 ? null : new Dated(line.substring(dateStart, dateEnd), end);
  }

  /**
   * {@code text} less its leading whitespace and a dash or colon standing alone after it: what follows a link,
   * as in {@code [[Call]] - talked}.
   */
  static String afterSeparator(String text) {
    int start = skipSpaces(text, 0);
    if (start < text.length() && (isDash(text.charAt(start)) || text.charAt(start) == ':')) {
      int after = standingAloneUntil(text, start + 1);
      if (after >= 0) {
        return text.substring(after);
      }
    }
    return text.substring(start);
  }

  /**
   * The {@code (via Name)} that ends {@code text}, or null. The name runs to the first {@code )} after "via" and its
   * spaces, less the spaces before it; only spaces may follow it.
   */
  static Via via(String text) {
    int open = text.lastIndexOf('(');
    if (open < 0 || !startsIgnoringAsciiCase(text, open + 1, VIA)) {
      return null;
    }
    int afterWord = open + 1 + VIA.length();
    int name = skipSpaces(text, afterWord);
    int close = text.indexOf(')', name);
    if (name == afterWord || close < 0 || !isEndOfLine(text, skipSpaces(text, close + 1))) {
      return null;
    }
    int nameEnd = close;
    while (nameEnd > name && isSpace(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    return new Via(text.substring(name, nameEnd), open);
  }

  /**
   * Where what follows a separator ending at {@code from} ends, when the separator stands alone there ({@code
   * (?:\s+|$)}): past the spaces after it, else at {@code from} at the end of the line; -1 when neither.
   */
  private static int standingAloneUntil(String text, int from) {
    int after = skipSpaces(text, from);
    if (after > from) {
      return after;
    }
    return isEndOfLine(text, from) ? from : -1;
  }

  /**
   * Where a date starting at {@code from} ends, or -1. Its last digits are taken greedily: a digit after them
   * could not be followed by anything a date is followed by, so taking fewer would not match either.
   */
  private static int dateEnd(String text, int from) {
    if (digits(text, from, 4) == 4 && from + 4 < text.length()) {
      char separator = text.charAt(from + 4);
      if (separator == '-' || separator == '/') {
        int month = digits(text, from + 5, 2);
        int daySeparator = from + 5 + month;
        if (month > 0 && daySeparator < text.length() && text.charAt(daySeparator) == separator) {
          int day = digits(text, daySeparator + 1, 2);
          return day > 0 ? daySeparator + 1 + day : -1;
        }
      }
      return -1;
    }
    return startsIgnoringAsciiCase(text, from, UNKNOWN) ? from + UNKNOWN.length() : -1;
  }

  /** How many ASCII digits, up to {@code most}, stand at {@code from}. */
  private static int digits(String text, int from, int most) {
    int count = 0;
    while (count < most && from + count < text.length() && isDigit(text.charAt(from + count))) {
      count++;
    }
    return count;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code word} (lower case) at {@code from}, in any case of its ASCII letters, as {@code (?i)} takes it. */
  private static boolean startsIgnoringAsciiCase(String text, int from, String word) {
    if (from + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(from + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where what follows a date ends, or -1: a colon then spaces or the end of the line; else spaces, a dash and
   * spaces; else the end of the line, after any spaces. In that order, as the expression tries them.
   */
  private static int separatorEnd(String text, int from) {
    int start = skipSpaces(text, from);
    if (start < text.length() && text.charAt(start) == ':') {
      int after = standingAloneUntil(text, start + 1);
      if (after >= 0) {
        return after;
      }
    }
    if (start > from && start < text.length() && isDash(text.charAt(start))) {
      int after = skipSpaces(text, start + 1);
      if (after > start + 1) {
        return after;
      }
    }
    return isEndOfLine(text, start) ? start : -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–';
  }

  private static int skipSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code $} without multi-line mode: the end of the text, or before the line terminator that ends it (a line
   * feed, a carriage return, both, a next-line, a line or paragraph separator). {@code $} never matches between a
   * carriage return and its line feed; no caller asks there, as each asks past the spaces, both among them.
   */
  private static boolean isEndOfLine(String text, int at) {
    int left = text.length() - at;
    if (left == 2) {
      return text.charAt(at) == '\r' && text.charAt(at + 1) == '\n';
    }
    if (left != 1) {
      return left == 0;
    }
    char c = text.charAt(at);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
