package kith.contact;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct token of every spelling, with the spellings that contain it. Sorted, so that a prefix is a
 * binary search; grouped by length, so that the typo scan only looks at tokens that could be close enough.
 */
final class TokenDictionary {

  private final String[] tokens;
  private final int[][] spellingsByToken;
  private final int[][] positionsByLength;
  private final long[] letterMasks;

  private TokenDictionary(String[] tokens, int[][] spellingsByToken) {
    this.tokens = tokens;
    this.spellingsByToken = spellingsByToken;
    this.letterMasks = new long[tokens.length];
    int longest = 0;
    for (int position = 0; position < tokens.length; position++) {
      letterMasks[position] = TokenRule.letterMask(tokens[position]);
      longest = Math.max(longest, tokens[position].length());
    }
    int[] counts = new int[longest + 1];
    for (String token : tokens) {
      counts[token.length()]++;
    }
    this.positionsByLength = new int[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      positionsByLength[length] = new int[counts[length]];
      counts[length] = 0;
    }
    for (int position = 0; position < tokens.length; position++) {
      int length = tokens[position].length();
      positionsByLength[length][counts[length]++] = position;
    }
  }

  static TokenDictionary of(List<Spelling> spellings) {
    Map<String, IntList> postings = new HashMap<>();
    for (int id = 0; id < spellings.size(); id++) {
      for (String token : spellings.get(id).tokens()) {
        postings.computeIfAbsent(token, key -> new IntList()).addOnce(id);
      }
    }
    String[] tokens = postings.keySet().toArray(String[]::new);
    Arrays.sort(tokens);
    int[][] spellingsByToken = new int[tokens.length][];
    for (int position = 0; position < tokens.length; position++) {
      spellingsByToken[position] = postings.get(tokens[position]).toArray();
    }
    return new TokenDictionary(tokens, spellingsByToken);
  }

  /** Where {@code token} stands in the sorted dictionary; negative when it is not there. */
  int positionOf(String token) {
    return Arrays.binarySearch(tokens, token);
  }

  /** The spellings holding the token at {@code position}, each once, in id order. */
  int[] spellingsAt(int position) {
    return spellingsByToken[position];
  }

  /** How many spellings hold one of the tokens that fit: the work a search anchored on them does. */
  long spellingCount(TokenFits fits) {
    long count = 0;
    for (int i = 0; i < fits.size(); i++) {
      count += spellingsByToken[fits.position(i)].length;
    }
    return count;
  }

  /**
   * The tokens {@code typed} may stand for under {@code rule}; a single letter is an initial under every rule, as
   * in {@link TokenRule#cost}.
   */
  TokenFits fits(String typed, TokenRule rule) {
    if (TokenRule.isInitial(typed)) {
      return startingWith(typed);
    }
    return switch (rule) {
      case EQUAL -> equalTo(typed);
      case PREFIX -> startingWith(typed);
      case TYPO -> TokenRule.typoLimit(typed) == 0 ? equalTo(typed) : closeTo(typed);
    };
  }

  private TokenFits equalTo(String typed) {
    int position = positionOf(typed);
    return position < 0 ? TokenFits.NONE : TokenFits.run(position, position + 1);
  }

  /** Sorted, the tokens starting with {@code prefix} are one run. */
  private TokenFits startingWith(String prefix) {
    int found = positionOf(prefix);
    int from = found >= 0 ? found : -found - 1;
    int to = from;
    while (to < tokens.length && tokens[to].startsWith(prefix)) {
      to++;
    }
    return TokenFits.run(from, to);
  }

  private TokenFits closeTo(String typed) {
    int limit = TokenRule.typoLimit(typed);
    long typedMask = TokenRule.letterMask(typed);
    int[] found = new int[16];
    int size = 0;
    int longest = Math.min(typed.length() + limit, positionsByLength.length - 1);
    for (int length = Math.max(1, typed.length() - limit); length <= longest; length++) {
      for (int position : positionsByLength[length]) {
        if (!TokenRule.mayBeWithin(typedMask, letterMasks[position], limit)) {
          continue;
        }
        int cost = TokenRule.TYPO.wordCost(typed, tokens[position]);
        if (cost != TokenRule.NO_MATCH) {
          if (size == found.length) {
            found = Arrays.copyOf(found, size * 2);
          }
          found[size++] = position * TokenFits.COST_RANGE + cost;
        }
      }
    }
    return TokenFits.scattered(found, size);
  }

  /** A growable list of spelling ids, to spare boxing one Integer per token occurrence at build time. */
  private static final class IntList {
    private int[] values = new int[2];
    private int size;

    /** Spellings are added in id order, so a repeated token ("Jan Jan") repeats only the last id. */
    void addOnce(int value) {
      if (size > 0 && values[size - 1] == value) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
