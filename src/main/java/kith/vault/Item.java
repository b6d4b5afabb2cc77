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

  /** The lines joined with a space: a bullet wrapped over several lines is still one sentence. */
  String text() {
    return String.join(" ", lines).strip();
  }
}
