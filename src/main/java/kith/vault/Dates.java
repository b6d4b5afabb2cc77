package kith.vault;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.regex.Pattern;

/** ISO dates as notes write them; anything else stays text, so a wrong guess never invents a date. */
final class Dates {
  /** A regex fragment for a yyyy-MM-dd date. */
  static final String ISO = "\\d{4}-\\d{2}-\\d{2}";

  private static final Pattern ISO_DATE = Pattern.compile(ISO);
  private static final Pattern ISO_DATE_TIME = Pattern.compile("(" + ISO + ")(?:[T ]\\d{2}:\\d{2}.*)?");

  private Dates() {}

  /** The date when {@code text} is exactly yyyy-MM-dd and a real day, else null. */
  static LocalDate iso(String text) {
    if (text == null || !ISO_DATE.matcher(text.strip()).matches()) {
      return null;
    }
    return parse(text.strip());
  }

  /** Like {@link #iso} but also accepts a time after the date, as templates often write {@code created}. */
  static LocalDate isoOrDateTime(String text) {
    if (text == null) {
      return null;
    }
    var matcher = ISO_DATE_TIME.matcher(text.strip());
    return matcher.matches() ? parse(matcher.group(1)) : null;
  }

  /** A YAML value as a date: text in ISO form, or a date object should a schema ever produce one. */
  static LocalDate fromYaml(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (value instanceof TemporalAccessor temporal) {
      try {
        return LocalDate.from(temporal);
      } catch (DateTimeException notADay) {
        return null;
      }
    }
    return value == null ? null : isoOrDateTime(value.toString());
  }

  private static LocalDate parse(String iso) {
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeException notARealDay) {
      return null;
    }
  }
}
