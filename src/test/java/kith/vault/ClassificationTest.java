package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationTest {
  private static final String PLAIN = "# Someone\n\n## Key Facts\n\n- Likes tea\n";
  private static final NoteReading.Other NOT_PEOPLE = new NoteReading.Other("not a people note");

  @ParameterizedTest
  @ValueSource(strings = {"People/someone.md", "Work/People/someone.md", "work/people/Team/someone.md"})
  void aPeopleFolderAtAnyDepth(String path) {
    assertEquals(List.of("Likes tea"), Notes.personOf(Notes.readText(path, PLAIN)).keyFacts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"someone.md", "Notes/someone.md", "People.md", "Peoples/someone.md"})
  void elsewhereAPlainNoteIsNoPeopleNote(String path) {
    assertEquals(NOT_PEOPLE, Notes.readText(path, PLAIN));
  }

  @Test
  void typePersonInAnyCase() {
    assertEquals("Dagny Halvorsen", Notes.person("Inbox/dagny.md", "type-person.md").name());
  }

  @Test
  void aTypePeopleTagWithItsHash() {
    PeopleNote note = Notes.person("Inbox/emeka.md", "tag-people.md");
    assertEquals(List.of("type/people"), note.frontmatter().tags());
  }

  @Test
  void aTagInATagString() {
    String text = "---\ntags: \"#crm #type/Person\"\n---\n# Kofi\n";
    assertEquals(List.of("crm", "type/Person"), Notes.personOf(Notes.readText("kofi.md", text)).frontmatter().tags());
  }

  @Test
  void anInlineTypePeopleTag() {
    PeopleNote note = Notes.person("Inbox/farida.md", "inline-tag.md");
    assertEquals("Farida Haidari", note.name());
    assertEquals(List.of("Leads the Kabul office"), note.keyFacts());
  }

  @Test
  void anotherTypeIsNoPeopleNoteEvenWithTheTagInsideCode() {
    assertEquals(NOT_PEOPLE, Notes.read("Meetings/sync.md", "not-people.md"));
  }

  @Test
  void classifierRules() {
    assertTrue(PeopleClassifier.inPeopleFolder("A/PEOPLE/b.md"));
    assertFalse(PeopleClassifier.inPeopleFolder("people.md"));
    assertTrue(PeopleClassifier.rawLooksLikePeople("title: x\ntype: person\n  bad: indent"));
    assertTrue(PeopleClassifier.rawLooksLikePeople("tags: [a, type/people"));
    assertFalse(PeopleClassifier.rawLooksLikePeople("subtype: peoplething\nkind: x"));
  }

  @Test
  void anotherTypeUnderPeopleIsStillAPerson() {
    String text = "---\ntype: meeting\n---\n# Sync\n";
    assertInstanceOf(NoteReading.Person.class, Notes.readText("People/sync.md", text));
  }
}
