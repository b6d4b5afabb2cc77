package kith.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Request latencies in nanoseconds: each client appends to its own array; the run merges and sorts them once. */
final class Latencies {
  private long[] nanos;
  private int count;

  Latencies(int capacity) {
    nanos = new long[Math.max(16, capacity)];
  }

  void add(long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, nanos.length * 2);
    }
    nanos[count++] = latencyNanos;
  }

  int count() {
    return count;
  }

  /** Every client's latencies together, sorted. */
  static Sorted merge(Iterable<Latencies> parts) {
    List<long[]> arrays = new ArrayList<>();
    for (Latencies part : parts) {
      arrays.add(Arrays.copyOf(part.nanos, part.count));
    }
    return sortedTogether(arrays);
  }

  private static Sorted sortedTogether(List<long[]> arrays) {
    long[] all = new long[arrays.stream().mapToInt(array -> array.length).sum()];
    int at = 0;
    for (long[] array : arrays) {
      System.arraycopy(array, 0, all, at, array.length);
      at += array.length;
    }
    Arrays.sort(all);
    return new Sorted(all);
  }

  /** Sorted latencies; percentiles by the nearest-rank method, in milliseconds. */
  record Sorted(long[] nanos) {
    /** Several runs' latencies together, sorted. */
    static Sorted merge(List<Sorted> parts) {
      return sortedTogether(parts.stream().map(Sorted::nanos).toList());
    }

    double percentileMs(double percentile) {
      if (nanos.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
      return nanos[Math.min(nanos.length, Math.max(1, rank)) - 1] / 1e6;
    }

    double maxMs() {
      return nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
    }
  }
}
