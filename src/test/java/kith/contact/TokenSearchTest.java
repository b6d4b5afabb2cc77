package kith.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenSearch} against the plainest reading of what it must find: every spelling, each typed token paired
 * with a different token of it in every possible way, each pair costed by {@link TokenRule#cost}; the entries at the
 * lowest total cost win, and typed initials alone find no one.
 */
class TokenSearchTest {
  /** Few enough to collide: shared first names, prefixes of one another, a letter apart, repeated in one name. */
  private static final String[] WORDS = {"ana", "anna", "annabel", "jan", "jana", "janne", "kushal", "kushla",
      "datta", "dutta", "data", "smith", "smyth", "smithson", "li", "lee", "o", "de", "la", "maria", "marie",
      "mario", "garcia", "gracia", "garcias", "van", "berg", "bergen", "kowalski", "kowalsky"};

  @Test
  void findsWhatTryingEveryPairingFindsForRandomNamesAndQueries() {
    SplittableRandom random = new SplittableRandom(2026);
    int queries = 0;
    int found = 0;
    for (int round = 0; round < 40; round++) {
      int thisRound = round;
      List<Spelling> spellings = randomSpellings(random, 1 + random.nextInt(120));
      TokenSearch search = new TokenSearch(spellings);
      for (int q = 0; q < 60; q++) {
        // Sometimes two readings of one query, as NameIndex passes when punctuation can be read two ways.
        List<List<String>> typed = random.nextInt(4) == 0
            ? List.of(randomQuery(random), randomQuery(random)) : List.of(randomQuery(random));
        for (TokenRule rule : TokenRule.values()) {
          int[] expected = everyPairing(spellings, typed, rule);
          int[] actual = IntStream.of(search.cheapestMatches(typed, rule)).distinct().sorted().toArray();
          assertArrayEquals(expected, actual, () -> rule + " " + typed + " in round " + thisRound + ": " + spellings);
          queries++;
          found += expected.length > 0 ? 1 : 0;
        }
      }
    }
    // The comparison means something only if many queries find someone and many find no one.
    assertTrue(found > queries / 5 && found < queries * 4 / 5, found + " of " + queries + " found someone");
  }

  private static List<Spelling> randomSpellings(SplittableRandom random, int entries) {
    List<Spelling> spellings = new ArrayList<>();
    for (int entry = 0; entry < entries; entry++) {
      int count = 1 + random.nextInt(2);
      for (int s = 0; s < count; s++) {
        List<String> tokens = new ArrayList<>();
        int length = 1 + random.nextInt(3);
        for (int t = 0; t < length; t++) {
          tokens.add(WORDS[random.nextInt(WORDS.length)]);
        }
        spellings.add(new Spelling(entry, String.join(" ", tokens), List.copyOf(tokens)));
      }
    }
    return spellings;
  }

  /** Whole words, prefixes, initials and words with a slip, one to three of them. */
  private static List<String> randomQuery(SplittableRandom random) {
    List<String> typed = new ArrayList<>();
    int length = 1 + random.nextInt(3);
    for (int t = 0; t < length; t++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      typed.add(switch (random.nextInt(5)) {
        case 0 -> word.substring(0, 1);
        case 1 -> word.substring(0, 1 + random.nextInt(word.length()));
        case 2 -> slip(word, random);
        default -> word;
      });
    }
    return List.copyOf(typed);
  }

  private static String slip(String word, SplittableRandom random) {
    StringBuilder slipped = new StringBuilder(word);
    int at = random.nextInt(word.length());
    switch (random.nextInt(3)) {
      case 0 -> slipped.deleteCharAt(at);
      case 1 -> slipped.setCharAt(at, (char) ('a' + random.nextInt(26)));
      default -> slipped.insert(at, (char) ('a' + random.nextInt(26)));
    }
    return slipped.isEmpty() ? word : slipped.toString();
  }

  /** The entries at the lowest cost over every reading; a reading of initials alone finds no one. */
  private static int[] everyPairing(List<Spelling> spellings, List<List<String>> readings, TokenRule rule) {
    int lowest = Integer.MAX_VALUE;
    List<int[]> costed = new ArrayList<>();
    for (List<String> typed : readings) {
      if (typed.stream().allMatch(TokenRule::isInitial)) {
        continue;
      }
      for (Spelling spelling : spellings) {
        int cost = cheapestPairing(typed, 0, spelling.tokens(), new boolean[spelling.tokens().size()], rule);
        if (cost != Integer.MAX_VALUE) {
          costed.add(new int[] {spelling.entry(), cost});
          lowest = Math.min(lowest, cost);
        }
      }
    }
    int cheapest = lowest;
    return costed.stream().filter(pair -> pair[1] == cheapest).mapToInt(pair -> pair[0]).distinct().sorted()
        .toArray();
  }

  private static int cheapestPairing(List<String> typed, int next, List<String> tokens, boolean[] used,
      TokenRule rule) {
    if (next == typed.size()) {
      return 0;
    }
    int best = Integer.MAX_VALUE;
    for (int n = 0; n < tokens.size(); n++) {
      int cost = used[n] ? TokenRule.NO_MATCH : rule.cost(typed.get(next), tokens.get(n));
      if (cost == TokenRule.NO_MATCH) {
        continue;
      }
      used[n] = true;
      int rest = cheapestPairing(typed, next + 1, tokens, used, rule);
      used[n] = false;
      if (rest != Integer.MAX_VALUE) {
        best = Math.min(best, cost + rest);
      }
    }
    return best;
  }

  @Test
  void anEmptyAddressBookMatchesNoOne() {
    TokenSearch search = new TokenSearch(List.of());
    for (TokenRule rule : TokenRule.values()) {
      assertArrayEquals(new int[0], search.cheapestMatches(List.of(List.of("kushal", "d")), rule));
    }
  }

  private static List<List<String>> oneReading(String... typed) {
    return List.of(List.of(typed));
  }

  @Test
  void theOracleItselfTellsTheRulesApart() {
    List<Spelling> spellings = List.of(new Spelling(0, "kushal datta", List.of("kushal", "datta")),
        new Spelling(1, "kushal dutta", List.of("kushal", "dutta")));
    assertArrayEquals(new int[] {0}, everyPairing(spellings, oneReading("datta"), TokenRule.EQUAL));
    assertArrayEquals(new int[] {0}, everyPairing(spellings, oneReading("k", "datta"), TokenRule.EQUAL));
    assertArrayEquals(new int[0], everyPairing(spellings, oneReading("k", "d"), TokenRule.EQUAL));
    assertArrayEquals(new int[] {0}, everyPairing(spellings, oneReading("kushal", "datt"), TokenRule.PREFIX));
    assertArrayEquals(new int[] {0, 1}, everyPairing(spellings, oneReading("dotta"), TokenRule.TYPO));
    assertArrayEquals(new int[0], everyPairing(spellings, oneReading("k"), TokenRule.TYPO));
    assertArrayEquals(new int[0], everyPairing(spellings, oneReading("datta", "datta"), TokenRule.EQUAL));
  }
}
