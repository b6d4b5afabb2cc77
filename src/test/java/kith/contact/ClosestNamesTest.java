package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * The suggestions for a name that matched no one are those that scoring every spelling gives: the bounds that
 * spare most of the scoring never leave out a name that belongs in the list, ties included.
 */
class ClosestNamesTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  @Test
  void suggestsWhatScoringEverySpellingSuggests() {
    Random random = new Random(7);
    // Few distinct words, skewed, so that many names share a first name or a surname and scores tie often.
    String[] first = words(random, 120, 3, 6);
    String[] last = words(random, 400, 4, 8);
    List<Spelling> spellings = new ArrayList<>();
    int entries = 5_000;
    for (int entry = 0; entry < entries; entry++) {
      String given = first[(int) Math.min(first.length - 1, Math.abs(random.nextGaussian()) * 30)];
      spellings.add(spelling(entry, List.of(given, last[random.nextInt(last.length)])));
      if (random.nextInt(5) == 0) {
        spellings.add(spelling(entry, List.of(word(random, 5))));
      }
      if (entry % 500 == 0) {
        // Spellings too long for the character counts, and others with characters outside a-z, 0-9 and space.
        spellings.add(spelling(entry, List.of(word(random, 60), word(random, 70))));
        spellings.add(spelling(entry, List.of(given + "-é", "o'" + last[random.nextInt(last.length)])));
      }
    }
    int[] rank = shuffledRank(random, entries);
    ClosestNames closest = new ClosestNames(spellings);

    int suggested = 0;
    for (int q = 0; q < 400; q++) {
      String query = q % 4 == 0 ? word(random, 3 + random.nextInt(10))
          : q % 50 == 1 ? word(random, 130 + random.nextInt(40))
          : misspelt(random, spellings.get(random.nextInt(spellings.size())).text());
      List<Integer> expected = scoringEverySpelling(spellings, query, rank);
      assertEquals(expected, closest.to(query, rank), query);
      suggested += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(suggested > 200, "most queries have suggestions, so the comparison says something");
  }

  private static List<Integer> scoringEverySpelling(List<Spelling> spellings, String query, int[] rank) {
    Map<Integer, Double> best = new HashMap<>();
    for (Spelling spelling : spellings) {
      best.merge(spelling.entry(), SIMILARITY.apply(query, spelling.text()), Math::max);
    }
    return best.entrySet().stream()
        .filter(entry -> entry.getValue() > ClosestNames.THRESHOLD)
        .sorted(Comparator.<Map.Entry<Integer, Double>>comparingDouble(Map.Entry::getValue).reversed()
            .thenComparingInt(entry -> rank[entry.getKey()]))
        .limit(ClosestNames.LIMIT)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static int[] shuffledRank(Random random, int entries) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int[] rank = new int[entries];
    for (int place = 0; place < entries; place++) {
      rank[order.get(place)] = place;
    }
    return rank;
  }

  private static String[] words(Random random, int count, int shortest, int longest) {
    String[] words = new String[count];
    for (int i = 0; i < count; i++) {
      words[i] = word(random, shortest + random.nextInt(longest - shortest + 1));
    }
    return words;
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  @Test
  void packedHeadsGiveTheSharedPrefixComparingCharactersGives() {
    Random random = new Random(7);
    String alphabet = "ab\u0000\uffffé";
    for (int i = 0; i < 20_000; i++) {
      String a = randomText(random, alphabet);
      String b = random.nextInt(4) == 0 ? a : randomText(random, alphabet);
      int expected = 0;
      while (expected < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(expected) == b.charAt(expected)) {
        expected++;
      }
      assertEquals(expected, ClosestNames.sharedPrefix(ClosestNames.head(a), a.length(), ClosestNames.head(b),
          b.length()), a + " / " + b);
    }
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(7);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static Spelling spelling(int entry, List<String> tokens) {
    return new Spelling(entry, String.join(" ", tokens), tokens);
  }

  /** One to four letters dropped, added or replaced. */
  private static String misspelt(Random random, String text) {
    StringBuilder typo = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && typo.length() > 2; i++) {
      int at = random.nextInt(typo.length());
      switch (random.nextInt(3)) {
        case 0 -> typo.deleteCharAt(at);
        case 1 -> typo.insert(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
        default -> typo.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return typo.toString();
  }
}
