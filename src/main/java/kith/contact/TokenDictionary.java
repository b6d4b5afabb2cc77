package kith.contact;

import java.util.ArrayList;
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

  /** The spelling lists of every token that {@code typed} may stand for under {@code rule}. */
  List<int[]> spellingsMatching(String typed, TokenRule rule) {
    return switch (rule) {
      case EQUAL -> equalTo(typed);
      case PREFIX -> startingWith(typed);
      case TYPO -> TokenRule.typoLimit(typed) == 0 ? equalTo(typed) : closeTo(typed);
    };
  }

  private List<int[]> equalTo(String typed) {
    int position = Arrays.binarySearch(tokens, typed);
    return position < 0 ? List.of() : List.of(spellingsByToken[position]);
  }

  private List<int[]> startingWith(String prefix) {
    int found = Arrays.binarySearch(tokens, prefix);
    List<int[]> matches = new ArrayList<>();
    for (int position = found >= 0 ? found : -found - 1;
        position < tokens.length && tokens[position].startsWith(prefix);
        position++) {
      matches.add(spellingsByToken[position]);
    }
    return matches;
  }

  private List<int[]> closeTo(String typed) {
    int limit = TokenRule.typoLimit(typed);
    long typedMask = TokenRule.letterMask(typed);
    List<int[]> matches = new ArrayList<>();
    int longest = Math.min(typed.length() + limit, positionsByLength.length - 1);
    for (int length = Math.max(1, typed.length() - limit); length <= longest; length++) {
      for (int position : positionsByLength[length]) {
        if (TokenRule.mayBeWithin(typedMask, letterMasks[position], limit)
            && TokenRule.TYPO.wordCost(typed, tokens[position]) != TokenRule.NO_MATCH) {
          matches.add(spellingsByToken[position]);
        }
      }
    }
    return matches;
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
