package kith.vault;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The pure half of {@link NoteWriter}: from a note's bytes to the bytes it should have, touching nothing else. */
final class NoteWriteEdits {
  static final String HEADING = "## Key Decisions";

  private NoteWriteEdits() {}

  /**
   * Adds {@code line} after the last non-blank line of the first Key Decisions section, or creates the section at
   * the end; the result is unchanged bytes and the existing line when a decision there already links to
   * {@code permalink}.
   */
  static NoteWriteAtomic.Change<String> appendDecision(byte[] bytes, String line, String permalink)
      throws IOException {
    NoteWriteText note = NoteWriteText.decode(bytes);
    List<DecisionLinesSection> sections = DecisionLinesSection.find(note.lines());
    for (DecisionLinesSection section : sections) {
      Optional<String> existing = section.lineLinkingTo(permalink, note.lines());
      if (existing.isPresent()) {
        return new NoteWriteAtomic.Change<>(existing.get(), null);
      }
    }
    if (sections.isEmpty()) {
      byte[] created = note.insert(bytes, note.end(), newSection(note, line));
      return verified(created, line, permalink);
    }
    int after = sections.get(0).lastContentLine(note.lines());
    byte[] plain = insertAfter(note, bytes, after, line, false);
    if (readsBack(plain, permalink)) {
      return new NoteWriteAtomic.Change<>(line, plain);
    }
    // The section ends in a block that swallows a following line (an HTML block, say): a blank line closes it.
    return verified(insertAfter(note, bytes, after, line, true), line, permalink);
  }

  /** Removes the first line equal to {@code line} in a Key Decisions section, else the first one anywhere. */
  static NoteWriteAtomic.Change<Boolean> removeLine(byte[] bytes, String line) throws IOException {
    NoteWriteText note = NoteWriteText.decode(bytes);
    int found = -1;
    for (DecisionLinesSection section : DecisionLinesSection.find(note.lines())) {
      found = found < 0 ? section.indexOf(line, note.lines()) : found;
    }
    found = found < 0 ? note.lines().indexOf(line) : found;
    if (found < 0) {
      return new NoteWriteAtomic.Change<>(false, null);
    }
    if (note.hasLineBreak(found)) {
      return new NoteWriteAtomic.Change<>(true, note.delete(bytes, note.lineStart(found), note.nextLineStart(found)));
    }
    // The last line, without a line break: the break before it goes with it, as appendDecision added it.
    int from = found == 0 ? note.lineStart(0) : note.contentEnd(found - 1);
    return new NoteWriteAtomic.Change<>(true, note.delete(bytes, from, note.end()));
  }

  /**
   * {@code line} and a line break right after line {@code after}; when that line is the last one and has no line
   * break, a line break before {@code line} instead, so the file still ends without one.
   */
  private static byte[] insertAfter(NoteWriteText note, byte[] bytes, int after, String line, boolean blankFirst) {
    String eol = note.lineBreak();
    String blank = blankFirst ? eol : "";
    if (note.hasLineBreak(after)) {
      return note.insert(bytes, note.nextLineStart(after), blank + line + eol);
    }
    return note.insert(bytes, note.contentEnd(after), eol + blank + line);
  }

  /** The heading, a blank line and the decision, after one blank line that ends whatever came before. */
  private static String newSection(NoteWriteText note, String line) {
    String eol = note.lineBreak();
    List<String> lines = note.lines();
    StringBuilder section = new StringBuilder();
    if (!lines.isEmpty()) {
      int last = lines.size() - 1;
      section.append(note.hasLineBreak(last) ? "" : eol).append(lines.get(last).isBlank() ? "" : eol);
    }
    return section.append(HEADING).append(eol).append(eol).append(line).append(eol).toString();
  }

  private static NoteWriteAtomic.Change<String> verified(byte[] bytes, String line, String permalink)
      throws IOException {
    if (!readsBack(bytes, permalink)) {
      throw new IOException(
          "the decision would not read back as one (an unclosed frontmatter or code fence?); note left as it was");
    }
    return new NoteWriteAtomic.Change<>(line, bytes);
  }

  /** Whether the importer's own reading finds a Key Decisions entry linking to {@code permalink}. */
  private static boolean readsBack(byte[] bytes, String permalink) throws IOException {
    List<String> lines = NoteWriteText.decode(bytes).lines();
    FrontmatterBlock frontmatter = FrontmatterBlock.find(lines);
    return Outline.parse(lines, frontmatter.bodyStart()).sections().stream()
        .filter(section -> section.kind() == SectionKind.KEY_DECISIONS)
        .flatMap(section -> section.items().stream())
        .anyMatch(item -> permalink.equals(DecisionLine.parse(item.text()).link()));
  }
}
