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
  private static final Pattern DUE = Pattern.compile("\\s*(?:📅|📆|🗓️?)\\s*(" + Dates.ISO + ")");
  private static final Pattern DONE = Pattern.compile("\\s*✅\\s*(" + Dates.ISO + ")");
  /** A character every due marker holds: the first half of 📅, 📆 and 🗓 alike. */
  private static final String DUE_MARK = "\uD83D";
  /** What every done marker holds: ✅. */
  static final String DONE_MARK = "\u2705";

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
    LocalDate due = takeDate(DUE, DUE_MARK, rest);
    LocalDate doneOn = takeDate(DONE, DONE_MARK, rest);
    return new PeopleNote.Task(rest.toString().strip(), done, due, doneOn);
  }

  /**
   * Removes the first marker whose date is a real day, and returns that day. A text without {@code mark}, which
   * every match of {@code marker} holds, has none: most have none, and need no matcher.
   */
  static LocalDate takeDate(Pattern marker, String mark, StringBuilder text) {
    if (text.indexOf(mark) < 0) {
      return null;
    }
    Matcher matcher = marker.matcher(text);
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
