package kith.brief;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled brief should be sent, read from what a person types after the name: "at 14:30", "in 45m",
 * "tomorrow 9am", "on 2026-12-01 08:00", "monday at 10". Times are wall-clock times in the zone of {@code now}, which
 * is the user's own zone, so "tomorrow" is the user's tomorrow, not the server's.
 */
public final class BriefTime {
  /** A day named without a time means the start of a working day. */
  static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
  static final int MAX_DAYS_AHEAD = 366;

  private static final Pattern IN = Pattern.compile("in (.+)");
  private static final Pattern AT = Pattern.compile("at (.+)");
  private static final Pattern TODAY = Pattern.compile("today(?: (?:at )?(.+))?");
  private static final Pattern TOMORROW = Pattern.compile("tomorrow(?: (?:at )?(.+))?");
  private static final Pattern DATE =
      Pattern.compile("(?:on )?(\\d{4})-(\\d{2})-(\\d{2})(?: (?:at )?(.+))?");
  private static final Pattern WEEKDAY = Pattern.compile("(on )?([a-z]+)(?: (?:at )?(.+))?");

  private BriefTime() {}

  /** The moment {@code text} names, if it names one that is after {@code now} and at most a year ahead. */
  public static Optional<ZonedDateTime> parse(String text, ZonedDateTime now) {
    if (text == null) {
      return Optional.empty();
    }
    String phrase = normalize(text);
    return moment(phrase, now).filter(when -> when.isAfter(now))
        .filter(when -> !when.isAfter(now.plusDays(MAX_DAYS_AHEAD)));
  }

  /** The forms people can use, for replies to a time we could not read. */
  public static String examples() {
    return "Times I understand: `/brief Kushal at 14:30`, `/brief Kushal in 45m`, "
        + "`/brief Kushal tomorrow 9:00`, `/brief Kushal on 2026-12-01 08:00` "
        + "(also `at 9am`, `in 1h30m`, `monday at 10am`), in your Slack time zone.";
  }

  private static Optional<ZonedDateTime> moment(String phrase, ZonedDateTime now) {
    Matcher match;
    if ((match = IN.matcher(phrase)).matches()) {
      return BriefTimeSpan.parse(match.group(1)).map(span -> roundUpToMinute(now.plus(span)));
    }
    if ((match = AT.matcher(phrase)).matches()) {
      return BriefTimeClock.parse(match.group(1), true).map(time -> nextOccurrence(time, now));
    }
    if ((match = TODAY.matcher(phrase)).matches()) {
      return match.group(1) == null ? Optional.empty()
          : BriefTimeClock.parse(match.group(1), true).flatMap(time -> firstAfter(now.toLocalDate(), time, now));
    }
    if ((match = TOMORROW.matcher(phrase)).matches()) {
      LocalDate tomorrow = now.toLocalDate().plusDays(1);
      return timeOfDay(match.group(1)).flatMap(time -> firstAfter(tomorrow, time, now));
    }
    if ((match = DATE.matcher(phrase)).matches()) {
      Matcher date = match;
      return BriefTimeClock.date(date.group(1), date.group(2), date.group(3))
          .flatMap(day -> timeOfDay(date.group(4)).flatMap(time -> firstAfter(day, time, now)));
    }
    if ((match = WEEKDAY.matcher(phrase)).matches()) {
      Matcher weekday = match;
      return BriefTimeClock.weekday(weekday.group(2), weekday.group(1) != null)
          .flatMap(day -> timeOfDay(weekday.group(3)).map(time -> nextWeekday(day, time, now)));
    }
    // A bare "9" is too easily part of something else; a bare time needs a colon or am/pm.
    return BriefTimeClock.parse(phrase, false).map(time -> nextOccurrence(time, now));
  }

  private static Optional<LocalTime> timeOfDay(String text) {
    return text == null ? Optional.of(DEFAULT_TIME) : BriefTimeClock.parse(text, true);
  }

  private static ZonedDateTime nextOccurrence(LocalTime time, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    return firstAfter(today, time, now).orElseGet(() -> ZonedDateTime.of(today.plusDays(1), time, now.getZone()));
  }

  private static ZonedDateTime nextWeekday(DayOfWeek day, LocalTime time, ZonedDateTime now) {
    LocalDate date = now.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
    return firstAfter(date, time, now)
        .orElseGet(() -> ZonedDateTime.of(date.plusWeeks(1), time, now.getZone()));
  }

  /**
   * {@code ZonedDateTime.of} shifts a time in a spring-forward gap and takes the earlier offset in an autumn overlap;
   * only when that earlier one has already passed do we take the repeated hour's second occurrence.
   */
  private static Optional<ZonedDateTime> firstAfter(LocalDate date, LocalTime time, ZonedDateTime now) {
    ZonedDateTime earlier = ZonedDateTime.of(date, time, now.getZone());
    if (earlier.isAfter(now)) {
      return Optional.of(earlier);
    }
    return Optional.of(earlier.withLaterOffsetAtOverlap()).filter(later -> later.isAfter(now));
  }

  /** Seconds would make "in 45m" fire at 10:45:17; the next whole minute never fires early. */
  private static ZonedDateTime roundUpToMinute(ZonedDateTime when) {
    ZonedDateTime minute = when.truncatedTo(ChronoUnit.MINUTES);
    return minute.equals(when) ? when : minute.plusMinutes(1);
  }

  private static String normalize(String text) {
    return text.replace('\u00A0', ' ').replace('\u202F', ' ').strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
