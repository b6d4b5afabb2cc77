package kith.contact;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * When one typed token may stand for one name token, and at what cost. In every rule a single letter is an
 * initial: "K" stands for any token starting with k.
 */
enum TokenRule {

  /** The typed token is the name token. */
  EQUAL {
    @Override
    int wordCost(String typed, String token) {
      return typed.equals(token) ? 0 : NO_MATCH;
    }
  },

  /** The typed token begins the name token: the person has not finished typing. */
  PREFIX {
    @Override
    int wordCost(String typed, String token) {
      return token.startsWith(typed) ? 0 : NO_MATCH;
    }
  },

  /**
   * The typed token is a few edits away from the name token; the cost is the edit distance. Two-letter tokens
   * must be exact, since one edit turns them into almost anything.
   */
  TYPO {
    @Override
    int wordCost(String typed, String token) {
      int limit = typoLimit(typed);
      if (limit == 0 || Math.abs(typed.length() - token.length()) > limit) {
        return typed.equals(token) ? 0 : NO_MATCH;
      }
      int distance = (limit == 1 ? WITHIN_ONE : WITHIN_TWO).apply(typed, token);
      return distance < 0 ? NO_MATCH : distance;
    }
  };

  static final int NO_MATCH = -1;

  // Bounded instances give up as soon as the distance exceeds the limit, which keeps the dictionary scan cheap.
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

  /** The cost of reading {@code typed} as {@code token}, or {@link #NO_MATCH}. */
  final int cost(String typed, String token) {
    if (isInitial(typed)) {
      return token.startsWith(typed) ? 0 : NO_MATCH;
    }
    return wordCost(typed, token);
  }

  abstract int wordCost(String typed, String token);

  static boolean isInitial(String typed) {
    return typed.length() == 1;
  }

  /** How many edits a typed token of this length may carry: longer words tolerate more slips. */
  static int typoLimit(String typed) {
    if (typed.length() >= 6) {
      return 2;
    }
    return typed.length() >= 3 ? 1 : 0;
  }
}
