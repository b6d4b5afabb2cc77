package kith.brief;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sub-commands of {@code /brief}; anything else is a name, perhaps followed by a time. */
final class BriefRequestParser {
  static final String CANCEL_USAGE =
      "Say which scheduled brief to cancel by its number in `/brief list`, e.g. `/brief cancel 2`.";
  static final String NAME_MISSING =
      "Whose brief? Put the name before the time, e.g. `/brief Kushal at 14:30`.";

  private static final Pattern SUB_COMMAND = Pattern.compile("(?i)(cancel|calendar)(?:\\s+(.*))?");
  private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,9})");

  private BriefRequestParser() {}

  static BriefRequest parse(String text, ZonedDateTime now) {
    String request = text == null ? "" : text.replace('\u00A0', ' ').strip();
    String lower = request.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.equals("help")) {
      return new BriefRequest.Help();
    }
    if (lower.equals("list")) {
      return new BriefRequest.ListScheduled();
    }
    Matcher subCommand = SUB_COMMAND.matcher(request);
    if (subCommand.matches()) {
      String argument = subCommand.group(2) == null ? "" : subCommand.group(2).strip();
      return subCommand.group(1).equalsIgnoreCase("cancel") ? cancel(argument) : calendar(argument);
    }
    if (BriefTime.parse(request, now).isPresent()) {
      return new BriefRequest.BadCommand(NAME_MISSING);
    }
    return BriefRequestTiming.split(request, now);
  }

  private static BriefRequest cancel(String argument) {
    Matcher number = NUMBER.matcher(argument);
    if (!number.matches() || Integer.parseInt(number.group(1)) < 1) {
      return new BriefRequest.BadCommand(CANCEL_USAGE);
    }
    return new BriefRequest.Cancel(Integer.parseInt(number.group(1)));
  }

  private static BriefRequest calendar(String argument) {
    if (argument.isEmpty()) {
      return new BriefRequest.CalendarStatus();
    }
    if (argument.equalsIgnoreCase("off")) {
      return new BriefRequest.CalendarOff();
    }
    return BriefRequestCalendar.feedUrl(argument)
        .<BriefRequest>map(BriefRequest.CalendarSet::new)
        .orElseGet(() -> new BriefRequest.BadCommand(BriefRequestCalendar.USAGE));
  }
}
