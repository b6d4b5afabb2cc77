package kith.contact;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the entries whose name (or one alias) has a distinct token for every typed token under one
 * {@link TokenRule}. What each typed token may stand for is looked up in the dictionary once ({@link TokenFits});
 * candidates are the spellings holding a token that fits one typed token, the anchor (the one whose fits the
 * fewest spellings hold), and each candidate is then checked against all typed tokens by dictionary position.
 */
final class TokenSearch {

  private final TokenDictionary dictionary;
  /** The entry of each spelling. */
  private final int[] entries;
  /**
   * Every spelling's tokens as dictionary positions, one after another: spelling {@code s} has those from
   * {@code tokenStarts[s]} to {@code tokenStarts[s + 1]}. One array, where a list of strings for each spelling
   * sent a candidate's check to objects all over the heap.
   */
  private final int[] tokenStarts;
  private final int[] tokenPositions;

  TokenSearch(List<Spelling> spellings) {
    this.dictionary = TokenDictionary.of(spellings);
    this.entries = new int[spellings.size()];
    this.tokenStarts = new int[spellings.size() + 1];
    int total = 0;
    for (Spelling spelling : spellings) {
      total += spelling.tokens().size();
    }
    this.tokenPositions = new int[total];
    int next = 0;
    for (int id = 0; id < spellings.size(); id++) {
      entries[id] = spellings.get(id).entry();
      tokenStarts[id] = next;
      for (String token : spellings.get(id).tokens()) {
        tokenPositions[next++] = dictionary.positionOf(token);
      }
    }
    tokenStarts[spellings.size()] = next;
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
    TokenFits[] fits = new TokenFits[typed.size()];
    TokenFits anchor = null;
    long anchorSize = Long.MAX_VALUE;
    for (int t = 0; t < typed.size(); t++) {
      fits[t] = dictionary.fits(typed.get(t), rule);
      if (fits[t].isEmpty()) {
        return; // a typed token that fits no token at all: no spelling can match
      }
      if (TokenRule.isInitial(typed.get(t))) {
        continue; // initials alone ("K D") would fit half the address book; they only narrow down a name
      }
      long size = dictionary.spellingCount(fits[t]);
      if (size < anchorSize) {
        anchor = fits[t];
        anchorSize = size;
      }
    }
    if (anchor == null) {
      return;
    }
    matches.makeRoom((int) anchorSize);
    // A spelling holding two of the anchor's tokens (a prefix or a typo that fits two of its tokens) is checked
    // twice and its entry comes twice, which the caller sorts out; rarer and cheaper than a bit set as large as the
    // index (5 KB for 40,000 spellings) for every query to prevent it.
    for (int i = 0; i < anchor.size(); i++) {
      for (int spelling : dictionary.spellingsAt(anchor.position(i))) {
        int cost = TokenAssignment.lowestCost(fits, tokenPositions, tokenStarts[spelling], tokenStarts[spelling + 1]);
        if (cost != TokenRule.NO_MATCH) {
          matches.add(entries[spelling], cost);
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
}
