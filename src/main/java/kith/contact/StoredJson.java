package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.Writer;
import java.lang.reflect.Type;

/**
 * The JSON Kith keeps in its own columns (note documents, ready cards): records as objects, dates as ISO text. The
 * records it keeps are written and read by {@link StoredRecords}; reflection does the rest.
 */
final class StoredJson {
  private static final Gson GSON = StoredRecords.register(new GsonBuilder().disableHtmlEscaping()).create();

  private StoredJson() {}

  /**
   * Written into a builder of {@code expectedChars}: Gson's own {@code toJson} writes into a synchronised buffer
   * of 16 chars that grows by copying, which was a quarter of writing an 8 KB note document on import.
   */
  static String of(Object value, Type type, int expectedChars) {
    BuilderWriter json = new BuilderWriter(expectedChars);
    GSON.toJson(value, type, json);
    return json.text.toString();
  }

  /**
   * Gson writes each string value as runs between the characters it escapes, most often the whole string at once.
   * Handed a {@code StringBuilder}, it appends each run as {@code append(CharSequence, start, end)}, which copies
   * one character at a time (half the samples of writing a note document, in an import's profile). Here a whole
   * string is appended whole and a run copied as a block: the benchmark's 20,000 note documents, written in a warm
   * JVM, 0.59–0.62 → 0.51–0.54 s.
   */
  private static final class BuilderWriter extends Writer {
    final StringBuilder text;

    BuilderWriter(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(String string, int offset, int length) {
      if (offset == 0 && length == string.length()) {
        text.append(string);
      } else {
        text.append(string.substring(offset, offset + length));
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static <T> T read(String json, Type type) {
    return GSON.fromJson(json, type);
  }
}
