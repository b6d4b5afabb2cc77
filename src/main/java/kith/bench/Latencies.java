package kith.bench;

import java.util.Arrays;

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
    int total = 0;
    for (Latencies part : parts) {
      total += part.count;
    }
    long[] all = new long[total];
    int at = 0;
    for (Latencies part : parts) {
      System.arraycopy(part.nanos, 0, all, at, part.count);
      at += part.count;
    }
    Arrays.sort(all);
    return new Sorted(all);
  }

  /** Sorted latencies; percentiles by the nearest-rank method, in milliseconds. */
  record Sorted(long[] nanos) {
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
