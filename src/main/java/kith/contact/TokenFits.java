package kith.contact;

import java.util.Arrays;

/**
 * The dictionary tokens one typed token may stand for under one {@link TokenRule}, each with its cost, worked out
 * once per query: checking a candidate spelling is then a lookup for each of its tokens, where it was a string
 * comparison or an edit distance for each, repeated over the hundreds of spellings a common name brings. The
 * tokens are a run of the sorted dictionary at cost 0 (the token itself, a prefix, an initial) or, for a typo,
 * the scattered few within reach, sorted by position.
 */
final class TokenFits {
  static final TokenFits NONE = run(0, 0);

  /** Costs are edit distances of at most two: one position and its cost pack into one int to be sorted together. */
  static final int COST_RANGE = 4;

  /** The run {@code [from, to)}, when {@link #positions} is null. */
  private final int from;
  private final int to;
  private final int[] positions;
  private final int[] costs;

  private TokenFits(int from, int to, int[] positions, int[] costs) {
    this.from = from;
    this.to = to;
    this.positions = positions;
    this.costs = costs;
  }

  /** Dictionary positions {@code from} (inclusive) to {@code to}, each at cost 0. */
  static TokenFits run(int from, int to) {
    return new TokenFits(from, Math.max(from, to), null, null);
  }

  /**
   * The first {@code size} of {@code positionsAndCosts}, each a position times {@link #COST_RANGE} plus its cost;
   * sorted here.
   */
  static TokenFits scattered(int[] positionsAndCosts, int size) {
    int[] packed = Arrays.copyOf(positionsAndCosts, size);
    Arrays.sort(packed);
    int[] positions = new int[size];
    int[] costs = new int[size];
    for (int i = 0; i < size; i++) {
      positions[i] = packed[i] / COST_RANGE;
      costs[i] = packed[i] % COST_RANGE;
    }
    return new TokenFits(0, 0, positions, costs);
  }

  boolean isEmpty() {
    return size() == 0;
  }

  int size() {
    return positions == null ? to - from : positions.length;
  }

  /** The {@code i}-th dictionary position that fits. */
  int position(int i) {
    return positions == null ? from + i : positions[i];
  }

  /** The cost of reading the typed token as the dictionary token at {@code position}, or {@link TokenRule#NO_MATCH}. */
  int cost(int position) {
    if (positions == null) {
      return position >= from && position < to ? 0 : TokenRule.NO_MATCH;
    }
    int at = Arrays.binarySearch(positions, position);
    return at < 0 ? TokenRule.NO_MATCH : costs[at];
  }
}
