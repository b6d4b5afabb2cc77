package kith.contact;

import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
   * the lowest total cost: "Jonsen" is Jonson (one edit), not also Johnson (two).
   */
  List<Integer> cheapestMatches(List<List<String>> readings, TokenRule rule) {
    Map<Integer, Integer> costByEntry = new HashMap<>();
    for (List<String> typed : readings) {
      addMatches(typed, rule, costByEntry);
    }
    if (costByEntry.isEmpty()) {
      return List.of();
    }
    int lowest = Collections.min(costByEntry.values());
    return costByEntry.entrySet().stream()
        .filter(entry -> entry.getValue() == lowest)
        .map(Map.Entry::getKey)
        .toList();
  }

  private void addMatches(List<String> typed, TokenRule rule, Map<Integer, Integer> costByEntry) {
    List<int[]> anchor = null;
    long anchorSize = Long.MAX_VALUE;
    for (String token : anchorCandidates(typed, rule)) {
      List<int[]> hits = dictionary.spellingsMatching(token, rule);
      long size = hits.stream().mapToLong(ids -> ids.length).sum();
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
    BitSet checked = new BitSet(spellings.size());
    for (int[] ids : anchor) {
      for (int id : ids) {
        if (!checked.get(id)) {
          checked.set(id);
          addIfMatching(typed, rule, spellings.get(id), costByEntry);
        }
      }
    }
  }

  private static void addIfMatching(
      List<String> typed, TokenRule rule, Spelling spelling, Map<Integer, Integer> costByEntry) {
    int cost = TokenAssignment.lowestCost(typed, spelling.tokens(), rule);
    if (cost != TokenRule.NO_MATCH) {
      costByEntry.merge(spelling.entry(), cost, Math::min);
    }
  }

  /**
   * The typed tokens worth looking up as anchors. Initials are never: they fit too many tokens. Lookups and
   * prefix ranges are cheap, so every other token is tried and the one with the fewest hits wins; a typo
   * lookup scans the dictionary, so it is done once, for the longest token, unless a short token can be looked
   * up exactly instead.
   */
  private static List<String> anchorCandidates(List<String> typed, TokenRule rule) {
    List<String> words = typed.stream().filter(token -> !TokenRule.isInitial(token)).toList();
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
