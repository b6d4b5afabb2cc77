package kith;

import java.util.Optional;
import java.util.stream.Stream;

/** A failure's chain of causes, the failure first: what Kith looks for in an exception a library wrapped. */
public final class Causes {
  /** More causes than any real chain has: a chain longer than this loops. */
  private static final int LONGEST = 64;

  private Causes() {}

  public static Stream<Throwable> of(Throwable failure) {
    // A library's chain can loop back on itself past the first link (getCause guards only against itself).
    return Stream.iterate(failure, cause -> cause != null, Throwable::getCause).limit(LONGEST);
  }

  /** The outermost cause of this type, if any. */
  public static <T extends Throwable> Optional<T> first(Throwable failure, Class<T> type) {
    return of(failure).filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The innermost cause: the failure itself when it has none. */
  public static Throwable innermost(Throwable failure) {
    return of(failure).reduce((outer, inner) -> inner).orElse(failure);
  }
}
