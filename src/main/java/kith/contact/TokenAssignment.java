package kith.contact;

/**
 * Pairs each typed token with a different token of one spelling, at the lowest total cost. "Jeff Jeff" must not
 * match "Jeff Bezos" twice over, and "K Kushal" must not spend "kushal" on the initial when "k" is needed
 * elsewhere, hence a search rather than a greedy pass. Names have a handful of tokens, so the search is small.
 */
final class TokenAssignment {

  private TokenAssignment() {}

  /**
   * The lowest total cost over all pairings of the typed tokens ({@code fits}, one for each) with the spelling's
   * tokens, {@code tokens[from]} to {@code tokens[to - 1]} as dictionary positions; {@link TokenRule#NO_MATCH} when
   * there is none.
   */
  static int lowestCost(TokenFits[] fits, int[] tokens, int from, int to) {
    int width = to - from;
    if (fits.length > width) {
      return TokenRule.NO_MATCH;
    }
    if (fits.length == 1) {
      return cheapest(fits[0], tokens, from, to);
    }
    // One row per typed token, in one array: a misspelt name checks ~160 spellings, each allocating its table.
    int[] costs = new int[fits.length * width];
    for (int t = 0; t < fits.length; t++) {
      boolean any = false;
      for (int n = 0; n < width; n++) {
        costs[t * width + n] = fits[t].cost(tokens[from + n]);
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
  private static int cheapest(TokenFits fits, int[] tokens, int from, int to) {
    int cheapest = TokenRule.NO_MATCH;
    for (int n = from; n < to; n++) {
      int each = fits.cost(tokens[n]);
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
