package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scans of {@link LinePrefix} against the regular expressions they replaced, which state the forms. */
class LinePrefixTest {
  private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|(?i:unknown)";
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^(?:\\[\\[(" + DATE + ")]]|\\*\\*(" + DATE + ")\\*\\*|(" + DATE + "))"
          + "(?:\\s*:(?:\\s+|$)|\\s+[-—–]\\s+|\\s*$)");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-—–:](?:\\s+|$))?");

  /** Pieces that dates and what follows them are made of, and some that spoil them. */
  private static final String[] PIECES = {
      "2026", "2026-", "2026/", "-", "/", "4", "12", "123", "1", "[[", "]]", "**", "*", "unknown", "UnKnOwN",
      "unknowN", "unkno", "K", "\u212A", " ", "  ", "\t", ":", ": ", "—", "–", " - ", "\n", "\r", "\r\n", "\u0085",
      "\u2028", "\u2029", "\u000B", "\u00A0", "x", "[", "]", "|"};

  private static String byPattern(String line) {
    Matcher matcher = DATE_PREFIX.matcher(line);
    if (!matcher.lookingAt()) {
      return null;
    }
    String date = matcher.group(1) != null ? matcher.group(1)
        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    return date + "@" + matcher.end();
  }

  private static String byScan(String line) {
    LinePrefix.Dated date = LinePrefix.date(line);
    return date == null ? null : date.text() + "@" + date.end();
  }

  @Test
  void theDateFormsAreReadAsTheExpressionReadsThem() {
    for (String line : new String[] {
        "2026-01-12: [[Review]]", "2026-1-2 - Call", "2026/01/12:", "[[2026-04-02]]: [[Call]]", "**2026-04-01** — x",
        "Unknown: no date", "unknown", "2026-01-12", "2026-01-12 ", "2026-01-12:x", "2026-01-123: x", "20261-01-12: x",
        "2026-01-12 -x", "2026-01-12 — x", "2026-01-12-x", "[[2026-01-12]]", "[[2026-01-12] x", "**2026-01-12* x",
        "2026-01/12: x", "2026-01-12:\u2028", "2026-01-12 \u0085", "2026-01-12:\r\n", "\u212Anown", "unk", ""}) {
      assertEquals(byPattern(line), byScan(line), line);
    }
  }

  @Test
  void aSeparatorAfterALinkIsDroppedAsTheExpressionDropsIt() {
    for (String text : new String[] {
        " - summary", ": notes", " — x", "-x", " -", " :\n", "summary", "", "  ", " –\u0085", "\u00A0- x"}) {
      assertEquals(SEPARATOR.matcher(text).replaceFirst(""), LinePrefix.afterSeparator(text), text);
    }
  }

  /** 300,000 lines of up to eight pieces: each scan agrees with its expression on every one. */
  @Test
  void theScansAgreeWithTheExpressionsOnRandomLines() {
    SplittableRandom random = new SplittableRandom(11);
    int dated = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder line = new StringBuilder(random.nextInt(3) == 0 ? "2026-0" : "");
      int pieces = random.nextInt(9);
      for (int j = 0; j < pieces; j++) {
        line.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = line.toString();
      String expected = byPattern(text);
      assertEquals(expected, byScan(text), text);
      assertEquals(SEPARATOR.matcher(text).replaceFirst(""), LinePrefix.afterSeparator(text), text);
      dated += expected == null ? 0 : 1;
    }
    // Enough of them open with a date for the comparison to mean something.
    assertTrue(dated > 3_000, dated + " dated lines");
  }
}
