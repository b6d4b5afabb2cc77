package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The body cut into sections at each top-level H2. commonmark finds the headings, so a {@code ##} inside a code
 * fence or an HTML comment never starts a section.
 */
final class Outline {
  /**
   * One section.
   *
   * @param heading the heading as written, or "" for the text before the first H2
   * @param lines the section's lines below its heading (for the text before the first H2, without the title)
   */
  record BodySection(String heading, SectionKind kind, List<Item> items, List<String> lines) {
    /**
     * The section's Markdown below its heading, without leading and trailing blank lines. Joined when asked for:
     * only sections Kith does not know are kept so, and joining every section was ~5 % of what reading a note
     * allocates.
     */
    String verbatim() {
      return withoutBlankEnds(lines);
    }
  }

  /** Block structure only: everything is read from raw source lines, so parsing inline syntax is wasted work. */
  private static final Parser PARSER =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, block) -> {})
          .build();

  private static final Pattern OPENING_HASHES = Pattern.compile("^#{1,6}");
  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");

  private final List<String> lines;
  private final List<BodySection> sections = new ArrayList<>();
  private Heading title;

  private Outline(List<String> lines) {
    this.lines = lines;
  }

  /** Parses the lines from {@code bodyStart} on; line numbers stay those of the file. */
  static Outline parse(List<String> lines, int bodyStart) {
    // Frontmatter lines stay as empty lines so that every source span's line index is a file line index. Joined by
    // String.join, which sizes the text once, in one byte a character when it can: a builder grown line by line
    // was copied to two bytes a character at the first line past U+00FF (half the benchmark's notes), then again.
    String[] body = new String[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      body[i] = i < bodyStart ? "" : lines.get(i);
    }
    body[lines.size()] = "";
    Outline outline = new Outline(lines);
    outline.split(PARSER.parse(String.join("\n", body)), bodyStart);
    return outline;
  }

  /** The first H1's text, or null. */
  String title() {
    return title == null ? null : headingText(title);
  }

  List<BodySection> sections() {
    return sections;
  }

  private void split(Node document, int bodyStart) {
    String heading = "";
    int contentStart = bodyStart;
    List<Node> blocks = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading h && h.getLevel() == 2) {
        close(heading, contentStart, SourceLines.first(h), blocks);
        heading = headingText(h);
        contentStart = SourceLines.last(h) + 1;
        blocks = new ArrayList<>();
      } else if (block instanceof Heading h && h.getLevel() == 1 && title == null) {
        title = h;
      } else {
        blocks.add(block);
      }
    }
    close(heading, contentStart, lines.size(), blocks);
  }

  private void close(String heading, int from, int to, List<Node> blocks) {
    List<String> below;
    if (heading.isEmpty() && title != null) {
      below = new ArrayList<>(Math.max(0, to - from));
      for (int i = from; i < to; i++) {
        if (!isTitleLine(i)) {
          below.add(lines.get(i));
        }
      }
    } else {
      below = lines.subList(from, Math.max(from, to));
    }
    sections.add(new BodySection(heading, SectionKind.of(heading), BlockItems.of(blocks, lines), below));
  }

  private boolean isTitleLine(int line) {
    return title != null && line >= SourceLines.first(title) && line <= SourceLines.last(title);
  }

  /** An ATX heading without its {@code #} marks, or a setext heading without its underline. */
  private String headingText(Heading heading) {
    List<String> raw = SourceLines.texts(heading, lines);
    String first = raw.get(0);
    if (first.startsWith("#")) {
      String text = OPENING_HASHES.matcher(first).replaceFirst("");
      // Closing marks are rare: a heading without another # has none, and needs no matcher for them.
      return (text.indexOf('#') < 0 ? text : CLOSING_HASHES.matcher(text).replaceFirst("")).strip();
    }
    return String.join(" ", raw.subList(0, Math.max(1, raw.size() - 1))).strip();
  }

  /** The lines joined, without blank lines at either end. (A note's lines hold no line breaks.) */
  private static String withoutBlankEnds(List<String> all) {
    int start = 0;
    int end = all.size();
    while (start < end && all.get(start).isBlank()) {
      start++;
    }
    while (end > start && all.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", all.subList(start, end));
  }
}
