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
    return of(matcher.group(1), matcher.group(2));
  }

  private static Wikilink of(String target, String label) {
    return new Wikilink(target.strip(), label == null || label.isBlank() ? null : label.strip());
  }

  /** A wikilink at the very start of a text, and the index just past its {@code ]]}. */
  record Leading(Wikilink link, int end) {}

  /**
   * The wikilink or embed that opens {@code text}, as {@link #PATTERN}'s {@code lookingAt} finds it, or null: found
   * in one pass, as nearly every interaction line opens with one and the pattern's reluctant target made matching
   * it a tenth of reading a note. The target runs to the first {@code [}, {@code ]} or {@code |}: none can be in
   * it, and only {@code |} or {@code ]]} may follow it, less a backslash just before (a pipe escaped in a table).
   */
  static Leading leading(String text) {
    int open = text.startsWith("!") ? 1 : 0;
    if (!text.startsWith("[[", open)) {
      return null;
    }
    int targetStart = open + 2;
    int stop = targetStart;
    while (stop < text.length() && !isBracketOrPipe(text.charAt(stop))) {
      stop++;
    }
    if (stop == text.length() || text.charAt(stop) == '[') {
      return null;
    }
    int targetEnd = stop > targetStart && text.charAt(stop - 1) == '\\' ? stop - 1 : stop;
    String label = null;
    int close = stop;
    if (text.charAt(stop) == '|') {
      close = stop + 1;
      while (close < text.length() && text.charAt(close) != '[' && text.charAt(close) != ']') {
        close++;
      }
      label = text.substring(stop + 1, close);
    }
    if (!text.startsWith("]]", close)) {
      return null;
    }
    return new Leading(of(text.substring(targetStart, targetEnd), label), close + 2);
  }

  private static boolean isBracketOrPipe(char c) {
    return c == '[' || c == ']' || c == '|';
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
