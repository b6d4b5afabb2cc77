package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scan for a line's closing {@code (via Name)} against the expression it replaced, which states the form. */
class InteractionLineTest {
  private static final Pattern VIA = Pattern.compile("\\s*\\((?i:via)\\s+([^()]*?)\\s*\\)\\s*$");
  private static final String[] PIECES = {
      "Call", " ", "  ", "\t", "(", ")", "(via", "(VIA", "(Via", "(vía", "via", " Bo", "[[People/Ann|Ann]]", "\n", "\r",
      "\u0085", "\u2028", "\u00A0", "x", "İ"};

  private static String byPattern(String text) {
    int open = text.lastIndexOf('(');
    if (open < 0) {
      return null;
    }
    Matcher matcher = VIA.matcher(text).region(open, text.length());
    return matcher.find() ? matcher.group(1) + "@" + matcher.start() : null;
  }

  private static String byScan(String text) {
    InteractionLine.Via via = InteractionLine.via(text);
    return via == null ? null : via.name() + "@" + via.start();
  }

  @Test
  void theClosingViaIsFoundAsTheExpressionFindsIt() {
    for (String text : new String[] {
        "Call (via Bo)", "Call (VIA  Bo ) ", "Call (via (Bo))", "Call (via Bo) then lunch", "(via )", "(via)",
        "Talked (briefly) about pricing (via Bo)", "x (via Bo)\u0085", "x (via Bo)\r\n", "x (viaBo)", "(vi", ""}) {
      assertEquals(byPattern(text), byScan(text), text);
    }
  }

  /** 200,000 texts of pieces, half with a "(via" and half with a ")": the scan agrees with the expression on each. */
  @Test
  void theScanAgreesWithTheExpressionOnRandomTexts() {
    SplittableRandom random = new SplittableRandom(13);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      append(text, random, 4);
      text.append(random.nextBoolean() ? "(via" : "");
      append(text, random, 3);
      text.append(random.nextBoolean() ? ")" : "");
      append(text, random, 2);
      String expected = byPattern(text.toString());
      assertEquals(expected, byScan(text.toString()), text.toString());
      found += expected == null ? 0 : 1;
    }
    assertTrue(found > 5_000, found + " found");
  }

  private static void append(StringBuilder text, SplittableRandom random, int most) {
    for (int j = random.nextInt(most + 1); j > 0; j--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
  }
}
