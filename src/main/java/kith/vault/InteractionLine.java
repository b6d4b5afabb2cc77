package kith.vault;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Recent Context bullet: {@code <date>: [[<title>]] - <summary> (via <Name>)}, every part optional. The
 * summary keeps the note's words exactly, including a truncating {@code ...}.
 */
final class InteractionLine {
  private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|(?i:unknown)";
  /** A date, bare or as a daily-note link or in bold, then {@code :} or a spaced dash, or the end. */
  private static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^(?:\\[\\[(" + DATE + ")]]|\\*\\*(" + DATE + ")\\*\\*|(" + DATE + "))"
              + "(?:\\s*:(?:\\s+|$)|\\s+[-—–]\\s+|\\s*$)");
  private static final Pattern VIA = Pattern.compile("\\s*\\((?i:via)\\s+([^()]*?)\\s*\\)\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-—–:](?:\\s+|$))?");

  private InteractionLine() {}

  static PeopleNote.Interaction parse(String text) {
    String rest = text.strip();
    String dateText = null;
    Matcher date = mayStartWithDate(rest) ? DATE_PREFIX.matcher(rest) : null;
    if (date != null && date.lookingAt()) {
      dateText = firstNonNull(date.group(1), date.group(2), date.group(3));
      rest = rest.substring(date.end());
    }
    String via = null;
    // The "(via …)" holds no parenthesis, so it can only open at the last one; searching from there instead of
    // trying every position of the line is what keeps this cheap. What precedes it is stripped below anyway.
    int open = rest.lastIndexOf('(');
    Matcher viaMatcher = open >= 0 ? VIA.matcher(rest).region(open, rest.length()) : null;
    if (viaMatcher != null && viaMatcher.find()) {
      via = viaName(viaMatcher.group(1));
      rest = rest.substring(0, viaMatcher.start());
    }
    Optional<LeadingLink> link = LeadingLink.of(rest.strip());
    String title = link.map(LeadingLink::title).orElse(null);
    String target = link.map(LeadingLink::link).orElse(null);
    String summary = link.map(found -> SEPARATOR.matcher(found.rest()).replaceFirst("")).orElse(rest).strip();
    return new PeopleNote.Interaction(
        Dates.iso(dateText), dateText, title, target, summary.isEmpty() ? null : summary, via);
  }

  /**
   * Whether {@link #DATE_PREFIX} can match: a digit, a link's {@code [}, bold's {@code *} or "unknown" first. Half a
   * million lines in a large vault: a matcher made for nothing is garbage the import pays for.
   */
  private static boolean mayStartWithDate(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return (first >= '0' && first <= '9') || first == '[' || first == '*' || first == 'u' || first == 'U';
  }

  private static String viaName(String written) {
    Matcher link = Wikilink.PATTERN.matcher(written);
    return link.matches() ? Wikilink.of(link).displayName() : written;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
