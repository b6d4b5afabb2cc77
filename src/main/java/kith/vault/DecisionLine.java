package kith.vault;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Key Decisions bullet: {@code ✅ text}, {@code [x] text} or plain text, with an optional leading
 * {@code 2026-01-03:} date or a trailing {@code ([Slack](url), 2026-11-25)} source and date.
 */
final class DecisionLine {
  private static final Pattern MARK = Pattern.compile("^(?:\\[[xX]]|✅|✔️?|☑️?)\\s*");
  private static final Pattern LEADING_DATE =
      Pattern.compile("^(" + Dates.ISO + ")(?:\\s*:\\s*|\\s+[-—–]\\s+)");
  /** {@code (<source>, <date>)} or {@code (<date>)} at the end; the source may hold a link's own parentheses. */
  private static final Pattern TRAILING_SOURCE =
      Pattern.compile("\\s*\\(((?:[^()]|\\([^()]*\\))*?),?\\s*(" + Dates.ISO + ")\\)\\s*$");
  private static final TaskLine.DateMarker DONE_DATE = TaskLine.DateMarker.done("\\s*$");

  private DecisionLine() {}

  static PeopleNote.Decision parse(String text) {
    String rest = MARK.matcher(text.strip()).replaceFirst("");
    LocalDate date = null;
    Matcher leading = LEADING_DATE.matcher(rest);
    if (leading.lookingAt() && Dates.iso(leading.group(1)) != null) {
      date = Dates.iso(leading.group(1));
      rest = rest.substring(leading.end());
    }
    String link = null;
    Matcher source = TRAILING_SOURCE.matcher(rest);
    if (source.find() && Dates.iso(source.group(2)) != null) {
      String inner = source.group(1).strip();
      link = inner.isEmpty() ? null : LeadingLink.firstLinkIn(inner);
      // A source that is no link is words the note wrote: they stay, only its date is read.
      if (inner.isEmpty() || link != null) {
        rest = rest.substring(0, source.start());
      }
      date = date == null ? Dates.iso(source.group(2)) : date;
    }
    StringBuilder withoutDone = new StringBuilder(rest);
    LocalDate done = TaskLine.takeDate(DONE_DATE, withoutDone);
    return new PeopleNote.Decision(withoutDone.toString().strip(), date == null ? done : date, link);
  }
}
