package kith.contact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the entries whose name (or one alias) has a distinct token for every typed token under one
 * {@link TokenRule}. Candidates come from the dictionary hits of one typed token, the anchor; each candidate
 * spelling is then checked against all typed tokens.
 */
final class TokenSearch {

  private final List<Spelling> spellings;
  private final TokenDictionary dictionary;

  TokenSearch(List<Spelling> spellings) {
    this.spellings = spellings;
    this.dictionary = TokenDictionary.of(spellings);
  }

  /**
   * The positions of the entries that match any reading of the query under {@code rule}, keeping only those at
   * the lowest total cost: "Jonsen" is Jonson (one edit), not also Johnson (two). In no particular order, and a
   * position may come more than once.
   */
  int[] cheapestMatches(List<List<String>> readings, TokenRule rule) {
    Matches matches = new Matches();
    for (List<String> typed : readings) {
      addMatches(typed, rule, matches);
    }
    return matches.cheapest();
  }

  private void addMatches(List<String> typed, TokenRule rule, Matches matches) {
    List<int[]> anchor = null;
    long anchorSize = Long.MAX_VALUE;
    for (String token : anchorCandidates(typed, rule)) {
      List<int[]> hits = dictionary.spellingsMatching(token, rule);
      long size = 0;
      for (int[] ids : hits) {
        size += ids.length;
      }
      if (size == 0) {
        return;
      }
      if (size < anchorSize) {
        anchor = hits;
        anchorSize = size;
      }
    }
    if (anchor == null) {
      // Initials alone ("K D") would fit half the address book; they only narrow down a name given in full.
      return;
    }
    matches.makeRoom((int) anchorSize);
    // A spelling in two of the anchor's lists (a prefix or a typo that fits two of its tokens) is checked twice and
    // its entry comes twice, which the caller sorts out; rarer and cheaper than a bit set as large as the index
    // (5 KB for 40,000 spellings) for every query to prevent it.
    for (int[] ids : anchor) {
      for (int id : ids) {
        int cost = TokenAssignment.lowestCost(typed, spellings.get(id).tokens(), rule);
        if (cost != TokenRule.NO_MATCH) {
          matches.add(spellings.get(id).entry(), cost);
        }
      }
    }
  }

  /** Entry positions with the cost of a spelling of theirs that matched, unboxed; an entry may come more than once. */
  private static final class Matches {
    private int[] entries = {};
    private int[] costs = {};
    private int size;

    /** Room for {@code more} entries: one reading's anchor tells how many at most. */
    void makeRoom(int more) {
      if (size + more > entries.length) {
        entries = Arrays.copyOf(entries, size + more);
        costs = Arrays.copyOf(costs, size + more);
      }
    }

    /** Adds an entry; {@link #makeRoom} has made room for it. */
    void add(int entry, int cost) {
      entries[size] = entry;
      costs[size] = cost;
      size++;
    }

    /** The entries with a spelling at the lowest cost of all; an entry may come more than once. */
    int[] cheapest() {
      int lowest = Integer.MAX_VALUE;
      for (int i = 0; i < size; i++) {
        lowest = Math.min(lowest, costs[i]);
      }
      int[] cheapest = new int[size];
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (costs[i] == lowest) {
          cheapest[kept++] = entries[i];
        }
      }
      return Arrays.copyOf(cheapest, kept);
    }
  }

  /**
   * The typed tokens worth looking up as anchors. Initials are never: they fit too many tokens. Lookups and
   * prefix ranges are cheap, so every other token is tried and the one with the fewest hits wins; a typo
   * lookup scans the dictionary, so it is done once, for the longest token, unless a short token can be looked
   * up exactly instead.
   */
  private static List<String> anchorCandidates(List<String> typed, TokenRule rule) {
    List<String> words = new ArrayList<>(typed.size());
    for (String token : typed) {
      if (!TokenRule.isInitial(token)) {
        words.add(token);
      }
    }
    if (rule != TokenRule.TYPO || words.isEmpty()) {
      return words;
    }
    List<String> exact = words.stream().filter(word -> TokenRule.typoLimit(word) == 0).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return List.of(Collections.max(words, Comparator.comparingInt(String::length)));
  }
}
