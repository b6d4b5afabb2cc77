package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void escapesTheThreeControlCharacters() {
    assertEquals("Tom &amp; Jerry &lt;!channel&gt; &lt;@U123&gt; a&gt;b",
        SlackText.escape("Tom & Jerry <!channel> <@U123> a>b"));
    assertEquals("&amp;amp;", SlackText.escape("&amp;"));
    assertEquals("", SlackText.escape(null));
    assertEquals("&lt;!here&gt;", SlackText.escape("<!here>"));
    assertEquals("R&amp;", SlackText.escape("R&"));
    assertEquals("*bold* _it_ ✅", SlackText.escape("*bold* _it_ ✅"));
  }

  @Test
  void shortTextIsNotTruncated() {
    assertEquals("hello world", SlackText.truncate("hello world", 11));
    assertEquals("", SlackText.truncate(null, 5));
  }

  @Test
  void truncatesAtTheLastWordBoundary() {
    assertEquals("hello…", SlackText.truncate("hello wonderful world", 10));
    assertEquals("hello world…", SlackText.truncate("hello world and more", 12));
  }

  @Test
  void cutsInsideAWordWhenTheLastSpaceIsTooEarly() {
    assertEquals("abcd…", SlackText.truncate("abcdefghij", 5));
    assertEquals("a bcdefgh…", SlackText.truncate("a bcdefghijkl", 10));
  }

  @Test
  void neverSplitsASurrogatePair() {
    // 😀 is two chars: a cut between them would leave half an emoji.
    assertEquals("aaaa…", SlackText.truncate("aaaa😀bbb", 6));
    assertEquals("aaaa😀…", SlackText.truncate("aaaa😀bbb", 7));
  }

  @Test
  void tinyLimits() {
    assertEquals("…", SlackText.truncate("abc", 1));
    assertEquals("", SlackText.truncate("abc", 0));
  }

  @Test
  void truncatedTextAlwaysFitsAndIsWellFormed() {
    Random random = new Random(42);
    String alphabet = "ab c😀&<> ";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // only whole emoji: the alphabet's surrogates come in pairs only when copied as a pair
      String input = text.toString().replace("\uD83D", "").replace("\uDE00", "😀");
      int max = random.nextInt(20);
      String truncated = SlackText.truncate(input, max);
      String clipped = SlackText.clip(input, max);
      assertTrue(truncated.length() <= max, truncated);
      assertTrue(clipped.length() <= max, clipped);
      assertTrue(wellFormed(truncated), truncated);
      assertTrue(wellFormed(clipped), clipped);
      assertFalse(clipped.contains("<") || clipped.contains(">"), clipped);
    }
  }

  @Test
  void clipEscapesAndCountsTheEntities() {
    assertEquals("AT&amp;T &lt;3", SlackText.clip("AT&T <3", 14));
    // "AT&amp;T &lt;3" is 14 chars: one less and the cut falls after "AT&", whole entity kept.
    assertEquals("AT&amp;T…", SlackText.clip("AT&T <3", 13));
    assertEquals("AT&amp;T", SlackText.clip("AT&T", 8));
    // never half an entity: "AT&am…" would show as typed
    assertEquals("AT…", SlackText.clip("AT&T", 7));
  }

  @Test
  void clipLineMakesOneLine() {
    assertEquals("first second third", SlackText.clipLine("  first\nsecond\r\n\tthird ", 100));
    assertEquals("", SlackText.clipLine(null, 100));
  }

  @Test
  void linesStopAtMaxLinesAndCountTheRest() {
    assertEquals("*Facts*\n• one\n• two\n+1 more",
        SlackText.lines("*Facts*", List.of("one", "two", "three"), s -> "• " + s, 2, 3000));
  }

  @Test
  void linesWithoutAnythingLeftOutSayNoMore() {
    assertEquals("*Facts*\n• one\n• two",
        SlackText.lines("*Facts*", List.of("one", "two"), s -> "• " + s, 10, 3000));
    assertEquals("• one", SlackText.lines(null, List.of("one"), s -> "• " + s, 10, 3000));
  }

  @Test
  void linesStopWhenTheBudgetIsFull() {
    // "*H*\n• one" is 9; "\n• two" would make 15, plus room for " +2 more" (8) is 23 > 20.
    String text = SlackText.lines("*H*", List.of("one", "two", "three"), s -> "• " + s, 10, 20);
    assertEquals("*H*\n• one\n+2 more", text);
  }

  @Test
  void theLastLineNeedsNoRoomForMore() {
    // "*H*\n• one\n• two" is 15; the first line keeps room for " +1 more" (17), the last needs none.
    assertEquals("*H*\n• one\n• two", SlackText.lines("*H*", List.of("one", "two"), s -> "• " + s, 10, 17));
    // one less and not even "*H*\n• one\n+1 more" (17) fits
    assertEquals("*H*\n+2 more", SlackText.lines("*H*", List.of("one", "two"), s -> "• " + s, 10, 16));
  }

  @Test
  void linesRefuseABudgetOverTheSectionLimit() {
    assertThrows(IllegalArgumentException.class,
        () -> SlackText.lines("*H*", List.of("a"), s -> s, 10, 3001));
  }

  @Test
  void manyLinesStayUnderTheBudget() {
    List<String> items = java.util.Collections.nCopies(500, "x".repeat(290));
    String text = SlackText.lines("*Key facts*", items, s -> "• " + s, 500, 3000);
    assertTrue(text.length() <= 3000, () -> "length " + text.length());
    // 11 + 10 × (1 + 292) = 2941, and "\n+490 more" makes 2951; an 11th line would not fit.
    assertEquals(2951, text.length());
    assertTrue(text.endsWith("x\n+490 more"), text.substring(text.length() - 20));
  }

  @Test
  void inlineEscapesJoinsAndCounts() {
    assertEquals("Apollo · R&amp;D · &lt;!here&gt;",
        SlackText.inline(List.of("Apollo", "R&D", "<!here>"), " · ", 3000));
    assertEquals("Apollo · Globex +2 more",
        SlackText.inline(List.of("Apollo", "Globex", "Initech", "Umbrella"), " · ", 24));
  }

  @Test
  void linksOnlyHttpAndNothingCanEscapeTheLink() {
    assertEquals(Optional.of("<https://acme.slack.com/archives/C1/p17?a=1&amp;b=2%7Cx%3Ey%3Cz|Slack>"),
        SlackText.link("https://acme.slack.com/archives/C1/p17?a=1&b=2|x>y<z", "Slack"));
    assertEquals(Optional.of("<HTTP://Example.com|link>"), SlackText.link("HTTP://Example.com", "link"));
    assertEquals(Optional.of("<https://a.b|&lt;!channel&gt;>"), SlackText.link("https://a.b", "<!channel>"));
    assertEquals(Optional.empty(), SlackText.link("javascript:alert(1)", "x"));
    assertEquals(Optional.empty(), SlackText.link("ftp://example.com/file", "x"));
    assertEquals(Optional.empty(), SlackText.link("https://a.b/x y", "x"));
    assertEquals(Optional.empty(), SlackText.link("https://a.b/\nx", "x"));
    assertEquals(Optional.empty(), SlackText.link("Meetings/2026-01-03 - Prep", "x"));
    assertEquals(Optional.empty(), SlackText.link(null, "x"));
    assertEquals(Optional.empty(), SlackText.link("https://a.b/" + "x".repeat(1000), "x"));
  }

  @Test
  void mentionsOnlyRealUserIds() {
    assertEquals(Optional.of("<@U0123ABCD>"), SlackText.mention("U0123ABCD"));
    assertEquals(Optional.of("<@W42>"), SlackText.mention("W42"));
    assertEquals(Optional.empty(), SlackText.mention("u0123abcd"));
    assertEquals(Optional.empty(), SlackText.mention("C0123ABCD"));
    assertEquals(Optional.empty(), SlackText.mention("U123><!channel"));
    assertEquals(Optional.empty(), SlackText.mention("U"));
    assertEquals(Optional.empty(), SlackText.mention(""));
    assertEquals(Optional.empty(), SlackText.mention(null));
    assertEquals(Optional.empty(), SlackText.mention("U" + "1".repeat(40)));
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void oneLineMakesEveryRunOfSpacesAndBreaksOneSpaceAsThePatternDid() {
    Pattern run = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    String alphabet = "ab \t\n\r\f\u000B\u0085\u2028\u2029\u00A0é";
    Random random = new Random(3);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(run.matcher(text).replaceAll(" "), SlackText.oneLine(text.toString()), text.toString());
    }
    String clean = "nothing to change here";
    assertSame(clean, SlackText.oneLine(clean));
  }
}
