package kith.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * Name index entries as one text, the way {@link ReadyNamesStore} keeps them: each entry is its fields separated by
 * U+001F and ended by U+001E: id, "m" for a contact only mentioned in notes or "n" for one with a note, name, role,
 * organisation, then each alias. A missing role or organisation is U+0001 alone. Those three characters, the
 * escape U+001B and U+0000 (which PostgreSQL refuses in text) are written as U+001B followed by the character plus
 * 0x40, so any text survives. Made to be read fast when Kith starts, before anything is compiled: {@code indexOf}
 * and {@code substring} do the work.
 */
final class NameEntriesText {
  /** The version of this layout; entries kept in another are read again from the contact table. */
  static final int FORMAT = 1;

  private static final char FIELD = '\u001F';
  private static final char END = '\u001E';
  private static final char ESCAPE = '\u001B';
  private static final char NONE = '\u0001';
  private static final String MISSING = String.valueOf(NONE);

  private NameEntriesText() {}

  static String write(List<NameEntry> entries) {
    StringBuilder text = new StringBuilder(entries.size() * 64);
    for (NameEntry entry : entries) {
      text.append(entry.contactId()).append(FIELD).append(entry.mentionedOnly() ? 'm' : 'n').append(FIELD);
      field(text, entry.name()).append(FIELD);
      field(text, entry.role()).append(FIELD);
      field(text, entry.organisation());
      for (String alias : entry.aliases()) {
        field(text.append(FIELD), alias);
      }
      text.append(END);
    }
    return text.toString();
  }

  /**
   * The entries {@link #write} wrote.
   *
   * @throws IllegalArgumentException when {@code text} is not such a text
   */
  static List<NameEntry> read(String text) {
    List<NameEntry> entries = new ArrayList<>();
    List<String> fields = new ArrayList<>(8);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf(END, start);
      if (end < 0) {
        throw new IllegalArgumentException("an entry without its end at character " + start);
      }
      fields.clear();
      for (int from = start; ; ) {
        int next = text.indexOf(FIELD, from);
        if (next < 0 || next > end) {
          fields.add(text.substring(from, end));
          break;
        }
        fields.add(text.substring(from, next));
        from = next + 1;
      }
      entries.add(entry(fields, start));
      start = end + 1;
    }
    return entries;
  }

  private static NameEntry entry(List<String> fields, int at) {
    if (fields.size() < 5 || !(fields.get(1).equals("m") || fields.get(1).equals("n"))) {
      throw new IllegalArgumentException("a malformed entry at character " + at);
    }
    List<String> aliases = new ArrayList<>(fields.size() - 5);
    for (int i = 5; i < fields.size(); i++) {
      aliases.add(value(fields.get(i)));
    }
    return new NameEntry(Long.parseLong(fields.get(0)), value(fields.get(2)), aliases, value(fields.get(3)),
        value(fields.get(4)), fields.get(1).equals("m"));
  }

  private static StringBuilder field(StringBuilder text, String value) {
    if (value == null) {
      return text.append(NONE);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == FIELD || c == END || c == ESCAPE || c == NONE || c == '\u0000') {
        text.append(ESCAPE).append((char) (c + 0x40));
      } else {
        text.append(c);
      }
    }
    return text;
  }

  private static String value(String field) {
    if (field.equals(MISSING)) {
      return null;
    }
    if (field.indexOf(ESCAPE) < 0) {
      return field;
    }
    StringBuilder value = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ESCAPE && i + 1 < field.length()) {
        value.append((char) (field.charAt(++i) - 0x40));
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }
}
