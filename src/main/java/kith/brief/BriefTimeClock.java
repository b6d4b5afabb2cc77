package kith.brief;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pieces of a {@link BriefTime}: a time of day, a calendar date, a weekday name. Input is already lower case. */
final class BriefTimeClock {
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)?");
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
      Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
      Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

  private BriefTimeClock() {}

  /**
   * "14:30", "9", "9am", "2:15pm", "noon", "midnight". Without am/pm the hour is on the 24-hour clock; a bare hour
   * ("9") only counts when {@code bareHourAllowed}, i.e. after a word like "at" that says a time follows.
   */
  static Optional<LocalTime> parse(String text, boolean bareHourAllowed) {
    if (text.equals("noon")) {
      return Optional.of(LocalTime.NOON);
    }
    if (text.equals("midnight")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    Matcher clock = CLOCK.matcher(text);
    if (!clock.matches()) {
      return Optional.empty();
    }
    String minutes = clock.group(2);
    String half = clock.group(3);
    if (!bareHourAllowed && minutes == null && half == null) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(clock.group(1));
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  /** A real calendar date: 2026-02-30 is not one. */
  static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  /**
   * "monday", or "mon" after "on": without "on" only the full name counts, since "Sun" or "Wed" after a name is more
   * likely the end of the name ("Li Sun") than a day.
   */
  static Optional<DayOfWeek> weekday(String name, boolean afterOn) {
    DayOfWeek day = WEEKDAYS.get(name);
    if (day == null || !afterOn && !name.equals(day.name().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(day);
  }
}
