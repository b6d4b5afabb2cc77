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

  private static final Pattern ISO_DATE_TIME = Pattern.compile("(" + ISO + ")(?:[T ]\\d{2}:\\d{2}.*)?");

  private Dates() {}

  /** The date when {@code text} is exactly yyyy-MM-dd and a real day, else null. */
  static LocalDate iso(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return isIso(stripped) ? parse(stripped) : null;
  }

  /** Whether {@code text} is {@link #ISO}, all of it: checked character by character, as each interaction has one. */
  static boolean isIso(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
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

  /** {@code iso} is yyyy-MM-dd in ASCII digits; reading the numbers directly skips a formatter per date. */
  private static LocalDate parse(String iso) {
    try {
      return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
          Integer.parseInt(iso, 8, 10, 10));
    } catch (DateTimeException notARealDay) {
      return null;
    }
  }
}
