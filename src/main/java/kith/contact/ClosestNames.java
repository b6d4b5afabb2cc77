package kith.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  ClosestNames(List<Spelling> spellings) {
    this.spellings = spellings;
    this.sharedCharacters = new SharedCharacters(spellings.stream().map(Spelling::text).toList());
  }

  /** A suggested contact and how similar its closest spelling is to the query. */
  private record Scored(int entry, double similarity) {}

  /**
   * Up to {@link #LIMIT} entry positions whose best spelling is more similar than {@link #THRESHOLD}, best first;
   * ties go to the contact that comes first in {@code rank}.
   */
  List<Integer> to(String typedText, int[] rank) {
    Comparator<Scored> best =
        Comparator.comparingDouble(Scored::similarity).reversed().thenComparingInt(scored -> rank[scored.entry()]);
    SharedCharacters.Query query = SharedCharacters.query(typedText);
    List<Scored> top = new ArrayList<>(LIMIT + 1);
    // An entry's spellings are adjacent, so its best score is complete when the next entry begins.
    int entry = -1;
    double entryBest = 0;
    for (int id = 0; id < spellings.size(); id++) {
      Spelling spelling = spellings.get(id);
      if (spelling.entry() != entry) {
        keep(top, entry, entryBest, best);
        entry = spelling.entry();
        entryBest = 0;
      }
      // A spelling that cannot reach the third best so far cannot make the list; ties may, on rank.
      double needed = Math.max(entryBest, top.size() < LIMIT ? THRESHOLD : top.get(LIMIT - 1).similarity());
      if (upperBound(typedText, query, id) >= needed - EPSILON) {
        entryBest = Math.max(entryBest, SIMILARITY.apply(typedText, spelling.text()));
      }
    }
    keep(top, entry, entryBest, best);
    return top.stream().map(Scored::entry).toList();
  }

  /**
   * A cheap upper bound on the Jaro-Winkler similarity of the query and spelling {@code id}, or 0 when it cannot
   * exceed {@link #THRESHOLD}. Jaro is at most (m/|a| + m/|b| + 1) / 3, where the matching characters m are at
   * most the characters both strings have. Commons Text adds the Winkler bonus (a tenth of the remainder per
   * shared leading character, up to four) only once Jaro reaches 0.7, and the bonus grows with Jaro, so Jaro's
   * bound plus the bonus for the actual shared prefix bounds the result.
   */
  private double upperBound(String typedText, SharedCharacters.Query query, int id) {
    int common = sharedCharacters.atMost(id, query);
    double jaro = (common / (double) query.length() + common / (double) sharedCharacters.length(id) + 1) / 3;
    if (jaro < THRESHOLD - EPSILON) {
      return 0;
    }
    String text = spellings.get(id).text();
    int prefix = 0;
    while (prefix < 4
        && prefix < typedText.length()
        && prefix < text.length()
        && typedText.charAt(prefix) == text.charAt(prefix)) {
      prefix++;
    }
    return Math.min(1, jaro + 0.1 * prefix * (1 - jaro));
  }

  private static void keep(List<Scored> top, int entry, double similarity, Comparator<Scored> best) {
    if (entry < 0 || similarity <= THRESHOLD) {
      return;
    }
    top.add(new Scored(entry, similarity));
    top.sort(best);
    if (top.size() > LIMIT) {
      top.remove(LIMIT);
    }
  }
}
