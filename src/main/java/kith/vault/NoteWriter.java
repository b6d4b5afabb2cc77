package kith.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes decisions back into people notes. The note is the user's: apart from the one line added or removed,
 * every byte stays as it was (line endings, a BOM, frontmatter, trailing whitespace), and the file is replaced
 * atomically, never over an edit made while Kith was writing.
 *
 * <p>Where the line goes: after the last non-blank line of the first "Key Decisions" (or "Decisions") H2, found as
 * the importer finds it; the line gets the file's first line break after it. When that last line is the file's
 * last and has no line break, the line break goes before the new line instead, so the file still ends without
 * one. Without such a section, one is added at the end: a line break if the file does not end with one, a blank
 * line if its last line is not blank, then {@code ## Key Decisions}, a blank line, the decision and a line break.
 *
 * <p>Should the section end in a block that would swallow the new line (an HTML block), a blank line goes before
 * it; when even that would not read back as a decision (an unclosed code fence), nothing is written and an
 * {@link IOException} says so.
 */
public final class NoteWriter {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\n\\r\\t\\u000B\\f\\u0085\\u2028\\u2029]+\\s*");
  /** Characters that would end or break the Markdown link destination. */
  private static final Pattern UNSAFE_IN_LINK = Pattern.compile("[\\s\\p{Cntrl}()<>]");

  private final Runnable beforeMove;

  public NoteWriter() {
    this(() -> {});
  }

  /** For tests: {@code beforeMove} runs between writing the temporary file and checking the note is unchanged. */
  NoteWriter(Runnable beforeMove) {
    this.beforeMove = Objects.requireNonNull(beforeMove, "beforeMove");
  }

  /**
   * Appends the decision under "## Key Decisions" (created at the end when missing) and returns the exact line
   * written (without line ending). Does nothing and returns the existing line when a decision in that section
   * already links to the same permalink.
   *
   * @throws IllegalArgumentException for a blank text or a permalink that is not a plain http(s) URL
   * @throws java.nio.file.AccessDeniedException when the note's owner-write permission is off
   * @throws IOException when the note cannot be read as UTF-8, kept changing, or cannot be replaced
   */
  public String appendDecision(Path note, String text, String permalink, LocalDate date) throws IOException {
    String line = decisionLine(text, permalink, date);
    return NoteWriteAtomic.update(note, beforeMove, bytes -> NoteWriteEdits.appendDecision(bytes, line, permalink));
  }

  /**
   * Removes exactly that line (first occurrence in the Key Decisions section, else anywhere) with its line break;
   * a last line without one takes the line break before it. Returns false, writing nothing, when it is not there.
   */
  public boolean removeLine(Path note, String line) throws IOException {
    Objects.requireNonNull(line, "line");
    return NoteWriteAtomic.update(note, beforeMove, bytes -> NoteWriteEdits.removeLine(bytes, line));
  }

  /**
   * The line for a decision: {@code - ✅ <text> ([Slack](<permalink>), 2026-11-25)}. The text becomes one line
   * (line breaks and tabs turn into single spaces, ends trimmed) and stays Markdown otherwise.
   */
  public static String decisionLine(String text, String permalink, LocalDate date) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(permalink, "permalink");
    Objects.requireNonNull(date, "date");
    String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    if (oneLine.isEmpty()) {
      throw new IllegalArgumentException("decision text is blank");
    }
    requirePlainHttpUrl(permalink);
    return "- ✅ " + oneLine + " ([Slack](" + permalink + "), " + date + ")";
  }

  private static void requirePlainHttpUrl(String permalink) {
    String lower = permalink.toLowerCase(Locale.ROOT);
    String rest =
        lower.startsWith("https://")
            ? lower.substring("https://".length())
            : lower.startsWith("http://") ? lower.substring("http://".length()) : null;
    if (rest == null || rest.isEmpty() || rest.startsWith("/")) {
      throw new IllegalArgumentException("permalink must be an http(s) URL: " + permalink);
    }
    if (UNSAFE_IN_LINK.matcher(permalink).find()) {
      throw new IllegalArgumentException("permalink must not contain whitespace, parentheses or angle brackets");
    }
  }
}
