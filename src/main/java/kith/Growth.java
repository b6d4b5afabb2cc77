package kith;

/** How Kith's own writers grow the array they write into. */
public final class Growth {
  private Growth() {}

  /**
   * True when an array of {@code length} holding {@code size} has no room for {@code more}: compared as a difference,
   * so that no sum can wrap past the largest int.
   */
  public static boolean full(int length, int size, int more) {
    return more > length - size;
  }

  /** The length to grow to: double, or what is needed when that is more; never past what an array can hold. */
  public static int grown(int length, int size, int more) {
    int needed = Math.addExact(size, more);
    return (int) Math.max(needed, Math.min(2L * length, Integer.MAX_VALUE - 8));
  }
}
