package kith.vault;

import java.util.List;

/**
 * A list item or a paragraph, as its raw Markdown lines: list markers and indentation gone, everything else
 * (wikilinks, emoji, Dataview fields) as written.
 */
record Item(boolean bullet, List<String> lines) {
  Item {
    lines = List.copyOf(lines);
  }

  /**
   * The lines joined with a space: a bullet wrapped over several lines is still one sentence. Most items are one
   * line, which needs no copy ({@code String.join} copies even one).
   */
  String text() {
    return (lines.size() == 1 ? lines.get(0) : String.join(" ", lines)).strip();
  }
}
