package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableNoteTest {

  @Test
  void brokenYamlNamesTheFileLine() {
    NoteParseException error = Notes.unreadable(Notes.read("People/Yusuf Demir.md", "broken-yaml.md"));
    assertEquals("People/Yusuf Demir.md", error.path());
    assertEquals(5, error.line());
    assertEquals("broken YAML frontmatter: mapping values are not allowed here", error.reason());
    assertEquals(
        "People/Yusuf Demir.md:5: broken YAML frontmatter: mapping values are not allowed here", error.getMessage());
  }

  @Test
  void brokenYamlOutsidePeopleIsUnreadableWhenItSaysPeople() {
    NoteParseException error = Notes.unreadable(Notes.read("Inbox/yusuf.md", "broken-yaml.md"));
    assertEquals(5, error.line());
  }

  @Test
  void brokenYamlOfAnotherKindOfNoteIsNoPeopleNote() {
    assertEquals(new NoteReading.Other("not a people note"), Notes.read("Recipes/pancakes.md", "broken-yaml-other.md"));
  }

  @Test
  void aDuplicateKeyIsBrokenYaml() {
    NoteParseException error = Notes.unreadable(Notes.read("People/yusuf.md", "duplicate-key.md"));
    assertEquals(4, error.line());
    assertEquals("broken YAML frontmatter: found duplicate key title", error.reason());
  }

  @Test
  void aNoteReadAfterBrokenYamlOnTheSameThreadReadsAsItWould() {
    // snakeyaml's loader is kept per thread: a document it refused must leave nothing behind for the next.
    for (String broken : List.of("duplicate-key.md", "broken-yaml.md", "duplicate-key.md")) {
      Notes.unreadable(Notes.read("People/yusuf.md", broken));
      PeopleNote note = Notes.person("People/Margaret Okafor.md", "aliases-list.md");
      assertEquals("Margaret Okafor", note.name());
      assertEquals(List.of("Maggie", "Meg"), note.aliases());
    }
    assertEquals("broken YAML frontmatter: found duplicate key title",
        Notes.unreadable(Notes.read("People/yusuf.md", "duplicate-key.md")).reason());
  }

  @Test
  void frontmatterThatNeverCloses() {
    NoteParseException error = Notes.unreadable(Notes.read("Inbox/mirela.md", "unclosed.md"));
    assertEquals("Inbox/mirela.md", error.path());
    assertEquals(1, error.line());
    assertEquals("frontmatter opened with --- but never closed", error.reason());
  }

  @Test
  void emptyAndBlankFilesAreSkipped() {
    NoteParser parser = new NoteParser();
    NoteReading.Other empty = new NoteReading.Other("empty file");
    assertEquals(empty, parser.read("People/a.md", new byte[0]));
    assertEquals(empty, parser.read("People/a.md", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)));
    assertEquals(empty, parser.read("People/a.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
  }

  @Test
  void nulBytesMakeABinaryFileWithTheLineOfTheFirstOne() {
    byte[] bytes = "---\ntype: people\n---\r\nline four\0here\n".getBytes(StandardCharsets.UTF_8);
    NoteParseException error = Notes.unreadable(new NoteParser().read("People/bin.md", bytes));
    assertEquals(4, error.line());
    assertEquals("binary file: not UTF-8 text", error.reason());
  }

  @Test
  void invalidUtf8IsABinaryFileWithTheLine() {
    byte[] latin1 = "# Ana\r\rCafé crème\n".getBytes(StandardCharsets.ISO_8859_1);
    NoteParseException error = Notes.unreadable(new NoteParser().read("People/ana.md", latin1));
    assertEquals("People/ana.md", error.path());
    assertEquals(3, error.line());
    assertEquals("binary file: not UTF-8 text", error.reason());
  }

  @Test
  void aPngIsABinaryFileAtLineOne() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    assertEquals(1, Notes.unreadable(new NoteParser().read("People/photo.md", png)).line());
  }

  /** U+FFFD written in a note is text: only bytes that are not UTF-8 make a binary file. */
  @Test
  void aReplacementCharacterTheNoteHoldsIsText() {
    byte[] bytes = "# Ana Lima\n\n## Key Facts\n\n- Signs her mail \uFFFD\n".getBytes(StandardCharsets.UTF_8);
    PeopleNote note = Notes.personOf(new NoteParser().read("People/Ana Lima.md", bytes));
    assertEquals(List.of("Signs her mail \uFFFD"), note.keyFacts());
  }
}
