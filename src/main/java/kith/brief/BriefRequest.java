package kith.brief;

import java.time.ZonedDateTime;
import java.util.Objects;

/** What someone asked for with {@code /brief}, read from the command text alone; names are resolved by the caller. */
public sealed interface BriefRequest {

  /** Read the text of {@code /brief}; {@code now} is in the user's own time zone. */
  static BriefRequest parse(String text, ZonedDateTime now) {
    return BriefRequestParser.parse(text, now);
  }

  /** Empty text or "help". */
  record Help() implements BriefRequest {}

  /** "list": the caller's scheduled briefs, numbered for {@link Cancel}. */
  record ListScheduled() implements BriefRequest {}

  /** "cancel 2": the number as shown by "list", from 1. */
  record Cancel(int number) implements BriefRequest {
    public Cancel {
      if (number < 1) {
        throw new IllegalArgumentException("brief numbers start at 1: " + number);
      }
    }
  }

  /** "calendar &lt;url&gt;": a secret iCalendar address, already unwrapped from Slack's escaping, webcal as https. */
  record CalendarSet(String url) implements BriefRequest {
    public CalendarSet {
      Objects.requireNonNull(url, "url");
    }
  }

  /** "calendar off". */
  record CalendarOff() implements BriefRequest {}

  /** "calendar" alone: is a calendar connected? */
  record CalendarStatus() implements BriefRequest {}

  /** "&lt;name&gt;": a brief now. {@code who} is as typed, possibly a Slack mention like {@code <@U123|kushal>}. */
  record Now(String who) implements BriefRequest {
    public Now {
      Objects.requireNonNull(who, "who");
    }
  }

  /** "&lt;name&gt; &lt;time&gt;": a brief at {@code when}, in the user's zone. */
  record At(String who, ZonedDateTime when) implements BriefRequest {
    public At {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(when, "when");
    }
  }

  /** "&lt;name&gt; at lunchtime": a time was meant but not understood; reply with {@link BriefTime#examples()}. */
  record BadTime(String who, String timeText) implements BriefRequest {
    public BadTime {
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(timeText, "timeText");
    }
  }

  /** A sub-command used wrongly; {@code message} says how to use it, ready to show. */
  record BadCommand(String message) implements BriefRequest {
    public BadCommand {
      Objects.requireNonNull(message, "message");
    }
  }
}
