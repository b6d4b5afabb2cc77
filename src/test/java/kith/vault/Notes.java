package kith.vault;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures under {@code src/test/resources/notes/} and shortcuts for reading them. */
final class Notes {
  private static final NoteParser PARSER = new NoteParser();

  private Notes() {}

  static byte[] bytes(String fixture) {
    try (InputStream in = Notes.class.getResourceAsStream("/notes/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static NoteReading read(String path, String fixture) {
    return PARSER.read(path, bytes(fixture));
  }

  static NoteReading readText(String path, String text) {
    return PARSER.read(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a fixture that must be a people note. */
  static PeopleNote person(String path, String fixture) {
    return personOf(read(path, fixture));
  }

  static PeopleNote personOf(NoteReading reading) {
    return assertInstanceOf(NoteReading.Person.class, reading, () -> "expected a person, got " + reading).note();
  }

  static NoteParseException unreadable(NoteReading reading) {
    return assertInstanceOf(NoteReading.Unreadable.class, reading, () -> "expected unreadable, got " + reading)
        .error();
  }
}
