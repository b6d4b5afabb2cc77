package kith.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * Name index entries as one text, the way {@link ReadyNamesStore} keeps them, each with its spellings already
 * normalised ({@link EntrySpellings}): each entry is its fields separated by U+001F and ended by U+001E: id, "m"
 * for a contact only mentioned in notes or "n" for one with a note, name, role, organisation, the number of
 * aliases, each alias, the normalised name, then each spelling. A missing role or organisation is U+0001 alone.
 * Those three characters, the escape U+001B and U+0000 (which PostgreSQL refuses in text) are written as U+001B
 * followed by the character plus 0x40, so any text survives. Made to be read fast when Kith starts, before
 * anything is compiled: {@code indexOf} and {@code substring} do the work.
 */
final class NameEntriesText {
  /**
   * The version of this layout and of the normalising the spellings went through: raise the first part when either
   * changes ({@link NameTokens} included). The second is the JDK's feature release, whose Unicode tables the
   * normalising uses: a Kith started on another JDK reads the entries again. Entries kept in another format are
   * read again from the contact table.
   */
  static final int FORMAT = 2 * 1000 + Runtime.version().feature();

  private static final char FIELD = '\u001F';
  private static final char END = '\u001E';
  private static final char ESCAPE = '\u001B';
  private static final char NONE = '\u0001';
  private static final String MISSING = String.valueOf(NONE);
  /** Id, kind, name, role, organisation, alias count. */
  private static final int FIXED_FIELDS = 6;

  private NameEntriesText() {}

  /** Entries as kept, and each one's spellings, in the same order. */
  record Kept(List<NameEntry> entries, List<EntrySpellings> spellings) {}

  /** Writes {@code entries} with their {@code spellings}, in the same order. */
  static String write(List<NameEntry> entries, List<EntrySpellings> spellings) {
    StringBuilder text = new StringBuilder(entries.size() * 96);
    for (int position = 0; position < entries.size(); position++) {
      NameEntry entry = entries.get(position);
      text.append(entry.contactId()).append(FIELD).append(entry.mentionedOnly() ? 'm' : 'n').append(FIELD);
      field(text, entry.name()).append(FIELD);
      field(text, entry.role()).append(FIELD);
      field(text, entry.organisation()).append(FIELD).append(entry.aliases().size());
      for (String alias : entry.aliases()) {
        field(text.append(FIELD), alias);
      }
      EntrySpellings spelled = spellings.get(position);
      field(text.append(FIELD), spelled.normalisedName());
      for (String spelling : spelled.texts()) {
        field(text.append(FIELD), spelling);
      }
      text.append(END);
    }
    return text.toString();
  }

  /**
   * The entries {@link #write} wrote, with their spellings.
   *
   * @throws IllegalArgumentException when {@code text} is not such a text
   */
  static Kept read(String text) {
    List<NameEntry> entries = new ArrayList<>();
    List<EntrySpellings> spellings = new ArrayList<>();
    List<String> fields = new ArrayList<>(12);
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
      read(fields, start, entries, spellings);
      start = end + 1;
    }
    return new Kept(entries, spellings);
  }

  private static void read(List<String> fields, int at, List<NameEntry> entries, List<EntrySpellings> spellings) {
    int aliasCount = fields.size() < FIXED_FIELDS ? -1 : count(fields.get(FIXED_FIELDS - 1));
    if (aliasCount > fields.size()) {
      aliasCount = -1;
    }
    int spellingsFrom = FIXED_FIELDS + aliasCount;
    if (aliasCount < 0 || fields.size() <= spellingsFrom
        || !(fields.get(1).equals("m") || fields.get(1).equals("n"))) {
      throw new IllegalArgumentException("a malformed entry at character " + at);
    }
    List<String> aliases = new ArrayList<>(aliasCount);
    for (int i = FIXED_FIELDS; i < spellingsFrom; i++) {
      aliases.add(value(fields.get(i)));
    }
    List<String> texts = new ArrayList<>(fields.size() - spellingsFrom - 1);
    for (int i = spellingsFrom + 1; i < fields.size(); i++) {
      texts.add(value(fields.get(i)));
    }
    entries.add(new NameEntry(Long.parseLong(fields.get(0)), value(fields.get(2)), aliases, value(fields.get(3)),
        value(fields.get(4)), fields.get(1).equals("m")));
    spellings.add(new EntrySpellings(value(fields.get(spellingsFrom)), texts));
  }

  private static int count(String field) {
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      return -1;
    }
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
