package kith.contact;

import java.util.List;

/**
 * Pairs each typed token with a different token of one spelling, at the lowest total cost. "Jeff Jeff" must not
 * match "Jeff Bezos" twice over, and "K Kushal" must not spend "kushal" on the initial when "k" is needed
 * elsewhere, hence a search rather than a greedy pass. Names have a handful of tokens, so the search is small.
 */
final class TokenAssignment {

  private TokenAssignment() {}

  /** The lowest total cost over all pairings, or {@link TokenRule#NO_MATCH} when there is none. */
  static int lowestCost(List<String> typed, List<String> tokens, TokenRule rule) {
    if (typed.size() > tokens.size()) {
      return TokenRule.NO_MATCH;
    }
    if (typed.size() == 1) {
      return cheapest(typed.get(0), tokens, rule);
    }
    // One row per typed token, in one array: a misspelt name checks ~160 spellings, each allocating its table.
    int width = tokens.size();
    int[] costs = new int[typed.size() * width];
    for (int t = 0; t < typed.size(); t++) {
      boolean any = false;
      for (int n = 0; n < width; n++) {
        costs[t * width + n] = rule.cost(typed.get(t), tokens.get(n));
        any |= costs[t * width + n] != TokenRule.NO_MATCH;
      }
      if (!any) {
        return TokenRule.NO_MATCH;
      }
    }
    int best = search(costs, width, 0, new boolean[width], 0, Integer.MAX_VALUE);
    return best == Integer.MAX_VALUE ? TokenRule.NO_MATCH : best;
  }

  /**
   * One typed token has nothing to be paired against: its cheapest name token. A first name alone is a quarter of
   * what people type, and checks every spelling with that first name: no arrays and no search for each of them.
   */
  private static int cheapest(String typed, List<String> tokens, TokenRule rule) {
    int cheapest = TokenRule.NO_MATCH;
    for (int n = 0; n < tokens.size(); n++) { // by index: no iterator for each of the ~140 spellings checked
      int each = rule.cost(typed, tokens.get(n));
      if (each != TokenRule.NO_MATCH && (cheapest == TokenRule.NO_MATCH || each < cheapest)) {
        cheapest = each;
      }
    }
    return cheapest;
  }

  /** {@code costs} holds a row of {@code width} name tokens for each typed token. */
  private static int search(int[] costs, int width, int typedIndex, boolean[] used, int costSoFar, int best) {
    if (typedIndex * width == costs.length) {
      return Math.min(best, costSoFar);
    }
    for (int n = 0; n < width; n++) {
      int cost = costs[typedIndex * width + n];
      if (used[n] || cost == TokenRule.NO_MATCH || costSoFar + cost >= best) {
        continue;
      }
      used[n] = true;
      best = search(costs, width, typedIndex + 1, used, costSoFar + cost, best);
      used[n] = false;
    }
    return best;
  }
}
