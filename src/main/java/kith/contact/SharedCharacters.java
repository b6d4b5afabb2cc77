package kith.contact;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Each spelling's character counts, in one flat table, to bound how many characters a query shares with it
 * without comparing the strings. Letters and digits have a count each; the space has one; every other character
 * shares the last, which can only raise the bound.
 */
final class SharedCharacters {

  private static final int BUCKETS = 38;
  private static final int SPACE = 36;
  private static final int OTHER = 37;

  private final byte[] counts;
  /** Texts too long for byte counts; for them the bound is just the shorter length. */
  private final BitSet uncounted = new BitSet();
  private final int[] lengths;

  SharedCharacters(List<String> texts) {
    counts = new byte[texts.size() * BUCKETS];
    lengths = new int[texts.size()];
    for (int id = 0; id < texts.size(); id++) {
      String text = texts.get(id);
      lengths[id] = text.length();
      if (text.length() > Byte.MAX_VALUE) {
        uncounted.set(id);
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        counts[id * BUCKETS + bucketOf(text.charAt(i))]++;
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

  /** At most how many characters spelling {@code id} has in common with the query, counting repeats. */
  int atMost(int id, Query query) {
    if (uncounted.get(id)) {
      return Math.min(lengths[id], query.length());
    }
    int common = 0;
    int base = id * BUCKETS;
    for (int i = 0; i < query.buckets().length; i++) {
      common += Math.min(query.counts()[i], counts[base + query.buckets()[i]]);
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
