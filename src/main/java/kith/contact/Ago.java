package kith.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How long ago a date was, the way a person says it: "yesterday", "3 weeks ago", "11 months ago". */
public final class Ago {
  private Ago() {}

  public static String describe(LocalDate date, LocalDate today) {
    long days = ChronoUnit.DAYS.between(date, today);
    if (days < 0) {
      return days == -1 ? "tomorrow" : "in " + plural(-days, "day");
    }
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "yesterday";
    }
    if (days < 14) {
      return plural(days, "day") + " ago";
    }
    if (days < 45) {
      return plural(Math.round(days / 7.0), "week") + " ago";
    }
    if (days < 548) {
      return plural(Math.round(days / 30.44), "month") + " ago";
    }
    return plural(Math.round(days / 365.25), "year") + " ago";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
