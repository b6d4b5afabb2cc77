package kith.vault;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One Recent Context bullet: {@code <date>: [[<title>]] - <summary> (via <Name>)}, every part optional. The
 * summary keeps the note's words exactly, including a truncating {@code ...}.
 */
final class InteractionLine {
  private InteractionLine() {}

  /** The name in a line's closing {@code (via Name)}, as written, and where that part starts. */
  record Via(String name, int start) {}

  static PeopleNote.Interaction parse(String text) {
    String rest = text.strip();
    String dateText = null;
    LinePrefix.Dated date = LinePrefix.date(rest);
    if (date != null) {
      dateText = date.text();
      rest = rest.substring(date.end());
    }
    String via = null;
    Via closing = via(rest);
    if (closing != null) {
      via = viaName(closing.name());
      rest = rest.substring(0, closing.start());
    }
    Optional<LeadingLink> link = LeadingLink.of(rest.strip());
    String title = link.map(LeadingLink::title).orElse(null);
    String target = link.map(LeadingLink::link).orElse(null);
    String summary = link.map(found -> LinePrefix.afterSeparator(found.rest())).orElse(rest).strip();
    return new PeopleNote.Interaction(
        Dates.iso(dateText), dateText, title, target, summary.isEmpty() ? null : summary, via);
  }

  /**
   * The {@code (via Name)} that ends {@code text}, or null: what {@code \s*\((?i:via)\s+([^()]*?)\s*\)\s*$}
   * finds from the last {@code (}, scanned. The part holds no parenthesis, so it can only open at the last one;
   * the name runs to the first {@code )} after "via" and its spaces, less the spaces before it; only spaces may
   * follow it. {@code InteractionLineTest} holds the scan to the expression.
   */
  static Via via(String text) {
    int open = text.lastIndexOf('(');
    int word = open + 1;
    if (open < 0 || word + 3 > text.length() || !isVia(text, word)) {
      return null;
    }
    int name = LinePrefix.skipSpaces(text, word + 3);
    int close = text.indexOf(')', name);
    if (name == word + 3 || close < 0 || !LinePrefix.isEndOfLine(text, LinePrefix.skipSpaces(text, close + 1))) {
      return null;
    }
    int nameEnd = close;
    while (nameEnd > name && LinePrefix.isSpace(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    return new Via(text.substring(name, nameEnd), open);
  }

  /** "via" at {@code at}, in any case of its ASCII letters, as {@code (?i:via)} takes it. */
  private static boolean isVia(String text, int at) {
    return (text.charAt(at) | 0x20) == 'v' && (text.charAt(at + 1) | 0x20) == 'i'
        && (text.charAt(at + 2) | 0x20) == 'a';
  }

  private static String viaName(String written) {
    Matcher link = Wikilink.PATTERN.matcher(written);
    return link.matches() ? Wikilink.of(link).displayName() : written;
  }
}
