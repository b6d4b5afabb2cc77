package kith.brief;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "45m", "2 hours", "1h 30m", "an hour" after "in". Input is already lower case with single spaces. */
final class BriefTimeSpan {
  private static final Pattern PART = Pattern.compile(
      "(?:(\\d{1,7}) ?(hours|hour|hrs|hr|h|minutes|minute|mins|min|m)|(an?) (hour|minute))(?: and | )?");

  private BriefTimeSpan() {}

  /** A positive span, hours before minutes, each at most once; "in 0m" and "in -5m" are not spans. */
  static Optional<Duration> parse(String text) {
    if (text.equals("half an hour")) {
      return Optional.of(Duration.ofMinutes(30));
    }
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int position = 0;
    boolean minutesSeen = false;
    boolean hoursSeen = false;
    while (position < text.length()) {
      part.region(position, text.length());
      if (!part.lookingAt()) {
        return Optional.empty();
      }
      long count = part.group(1) == null ? 1 : Long.parseLong(part.group(1));
      String unit = part.group(1) == null ? part.group(4) : part.group(2);
      if (unit.startsWith("h")) {
        if (hoursSeen || minutesSeen) {
          return Optional.empty();
        }
        hoursSeen = true;
        total = total.plusHours(count);
      } else {
        if (minutesSeen) {
          return Optional.empty();
        }
        minutesSeen = true;
        total = total.plusMinutes(count);
      }
      position = part.end();
    }
    return total.isZero() ? Optional.empty() : Optional.of(total);
  }
}
