package kith.db;

import java.util.concurrent.atomic.AtomicInteger;

/** A deterministic SQL function for H2 that counts its calls: public, as H2 calls it by reflection. */
public final class ComputedFunction {
  static final AtomicInteger CALLS = new AtomicInteger();

  private ComputedFunction() {}

  public static int computed(int value) {
    CALLS.incrementAndGet();
    return value;
  }
}
