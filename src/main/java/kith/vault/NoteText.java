package kith.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A note's text as lines. Decoding is strict: a lenient decoder would turn a binary file into a page of
 * replacement characters that then "parses" as a note.
 */
record NoteText(List<String> lines) {
  static final String NOT_TEXT = "binary file: not UTF-8 text";
  private static final char BOM = '\uFEFF';
  private static final char REPLACEMENT = '\uFFFD';

  static NoteText decode(String path, byte[] bytes) throws NoteParseException {
    List<String> lines = linesAtFeeds(bytes);
    if (lines != null) {
      return new NoteText(lines);
    }
    // The JDK's own decoding, far quicker than a decoder's, writes U+FFFD for what is not UTF-8: a text without
    // it (nor a NUL) was clean, and most are. One with it goes through the strict decoder, which tells a bad
    // file (and its line) from one that holds U+FFFD itself.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!isClean(text)) {
      text = strictly(path, bytes);
    }
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    return new NoteText(splitLines(text));
  }

  /**
   * The usual note, its lines broken by line feeds alone and clean: each line decoded on its own by the JDK,
   * which leaves a line of ASCII or Latin-1 one byte a character, where decoding the whole note made it two bytes a
   * character at its first character past U+00FF and copied every line out of it again. A byte order mark at the
   * start is left out. Null for any other note (a carriage return; U+FFFD or a NUL, which the strict decoding
   * looks at): {@link #decode} reads it whole. UTF-8 never uses a line feed's byte inside a character.
   */
  private static List<String> linesAtFeeds(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    List<String> lines = new ArrayList<>();
    for (int i = start; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] == '\r') {
        return null;
      }
      if (i == bytes.length ? start < i : bytes[i] == '\n') {
        String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        if (!isClean(line)) {
          return null;
        }
        lines.add(line);
        start = i + 1;
      }
    }
    return lines;
  }

  /** Without U+FFFD (what the JDK's decoding writes for what is not UTF-8) and without a NUL. */
  private static boolean isClean(String decoded) {
    return decoded.indexOf(REPLACEMENT) < 0 && decoded.indexOf('\0') < 0;
  }

  private static String strictly(String path, byte[] bytes) throws NoteParseException {
    // Decoded once: the strict decoder's output is the text. Only a bad file is looked at again, for its line.
    CharBuffer decoded = CharBuffer.allocate(bytes.length + 1);
    boolean malformed = strictDecoder().decode(ByteBuffer.wrap(bytes), decoded, true).isError();
    if (malformed || hasNul(decoded)) {
      throw new NoteParseException(path, lineOfByte(bytes, firstBadByte(bytes)), NOT_TEXT);
    }
    return new String(decoded.array(), 0, decoded.position());
  }

  boolean isBlank() {
    return lines.stream().allMatch(String::isBlank);
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** UTF-8 writes U+0000 only as a NUL byte, so a NUL among the chars is a NUL in the file. */
  private static boolean hasNul(CharBuffer decoded) {
    char[] chars = decoded.array();
    for (int i = 0; i < decoded.position(); i++) {
      if (chars[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the first NUL or malformed UTF-8 byte, or -1 when the bytes are clean text. */
  private static int firstBadByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more UTF-16 chars than it has bytes, so the buffer cannot overflow.
    CoderResult result = strictDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
    int malformed = result.isError() ? in.position() : -1;
    for (int i = 0; i < bytes.length && (malformed < 0 || i < malformed); i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return malformed;
  }

  /** 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks. */
  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
      if (bytes[i] == '\n' || (bytes[i] == '\r' && !crlf)) {
        line++;
      }
    }
    return line;
  }

  /**
   * Splits on LF, CRLF or CR; a final line break does not start another line. Only the notes
   * {@link #linesAtFeeds} leaves (a carriage return, U+FFFD or a NUL) come here.
   */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
