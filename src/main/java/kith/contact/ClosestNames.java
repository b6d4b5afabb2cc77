package kith.contact;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The names to suggest when nothing matched: Jaro-Winkler rewards a shared beginning, which is what a
 * half-remembered name usually keeps.
 *
 * <p>Comparing a query with every spelling is too slow for a large address book, so a cheap upper bound rules out
 * most spellings before Jaro-Winkler runs (see {@link #upperBound}).
 */
final class ClosestNames {

  static final int LIMIT = 3;
  static final double THRESHOLD = 0.7;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
  /** Room for floating-point rounding, so that a bound never rules out a score it equals. */
  private static final double EPSILON = 1e-9;

  private final List<Spelling> spellings;
  private final SharedCharacters sharedCharacters;
  /**
   * Each spelling's first four characters packed into a long ({@link #head}), so that the pass over every spelling
   * finds the shared prefix without reaching for 40,000 strings spread over the heap: that was half of a query
   * that matched no one.
   */
  private final long[] heads;
  /**
   * One over each spelling's length: the pass multiplies by it rather than dividing, two divisions a spelling being
   * a good part of the pass. The product may differ from the quotient in its last bit, which {@link #EPSILON} covers.
   */
  private final double[] perCharacter;
  /** The longest spelling's length. */
  private final int longest;

  ClosestNames(List<Spelling> spellings) {
    this.spellings = spellings;
    this.sharedCharacters = new SharedCharacters(spellings.stream().map(Spelling::text).toList());
    this.heads = spellings.stream().mapToLong(spelling -> head(spelling.text())).toArray();
    this.perCharacter = spellings.stream().mapToDouble(spelling -> 1.0 / spelling.text().length()).toArray();
    this.longest = spellings.stream().mapToInt(spelling -> spelling.text().length()).max().orElse(0);
  }

  /** The first four characters of {@code text}, the first in the highest 16 bits; 0 where it is shorter. */
  static long head(String text) {
    long head = 0;
    for (int i = 0; i < 4; i++) {
      head = head << 16 | (i < text.length() ? text.charAt(i) : 0);
    }
    return head;
  }

  /** How many leading characters, up to four, two texts with these heads and lengths have in common. */
  static int sharedPrefix(long head, int length, long otherHead, int otherLength) {
    int equal = Long.numberOfLeadingZeros(head ^ otherHead) / 16; // 4 when the heads are equal
    return Math.min(Math.min(equal, 4), Math.min(length, otherLength));
  }

  /** A suggested contact and how similar its closest spelling is to the query. */
  private record Scored(int entry, double similarity) {}

  /** Bound ranges that spellings are sorted into, so that Jaro-Winkler runs on the most promising first. */
  private static final int BANDS = 64;

  /**
   * Up to {@link #LIMIT} entry positions whose best spelling is more similar than {@link #THRESHOLD}, best first;
   * ties go to the contact that comes first in {@code rank}.
   *
   * <p>Every spelling's cheap bound is taken first; Jaro-Winkler then runs from the highest bounds down and stops
   * where no bound can reach the third best score so far. Scoring in the spellings' order instead ran it on
   * thousands of spellings of a 20,000-person address book before the list was good enough to rule many out.
   */
  List<Integer> to(String typedText, int[] rank) {
    SharedCharacters.Query query = SharedCharacters.query(typedText);
    long typedHead = head(typedText);
    int[] common = sharedCharacters.atMost(query);
    int[] fewestInCommon = fewestInCommon(query.length());
    double perTypedCharacter = 1.0 / query.length();
    Candidates candidates = new Candidates();
    for (int id = 0; id < spellings.size(); id++) {
      if (common[id] < fewestInCommon[sharedCharacters.length(id)]) {
        continue;
      }
      double bound = upperBound(typedHead, query.length(), perTypedCharacter, common[id], id);
      if (bound >= THRESHOLD - EPSILON) {
        candidates.add(id, bound);
      }
    }
    Map<Integer, Double> bestByEntry = new HashMap<>();
    double third = THRESHOLD;
    for (int i : candidates.highestBandFirst()) {
      if (candidates.highest[candidates.band[i]] < third - EPSILON) {
        break; // bands hold disjoint ranges of bounds: every band after this one is lower still
      }
      if (candidates.bound[i] < third - EPSILON) {
        continue;
      }
      Spelling spelling = spellings.get(candidates.id[i]);
      double similarity = SIMILARITY.apply(typedText, spelling.text());
      if (similarity > THRESHOLD && similarity > bestByEntry.getOrDefault(spelling.entry(), 0.0)) {
        bestByEntry.put(spelling.entry(), similarity);
        third = thirdBest(bestByEntry);
      }
    }
    Comparator<Scored> best =
        Comparator.comparingDouble(Scored::similarity).reversed().thenComparingInt(scored -> rank[scored.entry()]);
    return bestByEntry.entrySet().stream()
        .map(entry -> new Scored(entry.getKey(), entry.getValue()))
        .sorted(best)
        .limit(LIMIT)
        .map(Scored::entry)
        .toList();
  }

  /**
   * For each spelling length, one less than the fewest characters in common with which Jaro's bound (see
   * {@link #upperBound}) reaches {@link #THRESHOLD}: (m/a + m/b + 1) / 3 >= 0.7 when 10 m (a + b) >= 11 a b. The
   * pass over every spelling compares two integers where it computed the bound; the one spared for rounding
   * leaves the decision at the edge to the bound itself.
   */
  private int[] fewestInCommon(int typedLength) {
    int[] fewest = new int[longest + 1];
    for (int length = 1; length <= longest; length++) {
      long product = 11L * typedLength * length;
      long sum = 10L * (typedLength + length);
      fewest[length] = (int) Math.max(0, (product + sum - 1) / sum - 1);
    }
    return fewest;
  }

  /** The score a spelling must reach to make the list: the third best so far, or the threshold. */
  private static double thirdBest(Map<Integer, Double> bestByEntry) {
    if (bestByEntry.size() < LIMIT) {
      return THRESHOLD;
    }
    return bestByEntry.values().stream().sorted(Comparator.reverseOrder()).skip(LIMIT - 1).findFirst()
        .orElse(THRESHOLD);
  }

  /** Spellings whose bound reaches the threshold, each with its bound and band, and each band's highest bound. */
  private static final class Candidates {
    private int[] id = new int[256];
    private double[] bound = new double[256];
    private int[] band = new int[256];
    private final double[] highest = new double[BANDS + 1];
    private int size;

    void add(int spelling, double spellingBound) {
      if (size == id.length) {
        id = Arrays.copyOf(id, size * 2);
        bound = Arrays.copyOf(bound, size * 2);
        band = Arrays.copyOf(band, size * 2);
      }
      int of = (int) Math.max(0, Math.min(BANDS, (spellingBound - THRESHOLD) / (1 - THRESHOLD) * BANDS));
      id[size] = spelling;
      bound[size] = spellingBound;
      band[size] = of;
      highest[of] = Math.max(highest[of], spellingBound);
      size++;
    }

    /** The candidates' indexes, highest band first: a counting sort, as the bands are few. */
    int[] highestBandFirst() {
      int[] start = new int[BANDS + 2];
      for (int i = 0; i < size; i++) {
        start[BANDS - band[i] + 1]++;
      }
      for (int b = 1; b < start.length; b++) {
        start[b] += start[b - 1];
      }
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[start[BANDS - band[i]]++] = i;
      }
      return order;
    }
  }

  /**
   * A cheap upper bound on the Jaro-Winkler similarity of the query and spelling {@code id}, or 0 when it cannot
   * exceed {@link #THRESHOLD}. Jaro is at most (m/|a| + m/|b| + 1) / 3, where the matching characters m are at
   * most the characters both strings have ({@code common}). Commons Text adds the Winkler bonus (a tenth of the
   * remainder per shared leading character, up to four) only once Jaro reaches 0.7, and the bonus grows with Jaro,
   * so Jaro's bound plus the bonus for the actual shared prefix bounds the result.
   */
  private double upperBound(long typedHead, int typedLength, double perTypedCharacter, int common, int id) {
    double jaro = (common * perTypedCharacter + common * perCharacter[id] + 1) / 3;
    if (jaro < THRESHOLD - EPSILON) {
      return 0;
    }
    int prefix = sharedPrefix(typedHead, typedLength, heads[id], sharedCharacters.length(id));
    return Math.min(1, jaro + 0.1 * prefix * (1 - jaro));
  }
}
