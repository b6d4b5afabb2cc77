package kith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Kith's own JSON writer, for the two kinds of JSON it writes often enough to matter: what it stores (note
 * documents, ready cards, mentions), and the replies it sends Slack. The characters go into one array per thread,
 * reused from one value to the next, each string copied in as a block and scanned there for what it must escape,
 * then the rest written run by run from the first escape on. Through Gson's writer, a {@code Writer} and a
 * {@code StringBuilder}, each string was scanned two or three times and copied a character at a time: a third of an
 * import's writing thread (JFR), and a sixth of a compiled /who's request thread for its reply.
 *
 * <p>No whitespace. Names and values are escaped alike, by one of three rules ({@link Escapes}).
 */
public final class JsonText {
  /** Which characters of a string are written as escapes. */
  public enum Escapes {
    /**
     * As Gson's writer with HTML escaping off, for stored text the database searches, which must read as earlier
     * versions stored it: a quote and a backslash, the control characters, U+2028 and U+2029.
     */
    AS_GSON,
    /**
     * Those and every character past ASCII, which JSON allows as an escape inside a string, the only place one
     * occurs: a reply stays one byte a character on its way out, where one em dash would make it two.
     */
    ASCII,
    /**
     * As {@link #AS_GSON}; then, when fewer than one character in five is past Latin-1, each of those as its escape
     * too, the smaller of the two in memory: Java keeps a string of Latin-1 one byte a character, and a single other
     * character makes the whole string two. A note in a Latin script with an emoji or a dash here and there is kept
     * in half the memory so; one in Cyrillic or Japanese keeps its characters as they are, where each escape would
     * take six bytes for two.
     */
    SMALLEST_IN_MEMORY
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** A note's document takes about 6,000 characters on the benchmark's vault, a card 2,000, a card's reply 3,400. */
  private static final int KEPT_CHARS = 8 * 1024;
  /** An array grown past this for one large value is not kept at that size. */
  private static final int MOST_KEPT_CHARS = 64 * 1024;
  /** A writer per thread: a new 16 KB array a note document was a fifth of writing one (JFR). */
  private static final ThreadLocal<JsonText> KEPT = ThreadLocal.withInitial(JsonText::new);

  private char[] chars = new char[KEPT_CHARS];
  private int size;
  /** A value ended just before: the next name or value needs a comma. */
  private boolean afterValue;
  private boolean inUse;
  private boolean ascii;

  private JsonText() {}

  /**
   * The JSON {@code writes} writes with these escapes, in this thread's writer (or a new one, for a value written
   * while writing one).
   */
  public static String write(Escapes escapes, Consumer<JsonText> writes) {
    JsonText out = KEPT.get();
    if (out.inUse) {
      out = new JsonText();
    }
    out.inUse = true;
    out.ascii = escapes == Escapes.ASCII;
    try {
      writes.accept(out);
      return escapes == Escapes.SMALLEST_IN_MEMORY ? out.smallestInMemory() : new String(out.chars, 0, out.size);
    } finally {
      out.size = 0;
      out.afterValue = false;
      out.inUse = false;
      if (out.chars.length > MOST_KEPT_CHARS) {
        out.chars = new char[KEPT_CHARS];
      }
    }
  }

  /** {@code text} as a JSON string, quotes and all, escaped as Gson escapes it. */
  public static String quoted(String text) {
    return write(Escapes.AS_GSON, out -> out.value(text));
  }

  public JsonText beginObject() {
    return open('{');
  }

  public JsonText endObject() {
    return close('}');
  }

  public JsonText beginArray() {
    return open('[');
  }

  public JsonText endArray() {
    return close(']');
  }

  public JsonText name(String name) {
    value(name);
    put(':');
    afterValue = false;
    return this;
  }

  public JsonText value(String value) {
    separate();
    string(value);
    afterValue = true;
    return this;
  }

  public JsonText value(long value) {
    return literal(Long.toString(value));
  }

  public JsonText value(boolean value) {
    return literal(value ? "true" : "false");
  }

  /** A date as ISO text, as {@link LocalDate#toString} writes it. */
  public JsonText value(LocalDate date) {
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

  public JsonText nullValue() {
    return literal("null");
  }

  /**
   * A JSON value another writer wrote (the SDK's Gson), copied; with {@link Escapes#ASCII}, each character past
   * ASCII as its escape, which leaves the same JSON, as outside its strings JSON is ASCII.
   */
  public JsonText raw(String json) {
    separate();
    int length = json.length();
    room(length);
    for (int i = 0; i < length; i++) {
      char c = json.charAt(i);
      if (ascii && c >= 0x80) {
        room(length - i + 6);
        hexEscape(c);
      } else {
        chars[size++] = c;
      }
    }
    afterValue = true;
    return this;
  }

  private JsonText open(char bracket) {
    separate();
    put(bracket);
    afterValue = false;
    return this;
  }

  private JsonText close(char bracket) {
    put(bracket);
    afterValue = true;
    return this;
  }

  private JsonText literal(String literal) {
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

  private boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\' || (ascii ? c >= 0x80 : c == '\u2028' || c == '\u2029');
  }

  /** The caller has made room for the six characters of the longest escape. */
  private void escape(char c) {
    switch (c) {
      case '"', '\\' -> {
        chars[size++] = '\\';
        chars[size++] = c;
      }
      case '\t' -> shortEscape('t');
      case '\b' -> shortEscape('b');
      case '\n' -> shortEscape('n');
      case '\r' -> shortEscape('r');
      case '\f' -> shortEscape('f');
      default -> hexEscape(c);
    }
  }

  private void shortEscape(char letter) {
    chars[size++] = '\\';
    chars[size++] = letter;
  }

  /**
   * The text written, with each character past Latin-1 as its escape when they are fewer than one in five: the
   * string then takes {@code size + 5 n} bytes rather than {@code 2 size}. Outside its strings JSON is ASCII, so
   * each such character is inside one, where an escape means the same.
   */
  private String smallestInMemory() {
    int pastLatin1 = 0;
    for (int i = 0; i < size; i++) {
      if (chars[i] > 0xFF) {
        pastLatin1++;
      }
    }
    if (pastLatin1 == 0 || 5L * pastLatin1 >= size) {
      return new String(chars, 0, size);
    }
    char[] escaped = new char[size + 5 * pastLatin1];
    int at = 0;
    for (int i = 0; i < size; i++) {
      char c = chars[i];
      if (c > 0xFF) {
        at = hexEscape(c, escaped, at);
      } else {
        escaped[at++] = c;
      }
    }
    return new String(escaped);
  }

  /** A backslash, {@code u} and four lower-case hex digits; the caller has made room. */
  private void hexEscape(char c) {
    size = hexEscape(c, chars, size);
  }

  /** The same into {@code into} at {@code at}; returns where the escape ends. */
  private static int hexEscape(char c, char[] into, int at) {
    into[at] = '\\';
    into[at + 1] = 'u';
    into[at + 2] = HEX[c >> 12];
    into[at + 3] = HEX[(c >> 8) & 0xf];
    into[at + 4] = HEX[(c >> 4) & 0xf];
    into[at + 5] = HEX[c & 0xf];
    return at + 6;
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

  /**
   * Room for {@code more} characters: compared as a difference, so that no sum can wrap past the largest int; the
   * array doubles, or grows to what is needed when that is more, never past what an array can hold.
   */
  private void room(int more) {
    if (more > chars.length - size) {
      int needed = Math.addExact(size, more);
      chars = Arrays.copyOf(chars, (int) Math.max(needed, Math.min(2L * chars.length, Integer.MAX_VALUE - 8)));
    }
  }
}
