package kith.contact;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import kith.Growth;

/**
 * Writes the JSON Kith keeps in its own columns exactly as Gson's writer does with HTML escaping off, so that
 * what earlier versions stored and what this one stores are the same text: no whitespace; in strings a quote and a
 * backslash escaped with a backslash, the control characters as the short escapes of tab, backspace, line feed,
 * carriage return and form feed or else as four lower-case hex digits, U+2028 and U+2029 as hex digits too,
 * everything else as it is. The characters go into one array, each string's runs between
 * escapes copied as blocks: through Gson's writer, a {@code Writer} and a {@code StringBuilder}, an import spent a
 * third of its writing thread on its notes' JSON (JFR), the builder widened to two bytes a character at the first
 * character past U+00FF and copied again as it grew. Gson still reads it all back. (A reply to Slack is written
 * by {@code ReplyJson}'s own writer, as ASCII bytes with everything past ASCII escaped, for the wire: stored text
 * keeps its characters as Gson stored them, so the two writers stay apart.)
 */
final class StoredJsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** A note's document takes about 6,000 characters on the benchmark's vault, a card 2,000. */
  private static final int KEPT_CHARS = 8 * 1024;
  /** A writer grown past this for one large note is not kept at that size. */
  private static final int MOST_KEPT_CHARS = 64 * 1024;
  /**
   * A writer per thread, its array reused from one value to the next: a new 16 KB array a note document was a fifth
   * of writing one (JFR, on the benchmark's vault).
   */
  private static final ThreadLocal<StoredJsonWriter> KEPT = ThreadLocal.withInitial(StoredJsonWriter::new);

  private char[] chars = new char[KEPT_CHARS];
  private int size;
  /** A value ended just before: the next name or value needs a comma. */
  private boolean afterValue;
  private boolean inUse;

  private StoredJsonWriter() {}

  /** The JSON {@code writes} writes, in this thread's writer (or a new one, for a value written while writing one). */
  static String write(Consumer<StoredJsonWriter> writes) {
    StoredJsonWriter out = KEPT.get();
    if (out.inUse) {
      out = new StoredJsonWriter();
    }
    out.inUse = true;
    try {
      writes.accept(out);
      return out.text();
    } finally {
      out.size = 0;
      out.afterValue = false;
      out.inUse = false;
      if (out.chars.length > MOST_KEPT_CHARS) {
        out.chars = new char[KEPT_CHARS];
      }
    }
  }

  /** {@code text} as a JSON string, quotes and all. */
  static String quoted(String text) {
    return write(out -> out.value(text));
  }

  StoredJsonWriter beginObject() {
    return open('{');
  }

  StoredJsonWriter endObject() {
    return close('}');
  }

  StoredJsonWriter beginArray() {
    return open('[');
  }

  StoredJsonWriter endArray() {
    return close(']');
  }

  StoredJsonWriter name(String name) {
    separate();
    string(name);
    put(':');
    afterValue = false;
    return this;
  }

  StoredJsonWriter value(String value) {
    separate();
    string(value);
    afterValue = true;
    return this;
  }

  StoredJsonWriter value(long value) {
    return literal(Long.toString(value));
  }

  StoredJsonWriter value(boolean value) {
    return literal(value ? "true" : "false");
  }

  /** A date as ISO text, as {@link LocalDate#toString} writes it. */
  StoredJsonWriter value(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return value(date.toString());
    }
    separate();
    room(12);
    chars[size++] = '"';
    digits(year, 4);
    chars[size++] = '-';
    digits(date.getMonthValue(), 2);
    chars[size++] = '-';
    digits(date.getDayOfMonth(), 2);
    chars[size++] = '"';
    afterValue = true;
    return this;
  }

  StoredJsonWriter nullValue() {
    return literal("null");
  }

  /** What was written; in one byte a character when every character fits one, as {@code String} keeps text. */
  String text() {
    return new String(chars, 0, size);
  }

  private StoredJsonWriter open(char bracket) {
    separate();
    put(bracket);
    afterValue = false;
    return this;
  }

  private StoredJsonWriter close(char bracket) {
    put(bracket);
    afterValue = true;
    return this;
  }

  private StoredJsonWriter literal(String literal) {
    separate();
    room(literal.length());
    literal.getChars(0, literal.length(), chars, size);
    size += literal.length();
    afterValue = true;
    return this;
  }

  private void separate() {
    if (afterValue) {
      put(',');
    }
  }

  /**
   * Copies the string in as a block and scans the copy, which is an array rather than a string's characters one call
   * each: most strings need no escape. From the first that does, the rest is written run by run.
   */
  private void string(String text) {
    int length = text.length();
    room(length + 2);
    chars[size++] = '"';
    int start = size;
    int end = start + length;
    text.getChars(0, length, chars, start);
    for (int i = start; i < end; i++) {
      if (escaped(chars[i])) {
        size = i;
        escapingFrom(text, i - start);
        return;
      }
    }
    size = end;
    chars[size++] = '"';
  }

  /** The rest of {@code text}, from {@code from} on, whose character there needs its escape; and the closing quote. */
  private void escapingFrom(String text, int from) {
    int length = text.length();
    int run = from;
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (escaped(c)) {
        // The run before c, c's escape (six characters at most), the rest and the closing quote.
        room(length - run + 6);
        text.getChars(run, i, chars, size);
        size += i - run;
        escape(c);
        run = i + 1;
      }
    }
    text.getChars(run, length, chars, size);
    size += length - run;
    chars[size++] = '"';
  }

  private static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
  }

  /** The caller has made room for the six characters of the longest escape. */
  private void escape(char c) {
    chars[size++] = '\\';
    switch (c) {
      case '"', '\\' -> chars[size++] = c;
      case '\t' -> chars[size++] = 't';
      case '\b' -> chars[size++] = 'b';
      case '\n' -> chars[size++] = 'n';
      case '\r' -> chars[size++] = 'r';
      case '\f' -> chars[size++] = 'f';
      default -> {
        chars[size++] = 'u';
        chars[size++] = HEX[c >> 12];
        chars[size++] = HEX[(c >> 8) & 0xf];
        chars[size++] = HEX[(c >> 4) & 0xf];
        chars[size++] = HEX[c & 0xf];
      }
    }
  }

  /** {@code number}'s last {@code count} decimal digits; the caller has made room. */
  private void digits(int number, int count) {
    for (int i = size + count - 1; i >= size; i--) {
      chars[i] = (char) ('0' + number % 10);
      number /= 10;
    }
    size += count;
  }

  private void put(char c) {
    room(1);
    chars[size++] = c;
  }

  private void room(int more) {
    if (Growth.full(chars.length, size, more)) {
      chars = Arrays.copyOf(chars, Growth.grown(chars.length, size, more));
    }
  }
}
