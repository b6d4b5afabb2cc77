package kith.vault;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One Recent Context bullet: {@code <date>: [[<title>]] - <summary> (via <Name>)}, every part optional. The
 * summary keeps the note's words exactly, including a truncating {@code ...}.
 */
final class InteractionLine {
  private InteractionLine() {}

  static PeopleNote.Interaction parse(String text) {
    String rest = text.strip();
    String dateText = null;
    LineScan.Dated date = LineScan.date(rest);
    if (date != null) {
      dateText = date.text();
      rest = rest.substring(date.end());
    }
    String via = null;
    LineScan.Via closing = LineScan.via(rest);
    if (closing != null) {
      via = viaName(closing.name());
      rest = rest.substring(0, closing.start());
    }
    Optional<LeadingLink> link = LeadingLink.of(rest.strip());
    String title = link.map(LeadingLink::title).orElse(null);
    String target = link.map(LeadingLink::link).orElse(null);
    String summary = link.map(found -> LineScan.afterSeparator(found.rest())).orElse(rest).strip();
    return new PeopleNote.Interaction(
        Dates.iso(dateText), dateText, title, target, summary.isEmpty() ? null : summary, via);
  }

  private static String viaName(String written) {
    Matcher link = Wikilink.PATTERN.matcher(written);
    return link.matches() ? Wikilink.of(link).displayName() : written;
  }
}
