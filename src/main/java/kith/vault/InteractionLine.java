package kith.vault;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Recent Context bullet: {@code <date>: [[<title>]] - <summary> (via <Name>)}, every part optional. The
 * summary keeps the note's words exactly, including a truncating {@code ...}.
 */
final class InteractionLine {
  private static final Pattern VIA = Pattern.compile("\\s*\\((?i:via)\\s+([^()]*?)\\s*\\)\\s*$");

  private InteractionLine() {}

  static PeopleNote.Interaction parse(String text) {
    String rest = text.strip();
    String dateText = null;
    LinePrefix.Dated date = LinePrefix.date(rest);
    if (date != null) {
      dateText = date.text();
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
    String summary = link.map(found -> LinePrefix.afterSeparator(found.rest())).orElse(rest).strip();
    return new PeopleNote.Interaction(
        Dates.iso(dateText), dateText, title, target, summary.isEmpty() ? null : summary, via);
  }

  private static String viaName(String written) {
    Matcher link = Wikilink.PATTERN.matcher(written);
    return link.matches() ? Wikilink.of(link).displayName() : written;
  }
}
