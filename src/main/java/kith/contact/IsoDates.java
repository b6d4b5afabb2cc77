package kith.contact;

import java.time.LocalDate;

/**
 * ISO dates ({@code 2026-01-03}) as Kith writes them in its own JSON, read without {@code DateTimeFormatter}: its
 * general parser was most of the cost of reading a ready card's dates, and much code for the JIT to compile.
 */
final class IsoDates {
  private IsoDates() {}

  /** The date {@code text} says; anything but four-digit years goes through {@link LocalDate#parse}. */
  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits from {@code start} to {@code end} make, or -1 when one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
