package kith.contact;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Each spelling's character counts, to bound how many characters a query shares with each spelling without
 * comparing the strings. Letters and digits have a count each; the space has one; every other character shares
 * the last, which can only raise the bound.
 *
 * <p>The counts are kept bucket by bucket, each bucket a column over every spelling, so that bounding a query
 * against every spelling is a pass down each of the ten or so columns the query uses: spelling by spelling, with
 * the query's buckets looked up in each, the pass was a third of a query that matched no one.
 */
final class SharedCharacters {

  private static final int BUCKETS = 38;
  private static final int SPACE = 36;
  private static final int OTHER = 37;

  /** {@code columns[bucket][spelling]}: how often the spelling has a character of the bucket. */
  private final byte[][] columns = new byte[BUCKETS][];
  /** Texts too long for byte counts; for them the bound is just the shorter length. */
  private final BitSet uncounted = new BitSet();
  private final int[] lengths;

  SharedCharacters(List<String> texts) {
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      columns[bucket] = new byte[texts.size()];
    }
    lengths = new int[texts.size()];
    for (int id = 0; id < texts.size(); id++) {
      String text = texts.get(id);
      lengths[id] = text.length();
      if (text.length() > Byte.MAX_VALUE) {
        uncounted.set(id);
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        columns[bucketOf(text.charAt(i))][id]++;
      }
    }
  }

  /** A query's counts, kept as the buckets it uses: a name uses about ten of the thirty-eight. */
  record Query(int length, int[] buckets, int[] counts) {}

  static Query query(String text) {
    int[] all = new int[BUCKETS];
    for (int i = 0; i < text.length(); i++) {
      all[bucketOf(text.charAt(i))]++;
    }
    int[] buckets = IntStream.range(0, BUCKETS).filter(bucket -> all[bucket] > 0).toArray();
    int[] used = Arrays.stream(buckets).map(bucket -> all[bucket]).toArray();
    return new Query(text.length(), buckets, used);
  }

  /** For each spelling, by position, at most how many characters it has in common with the query, counting repeats. */
  int[] atMost(Query query) {
    int[] common = new int[lengths.length];
    for (int i = 0; i < query.buckets().length; i++) {
      byte[] column = columns[query.buckets()[i]];
      int wanted = query.counts()[i];
      for (int id = 0; id < common.length; id++) {
        common[id] += Math.min(wanted, column[id]);
      }
    }
    for (int id = uncounted.nextSetBit(0); id >= 0; id = uncounted.nextSetBit(id + 1)) {
      common[id] = Math.min(lengths[id], query.length());
    }
    return common;
  }

  int length(int id) {
    return lengths[id];
  }

  private static int bucketOf(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return c == ' ' ? SPACE : OTHER;
  }
}
