package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scans of {@link LineScan} against the regular expressions they replaced, which state the forms. */
class LineScanTest {
  private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|(?i:unknown)";
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^(?:\\[\\[(" + DATE + ")]]|\\*\\*(" + DATE + ")\\*\\*|(" + DATE + "))"
          + "(?:\\s*:(?:\\s+|$)|\\s+[-—–]\\s+|\\s*$)");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-—–:](?:\\s+|$))?");
  private static final Pattern VIA = Pattern.compile("\\s*\\((?i:via)\\s+([^()]*?)\\s*\\)\\s*$");

  /** Pieces that dates and what follows them are made of, and some that spoil them. */
  private static final String[] DATE_PIECES = {
      "2026", "2026-", "2026/", "-", "/", "4", "12", "123", "1", "[[", "]]", "**", "*", "unknown", "UnKnOwN",
      "unknowN", "unkno", "K", "\u212A", " ", "  ", "\t", ":", ": ", "—", "–", " - ", "\n", "\r", "\r\n", "\u0085",
      "\u2028", "\u2029", "\u000B", "\u00A0", "x", "[", "]", "|"};

  /** Pieces that a closing "(via Name)" is made of, and some that spoil it. */
  private static final String[] VIA_PIECES = {
      "Call", " ", "  ", "\t", "(", ")", "(via", "(VIA", "(Via", "(vía", "via", " Bo", "[[People/Ann|Ann]]", "\n", "\r",
      "\u0085", "\u2028", "\u00A0", "x", "İ"};

  /** What the date expression finds at the start of {@code line}, as "date@end", or null. */
  private static String dateByPattern(String line) {
    Matcher matcher = DATE_PREFIX.matcher(line);
    if (!matcher.lookingAt()) {
      return null;
    }
    String date = matcher.group(1) != null ? matcher.group(1)
        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    return date + "@" + matcher.end();
  }

  private static String dateByScan(String line) {
    LineScan.Dated date = LineScan.date(line);
    return date == null ? null : date.text() + "@" + date.end();
  }

  /** What the via expression finds from the last "(" of {@code text}, as "name@start", or null. */
  private static String viaByPattern(String text) {
    int open = text.lastIndexOf('(');
    if (open < 0) {
      return null;
    }
    Matcher matcher = VIA.matcher(text).region(open, text.length());
    return matcher.find() ? matcher.group(1) + "@" + matcher.start() : null;
  }

  private static String viaByScan(String text) {
    LineScan.Via via = LineScan.via(text);
    return via == null ? null : via.name() + "@" + via.start();
  }

  private static String separatorByPattern(String text) {
    return SEPARATOR.matcher(text).replaceFirst("");
  }

  /** Each text read both ways, the same; returns how many the expression found something in. */
  private static int assertAgree(Function<String, String> byPattern, Function<String, String> byScan,
      Iterable<String> texts) {
    int found = 0;
    for (String text : texts) {
      String expected = byPattern.apply(text);
      assertEquals(expected, byScan.apply(text), text);
      found += expected == null ? 0 : 1;
    }
    return found;
  }

  @Test
  void theDateFormsAreReadAsTheExpressionReadsThem() {
    assertAgree(LineScanTest::dateByPattern, LineScanTest::dateByScan, List.of(
        "2026-01-12: [[Review]]", "2026-1-2 - Call", "2026/01/12:", "[[2026-04-02]]: [[Call]]", "**2026-04-01** — x",
        "Unknown: no date", "unknown", "2026-01-12", "2026-01-12 ", "2026-01-12:x", "2026-01-123: x", "20261-01-12: x",
        "2026-01-12 -x", "2026-01-12 — x", "2026-01-12-x", "[[2026-01-12]]", "[[2026-01-12] x", "**2026-01-12* x",
        "2026-01/12: x", "2026-01-12:\u2028", "2026-01-12 \u0085", "2026-01-12:\r\n", "\u212Anown", "unk", ""));
  }

  @Test
  void aSeparatorAfterALinkIsDroppedAsTheExpressionDropsIt() {
    assertAgree(LineScanTest::separatorByPattern, LineScan::afterSeparator, List.of(
        " - summary", ": notes", " — x", "-x", " -", " :\n", "summary", "", "  ", " –\u0085", "\u00A0- x"));
  }

  @Test
  void theClosingViaIsFoundAsTheExpressionFindsIt() {
    assertAgree(LineScanTest::viaByPattern, LineScanTest::viaByScan, List.of(
        "Call (via Bo)", "Call (VIA  Bo ) ", "Call (via (Bo))", "Call (via Bo) then lunch", "(via )", "(via)",
        "Talked (briefly) about pricing (via Bo)", "x (via Bo)\u0085", "x (via Bo)\r\n", "x (viaBo)", "(vi", ""));
  }

  /** 300,000 lines of up to eight pieces: the date and separator scans agree with their expressions on each. */
  @Test
  void theDateAndSeparatorScansAgreeWithTheExpressionsOnRandomLines() {
    SplittableRandom random = new SplittableRandom(11);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      StringBuilder line = new StringBuilder(random.nextInt(3) == 0 ? "2026-0" : "");
      append(line, random, DATE_PIECES, 8);
      lines.add(line.toString());
    }
    int dated = assertAgree(LineScanTest::dateByPattern, LineScanTest::dateByScan, lines);
    assertAgree(LineScanTest::separatorByPattern, LineScan::afterSeparator, lines);
    // Enough of them open with a date for the comparison to mean something.
    assertTrue(dated > 3_000, dated + " dated lines");
  }

  /** 200,000 texts of pieces, half with a "(via" and half with a ")": the scan agrees with the expression on each. */
  @Test
  void theViaScanAgreesWithTheExpressionOnRandomTexts() {
    SplittableRandom random = new SplittableRandom(13);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      append(text, random, VIA_PIECES, 4);
      text.append(random.nextBoolean() ? "(via" : "");
      append(text, random, VIA_PIECES, 3);
      text.append(random.nextBoolean() ? ")" : "");
      append(text, random, VIA_PIECES, 2);
      texts.add(text.toString());
    }
    int found = assertAgree(LineScanTest::viaByPattern, LineScanTest::viaByScan, texts);
    assertTrue(found > 5_000, found + " found");
  }

  private static void append(StringBuilder text, SplittableRandom random, String[] pieces, int most) {
    for (int j = random.nextInt(most + 1); j > 0; j--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
  }
}
