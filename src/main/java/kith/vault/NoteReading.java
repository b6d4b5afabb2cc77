package kith.vault;

/** What reading one Markdown file gave. */
public sealed interface NoteReading {

  /** A people note, parsed in full. */
  record Person(PeopleNote note) implements NoteReading {}

  /** Not a people note (or an empty file): counted and skipped. {@code why} says which. */
  record Other(String why) implements NoteReading {}

  /** A note that cannot be read: broken YAML, a binary file, text that is not UTF-8. */
  record Unreadable(NoteParseException error) implements NoteReading {}
}
