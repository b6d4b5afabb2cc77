package kith.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Key Decisions section as file line numbers, found the way {@link Outline} finds sections: top-level H2s that
 * commonmark sees, so a heading inside a code fence or an HTML comment is no heading.
 *
 * @param headingLine the heading's last line (a setext heading's underline)
 * @param end the first line after the section: the next H2, or the line count
 */
record DecisionLinesSection(int headingLine, int end) {
  private static final Parser PARSER =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(context -> (lines, block) -> {})
          .build();

  /** The Key Decisions sections in file order; none when the frontmatter never closes. */
  static List<DecisionLinesSection> find(List<String> lines) {
    FrontmatterBlock frontmatter = FrontmatterBlock.find(lines);
    if (!frontmatter.closed()) {
      return List.of();
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      body.append(i < frontmatter.bodyStart() ? "" : lines.get(i)).append('\n');
    }
    List<Heading> headings = new ArrayList<>();
    for (Node block = PARSER.parse(body.toString()).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading && heading.getLevel() == 2) {
        headings.add(heading);
      }
    }
    List<DecisionLinesSection> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      if (SectionKind.of(headingText(heading, lines)) == SectionKind.KEY_DECISIONS) {
        int end = i + 1 < headings.size() ? SourceLines.first(headings.get(i + 1)) : lines.size();
        sections.add(new DecisionLinesSection(SourceLines.last(heading), end));
      }
    }
    return sections;
  }

  /** The last non-blank line of the section; the heading itself when the section is empty. */
  int lastContentLine(List<String> lines) {
    int line = end - 1;
    while (line > headingLine && lines.get(line).isBlank()) {
      line--;
    }
    return line;
  }

  /** The first line of the section whose trailing source links to {@code permalink}, as written. */
  Optional<String> lineLinkingTo(String permalink, List<String> lines) {
    for (int i = headingLine + 1; i < end; i++) {
      String line = lines.get(i);
      if (line.contains(permalink) && permalink.equals(DecisionLine.parse(line).link())) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** The index of the first line of the section equal to {@code wanted}, or -1. */
  int indexOf(String wanted, List<String> lines) {
    for (int i = headingLine + 1; i < end; i++) {
      if (lines.get(i).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** As {@link Outline} reads it: an ATX heading without its marks, a setext heading without its underline. */
  private static String headingText(Heading heading, List<String> lines) {
    List<String> raw = SourceLines.texts(heading, lines);
    String first = raw.get(0);
    if (first.startsWith("#")) {
      return first.replaceFirst("^#{1,6}", "").replaceFirst("\\s+#+$", "").strip();
    }
    return String.join(" ", raw.subList(0, Math.max(1, raw.size() - 1))).strip();
  }
}
