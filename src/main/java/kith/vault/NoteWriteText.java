package kith.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A note's bytes as lines that remember where they stand, so an edit can splice the original bytes instead of
 * re-encoding the whole file: every byte the edit does not touch stays exactly as it was.
 */
final class NoteWriteText {
  private static final char BOM = '\uFEFF';

  private final String text;
  private final List<String> lines = new ArrayList<>();
  /** Per line: where it starts, where its content ends, and where the next line starts (after its line break). */
  private final List<int[]> spans = new ArrayList<>();

  private NoteWriteText(String text) {
    this.text = text;
    split(!text.isEmpty() && text.charAt(0) == BOM ? 1 : 0);
  }

  /** Decodes strictly: a note that is not UTF-8 is refused rather than rewritten with replacement characters. */
  static NoteWriteText decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return new NoteWriteText(text);
  }

  /** The lines without their line breaks and without a BOM, split as {@link NoteText} splits them. */
  List<String> lines() {
    return lines;
  }

  /** The file's first line break (LF, CRLF or a lone CR); LF for a file without one. */
  String lineBreak() {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return "\n";
      }
      if (text.charAt(i) == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
    }
    return "\n";
  }

  boolean hasLineBreak(int line) {
    return spans.get(line)[2] > spans.get(line)[1];
  }

  int lineStart(int line) {
    return spans.get(line)[0];
  }

  int contentEnd(int line) {
    return spans.get(line)[1];
  }

  int nextLineStart(int line) {
    return spans.get(line)[2];
  }

  int end() {
    return text.length();
  }

  /** The original bytes with {@code insertion} added at a char offset. */
  byte[] insert(byte[] original, int at, String insertion) {
    int offset = byteOffset(at);
    byte[] added = insertion.getBytes(StandardCharsets.UTF_8);
    byte[] result = new byte[original.length + added.length];
    System.arraycopy(original, 0, result, 0, offset);
    System.arraycopy(added, 0, result, offset, added.length);
    System.arraycopy(original, offset, result, offset + added.length, original.length - offset);
    return result;
  }

  /** The original bytes without the chars from {@code from} (inclusive) to {@code to} (exclusive). */
  byte[] delete(byte[] original, int from, int to) {
    int start = byteOffset(from);
    int stop = byteOffset(to);
    byte[] result = new byte[original.length - (stop - start)];
    System.arraycopy(original, 0, result, 0, start);
    System.arraycopy(original, stop, result, start, original.length - stop);
    return result;
  }

  /** Exact because the text was decoded strictly, and offsets always fall on line boundaries. */
  private int byteOffset(int charOffset) {
    return text.substring(0, charOffset).getBytes(StandardCharsets.UTF_8).length;
  }

  private void split(int from) {
    int start = from;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int contentEnd = i;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        add(start, contentEnd, i + 1);
        start = i + 1;
      }
    }
    if (start < text.length()) {
      add(start, text.length(), text.length());
    }
  }

  private void add(int start, int contentEnd, int next) {
    lines.add(text.substring(start, contentEnd));
    spans.add(new int[] {start, contentEnd, next});
  }
}
