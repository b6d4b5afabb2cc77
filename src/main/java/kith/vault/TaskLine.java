package kith.vault;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task item, {@code [ ] text} or {@code [x] text} after its list marker. The Obsidian Tasks due (📅) and done
 * (✅) dates move into fields; its other markers (⏳ 🛫 ➕ 🔺 …) stay in the text, where they still mean something.
 */
final class TaskLine {
  private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])](?:\\s+(.*))?$");
  /** The first half of 📅, 📆 and 🗓 alike: a text without it holds no due date. */
  private static final DateMarker DUE =
      new DateMarker(Pattern.compile("\\s*(?:📅|📆|🗓️?)\\s*(" + Dates.ISO + ")"), "\uD83D");
  private static final DateMarker DONE = DateMarker.done("");

  /**
   * A marker followed by a date, and a character each of its matches holds: a text without it (most) needs no
   * matcher.
   */
  record DateMarker(Pattern pattern, String mark) {
    /** ✅ and a date, then {@code after}. */
    static DateMarker done(String after) {
      return new DateMarker(Pattern.compile("\\s*✅\\s*(" + Dates.ISO + ")" + after), "✅");
    }
  }

  private TaskLine() {}

  /** The task when the text starts with a checkbox; a bare checkbox gives a task with empty text. */
  static Optional<PeopleNote.Task> checkbox(String text) {
    String stripped = text.strip();
    if (!stripped.startsWith("[")) {
      // Most list items are no checkbox: no matcher for them.
      return Optional.empty();
    }
    Matcher matcher = CHECKBOX.matcher(stripped);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String rest = matcher.group(2) == null ? "" : matcher.group(2);
    return Optional.of(task(rest, !matcher.group(1).equals(" ")));
  }

  /** A bullet without a checkbox under Open Tasks: an open task all the same. */
  static PeopleNote.Task plain(String text) {
    return task(text, false);
  }

  private static PeopleNote.Task task(String text, boolean done) {
    StringBuilder rest = new StringBuilder(text);
    LocalDate due = takeDate(DUE, rest);
    LocalDate doneOn = takeDate(DONE, rest);
    return new PeopleNote.Task(rest.toString().strip(), done, due, doneOn);
  }

  /** Removes the first marker whose date is a real day, and returns that day. */
  static LocalDate takeDate(DateMarker marker, StringBuilder text) {
    if (text.indexOf(marker.mark()) < 0) {
      return null;
    }
    Matcher matcher = marker.pattern().matcher(text);
    while (matcher.find()) {
      LocalDate date = Dates.iso(matcher.group(1));
      if (date != null) {
        text.delete(matcher.start(), matcher.end());
        return date;
      }
    }
    return null;
  }
}
