package kith.contact;

import java.util.List;
import java.util.StringJoiner;

/** The layout the command line's cards and briefs share: headed lists, labelled lines. */
public final class PlainText {
  private PlainText() {}

  /** A heading, then each item on its own indented line behind {@code marker}; nothing when there are none. */
  public static void bullets(StringBuilder out, String title, String marker, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(out, title);
    items.forEach(item -> out.append("  ").append(marker).append(' ').append(item).append('\n'));
  }

  public static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n');
  }

  /** "label value", only when there is a value. */
  public static void line(StringBuilder out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.append(label).append(value).append('\n');
    }
  }

  public static String joinNonBlank(String separator, String... parts) {
    StringJoiner joiner = new StringJoiner(separator);
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joiner.add(part);
      }
    }
    return joiner.toString();
  }
}
