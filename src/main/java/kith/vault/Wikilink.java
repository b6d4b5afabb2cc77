package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Obsidian wikilink, {@code [[target]]} or {@code [[target|label]]}. Not CommonMark syntax, so it is found
 * in the raw text.
 *
 * @param target as written: a path, maybe with {@code #heading} or {@code ^block}
 * @param label the text after {@code |}, or null
 */
record Wikilink(String target, String label) {
  /** A wikilink or embed; group 1 is the target, group 2 the label. */
  static final Pattern PATTERN = Pattern.compile("!?\\[\\[([^\\[\\]|]*?)\\\\?(?:\\|([^\\[\\]]*))?]]");

  private static final Pattern SUBPATH = Pattern.compile("[#^].*$");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[#^]+");

  static List<Wikilink> findAll(String text) {
    List<Wikilink> links = new ArrayList<>();
    Matcher matcher = PATTERN.matcher(text);
    while (matcher.find()) {
      links.add(of(matcher));
    }
    return links;
  }

  static Wikilink of(Matcher matcher) {
    String label = matcher.group(2);
    return new Wikilink(matcher.group(1).strip(), label == null || label.isBlank() ? null : label.strip());
  }

  /** The label, else the target's last path segment without heading, block reference or {@code .md}. */
  String displayName() {
    if (label != null) {
      return label;
    }
    boolean subpath = target.indexOf('#') >= 0 || target.indexOf('^') >= 0;
    String note = subpath ? SUBPATH.matcher(target).replaceFirst("") : target;
    note = note.substring(note.lastIndexOf('/') + 1).strip();
    if (note.toLowerCase(Locale.ROOT).endsWith(".md")) {
      note = note.substring(0, note.length() - 3);
    }
    // A link to a heading of the same note, [[#Heading]], has nothing but the heading to show.
    return note.isEmpty() ? LEADING_MARKS.matcher(target).replaceFirst("").strip() : note;
  }
}
