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
      if (typed.equals(token)) {
        return 0;
      }
      int limit = typoLimit(typed);
      if (limit == 0 || Math.abs(typed.length() - token.length()) > limit) {
        return NO_MATCH;
      }
      // Most pairs a misspelt name weighs differ in more letters than the limit: two bit counts settle them, where
      // Levenshtein allocates two rows of its table for each pair.
      if (!mayBeWithin(letterMask(typed), letterMask(token), limit)) {
        return NO_MATCH;
      }
      int distance = (limit == 1 ? WITHIN_ONE : WITHIN_TWO).apply(typed, token);
      return distance < 0 ? NO_MATCH : distance;
    }
  };

  static final int NO_MATCH = -1;

  // Bounded instances give up as soon as the distance exceeds the limit, which keeps the dictionary scan cheap.
  private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

  /**
   * The cost of reading {@code typed} as {@code token}, or {@link #NO_MATCH}: the definition. A lookup asks the
   * dictionary instead ({@code TokenDictionary.fits}), which finds the same tokens at the same costs without
   * comparing every one; {@code TokenSearchTest} holds the two equal.
   */
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

  /**
   * False when the edit distance of two tokens with these {@link #letterMask}s must exceed {@code limit}: every
   * letter one token has and the other lacks entirely costs at least one edit, and one edit (a substitution) mends
   * at most one such letter on each side.
   */
  static boolean mayBeWithin(long typedMask, long tokenMask, int limit) {
    return Long.bitCount(typedMask & ~tokenMask) <= limit && Long.bitCount(tokenMask & ~typedMask) <= limit;
  }

  /** One bit per character, modulo 64: characters sharing a bit only weaken the bound, never break it. */
  static long letterMask(String token) {
    long mask = 0;
    for (int i = 0; i < token.length(); i++) {
      mask |= 1L << (token.charAt(i) % 64);
    }
    return mask;
  }

  /** How many edits a typed token of this length may carry: longer words tolerate more slips. */
  static int typoLimit(String typed) {
    if (typed.length() >= 6) {
      return 2;
    }
    return typed.length() >= 3 ? 1 : 0;
  }
}
