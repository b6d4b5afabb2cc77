package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WikilinkTest {
  /** What the pattern finds at the start of {@code text}, as "target|label@end", or null. */
  private static String byPattern(String text) {
    Matcher matcher = Wikilink.PATTERN.matcher(text);
    if (!matcher.lookingAt()) {
      return null;
    }
    Wikilink link = Wikilink.of(matcher);
    return link.target() + "|" + link.label() + "@" + matcher.end();
  }

  private static String byScan(String text) {
    Wikilink.Leading leading = Wikilink.leading(text);
    return leading == null ? null : leading.link().target() + "|" + leading.link().label() + "@" + leading.end();
  }

  @Test
  void aLeadingLinkIsFoundAsThePatternFindsIt() {
    for (String text : new String[] {
        "[[2026-01-12 - Review]] - talked", "[[Kushal Datta|Kushal]] rest", "![[diagram.png]]", "[[a\\|b]]",
        "[[a\\\\|b]]", "[[]]", "[[|]]", "[[ x | ]]", "[[a]", "[[a|b]", "[[a[b]]", "[a]]", "!x", "![a]]", "[[a|b|c]]",
        "[[a]]]]", "[[#Heading]]", "", "[[", "[[a\\]]"}) {
      assertEquals(byPattern(text), byScan(text), text);
    }
  }

  /**
   * 200,000 strings of up to ten pieces drawn from those the pattern treats apart (and two it does not), half of
   * them opening with {@code [[}: the scan finds what the pattern finds, or nothing when it finds nothing.
   */
  @Test
  void aScanAgreesWithThePatternOnRandomTexts() {
    String[] alphabet = {"[", "]", "]]", "|", "\\", "!", "a", " ", "#"};
    SplittableRandom random = new SplittableRandom(7);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "[[" : "");
      int length = random.nextInt(10);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String expected = byPattern(text.toString());
      assertEquals(expected, byScan(text.toString()), text.toString());
      found += expected == null ? 0 : 1;
    }
    // Enough of them are links for the comparison to mean something.
    assertTrue(found > 20_000, found + " links");
  }

  @Test
  void aTextThatDoesNotOpenWithALinkHasNone() {
    assertNull(Wikilink.leading("see [[Kushal Datta]]"));
  }
}
