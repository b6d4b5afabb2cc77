package kith.brief;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.model.Period;

/**
 * The date values ical4j 4 hands out, turned into instants: a date-time with a TZID is a ZonedDateTime, one in UTC
 * an OffsetDateTime, a floating one a LocalDateTime and a date a LocalDate. Floating times and dates are read in UTC.
 */
final class CalendarTimes {
  /** Added on both sides of the window given to ical4j, which then is only a pre-filter. */
  private static final long MARGIN_DAYS = 2;

  private CalendarTimes() {}

  static Instant instant(Temporal value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof LocalDateTime floating) {
      return floating.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    throw new DateTimeException("unsupported date value " + value);
  }

  /**
   * The window [from, to), widened, in the same kind of value as {@code sample}: ical4j's recurrence expansion fails
   * or misses instances when the period and the event's start are of different kinds.
   */
  static Period<Temporal> window(Temporal sample, Instant from, Instant to) {
    Instant start = from.minus(MARGIN_DAYS, ChronoUnit.DAYS);
    Instant end = to.plus(MARGIN_DAYS, ChronoUnit.DAYS);
    if (sample instanceof ZonedDateTime zoned) {
      return new Period<>(start.atZone(zoned.getZone()), end.atZone(zoned.getZone()));
    }
    if (sample instanceof OffsetDateTime offset) {
      return new Period<>(start.atOffset(offset.getOffset()), end.atOffset(offset.getOffset()));
    }
    if (sample instanceof LocalDateTime) {
      return new Period<>(LocalDateTime.ofInstant(start, ZoneOffset.UTC), LocalDateTime.ofInstant(end, ZoneOffset.UTC));
    }
    if (sample instanceof LocalDate) {
      return new Period<>(LocalDate.ofInstant(start, ZoneOffset.UTC), LocalDate.ofInstant(end, ZoneOffset.UTC));
    }
    if (sample instanceof Instant) {
      return new Period<>(start, end);
    }
    throw new DateTimeException("unsupported date value " + sample);
  }
}
