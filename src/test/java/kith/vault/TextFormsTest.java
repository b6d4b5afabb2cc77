package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kith.vault.PeopleNote.Interaction;
import kith.vault.PeopleNote.Related;
import kith.vault.PeopleNote.RelatedKind;
import kith.vault.PeopleNote.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line endings, byte order marks, tabs and non-ASCII text change nothing but the hash. */
class TextFormsTest {
  private static final String PATH = "People/beatriz.md";

  @ParameterizedTest
  @ValueSource(strings = {"unknown-sections.md", "tasks.md", "synonyms.md", "aliases-list.md"})
  void crlfCrBomAndNoFinalNewlineReadTheSame(String fixture) {
    String lf = new String(Notes.bytes(fixture), StandardCharsets.UTF_8);
    PeopleNote expected = withoutHash(Notes.person(PATH, fixture));
    for (byte[] variant :
        List.of(
            utf8(lf.replace("\n", "\r\n")),
            utf8(lf.replace("\n", "\r")),
            withBom(utf8(lf)),
            withBom(utf8(lf.replace("\n", "\r\n"))),
            utf8(lf.stripTrailing()))) {
      PeopleNote note = Notes.personOf(new NoteParser().read(PATH, variant));
      assertNotEquals(expected.contentHash(), note.contentHash());
      assertEquals(expected, withoutHash(note));
    }
  }

  @Test
  void crlfKeepsVerbatimSectionsWithLf() {
    String crlf = new String(Notes.bytes("unknown-sections.md"), StandardCharsets.UTF_8).replace("\n", "\r\n");
    PeopleNote note = Notes.personOf(Notes.readText(PATH, crlf));
    assertEquals("Two kids, Inês and Tiago.\n### Birthdays\n- Inês: June", note.otherSections().get(1).body());
  }

  @Test
  void tabsAfterMarkersAndAsIndentation() {
    PeopleNote note = Notes.person("People/nikolai.md", "tabs.md");
    assertEquals(
        List.of("Uses tabs after the marker", "Wraps onto a tabbed line", "Nested with a tab"), note.keyFacts());
    assertEquals(List.of(new Task("Tabbed task", false, null, null)), note.tasks());
  }

  @Test
  void nonAsciiNamesAndFileNames() {
    PeopleNote note = Notes.person("People/José Núñez.md", "jose.md");
    assertEquals("People/José Núñez.md", note.path());
    assertEquals("José Núñez", note.name());
    assertEquals(
        List.of(
            "Lives in Sevilla; prefers café con leche before calls.",
            "Speaks Español, Português and Deutsch — asks for the agenda in advance."),
        note.keyFacts());
    assertEquals(List.of(new Related(RelatedKind.PERSON, "Zoë Ångström", "Zoë Ångström")), note.related());
  }

  @Test
  void aFiveMegabyteNoteKeepsEveryInteraction() {
    StringBuilder text = new StringBuilder("---\ntype: people\ntitle: Busy Person\n---\n\n## Recent Context\n\n");
    LocalDate start = LocalDate.of(2000, 1, 1);
    int count = 40_000;
    for (int i = 0; i < count; i++) {
      text.append("- ")
          .append(start.plusDays(i))
          .append(": [[Meeting ")
          .append(i)
          .append("]] - Discussed the quarterly plan, the hiring pipeline and the budget for item ")
          .append(i)
          .append(" (via Colleague ")
          .append(i % 7)
          .append(")\n");
    }
    byte[] bytes = utf8(text.toString());
    assertTrue(bytes.length > 5_000_000, "note is " + bytes.length + " bytes");
    List<Interaction> interactions = Notes.personOf(new NoteParser().read("People/busy.md", bytes)).interactions();
    assertEquals(count, interactions.size());
    assertEquals(
        new Interaction(
            start,
            "2000-01-01",
            "Meeting 0",
            "Meeting 0",
            "Discussed the quarterly plan, the hiring pipeline and the budget for item 0",
            "Colleague 0"),
        interactions.get(0));
    Interaction last = interactions.get(count - 1);
    assertEquals(start.plusDays(count - 1), last.date());
    assertEquals("Meeting 39999", last.title());
    assertEquals("Colleague 1", last.via());
  }

  private static PeopleNote withoutHash(PeopleNote note) {
    return new PeopleNote(
        note.path(),
        "",
        note.name(),
        note.aliases(),
        note.frontmatter(),
        note.attributes(),
        note.profile(),
        note.interactions(),
        note.keyFacts(),
        note.topics(),
        note.tasks(),
        note.decisions(),
        note.related(),
        note.otherSections());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBom(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(bytes);
    return out.toByteArray();
  }
}
