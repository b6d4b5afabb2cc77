package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/**
 * A typo's cost is the edit distance within the limit for the typed token's length, whatever shortcuts decide
 * most pairs before the distance is computed.
 */
class TokenRuleTest {
  /**
   * Few letters, so that tokens often share most of them; 'a' and '¡' share a bit of the letter mask (97 and 161
   * are both 33 modulo 64).
   */
  private static final String LETTERS = "aeinorstø¡";
  private static final LevenshteinDistance UNBOUNDED = LevenshteinDistance.getDefaultInstance();

  @Test
  void aTypoCostsTheEditDistanceWithinTheLimit() {
    Random random = new Random(11);
    int withinLimit = 0;
    for (int pair = 0; pair < 200_000; pair++) {
      String typed = word(random, 2 + random.nextInt(7));
      String token = random.nextInt(4) == 0 ? edited(random, typed) : word(random, 2 + random.nextInt(7));
      int limit = TokenRule.typoLimit(typed);
      int distance = UNBOUNDED.apply(typed, token);
      int expected = distance <= limit ? distance : TokenRule.NO_MATCH;
      withinLimit += expected == TokenRule.NO_MATCH ? 0 : 1;
      assertEquals(expected, TokenRule.TYPO.wordCost(typed, token), typed + " / " + token);
    }
    // The pairs must include many within the limit, or the test would pass with a rule that matched nothing.
    assertTrue(withinLimit > 20_000, "pairs within the limit: " + withinLimit);
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  /** One or two random edits: a substitution, an insertion or a deletion each. */
  private static String edited(Random random, String text) {
    StringBuilder edited = new StringBuilder(text);
    for (int edit = 0; edit <= random.nextInt(2); edit++) {
      int at = random.nextInt(edited.length() + 1);
      char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
      switch (random.nextInt(3)) {
        case 0 -> edited.insert(at, letter);
        case 1 -> {
          if (at < edited.length()) {
            edited.deleteCharAt(at);
          }
        }
        default -> {
          if (at < edited.length()) {
            edited.setCharAt(at, letter);
          }
        }
      }
    }
    return edited.toString();
  }
}
