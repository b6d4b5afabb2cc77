package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import kith.vault.PeopleNote.Attribute;
import kith.vault.PeopleNote.AttributeSource;
import org.junit.jupiter.api.Test;

class FrontmatterTest {

  @Test
  void aliasesFromAListAreTrimmedDeduplicatedAndWithoutTheName() {
    PeopleNote note = Notes.person("People/Margaret Okafor.md", "aliases-list.md");
    assertEquals("Margaret Okafor", note.name());
    assertEquals(List.of("Maggie", "Meg"), note.aliases());
  }

  @Test
  void aliasFromASingleStringAndNameFromTheNameKey() {
    PeopleNote note = Notes.person("Contacts/tomasz.md", "aliases-string.md");
    assertEquals("Tomasz Wielgosz", note.name());
    assertEquals("Tomasz Wielgosz", note.frontmatter().title());
    assertEquals(List.of("Tom W."), note.aliases());
  }

  @Test
  void nameFromTheFirstH1WhenTheFrontmatterHasNone() {
    PeopleNote note = Notes.person("People/ingrid.md", "name-from-h1.md");
    assertEquals("Ingrid Solberg", note.name());
    assertNull(note.frontmatter().title());
    assertEquals(List.of("crm"), note.frontmatter().tags());
  }

  @Test
  void nameFromTheFileNameWhenThereIsNoTitleNorH1() {
    PeopleNote note = Notes.person("People/José Núñez.md", "jose.md");
    assertEquals("José Núñez", note.name());
  }

  @Test
  void profileKeysFillOnlyWhatTheProfileSectionLeavesEmpty() {
    PeopleNote note = Notes.person("People/Margaret Okafor.md", "aliases-list.md");
    assertEquals(
        new PeopleNote.Profile(
            "Director of Operations",
            "Former colleague from the harbour project",
            "Lindqvist Shipping",
            "maggie@example.org",
            null),
        note.profile());
    // The section's role wins; the frontmatter's is kept, not dropped.
    assertEquals(
        List.of(new Attribute(AttributeSource.FRONTMATTER, "role", "\"Head of Logistics\"", true)), note.attributes());
  }

  @Test
  void templatePlaceholdersAreKeptUnreadableAndTheRestReads() {
    PeopleNote note = Notes.person("People/eleni.md", "placeholder.md");
    assertEquals("Eleni Papadopoulou", note.name());
    assertNull(note.frontmatter().createdText());
    assertNull(note.frontmatter().created());
    assertEquals(
        List.of(
            new Attribute(AttributeSource.FRONTMATTER, "created", "\"{{date}}\"", false),
            new Attribute(AttributeSource.FRONTMATTER, "date", "\"\\\"{{date:YYYY-MM-DD}}\\\"\"", false),
            new Attribute(AttributeSource.FRONTMATTER, "updated", "\"2026-04-01\"", true)),
        note.attributes());
    assertEquals(List.of("Template variables must not break the note"), note.keyFacts());
  }

  @Test
  void unknownKeysBecomeJsonAttributesInFileOrder() {
    PeopleNote note = Notes.person("People/kwame.md", "unknown-frontmatter.md");
    assertEquals(
        new PeopleNote.Frontmatter(
            "people",
            "Kwame Mensah",
            "2026-04-18",
            LocalDate.of(2026, 4, 18),
            "2025-12-01",
            LocalDate.of(2025, 12, 1),
            List.of("crm", "vip")),
        note.frontmatter());
    assertEquals(
        List.of(
            new Attribute(AttributeSource.FRONTMATTER, "teams", "[\"Growth\",\"Partnerships\"]", true),
            new Attribute(AttributeSource.FRONTMATTER, "address", "{\"city\":\"Accra\",\"country\":\"Ghana\"}", true),
            new Attribute(AttributeSource.FRONTMATTER, "score", "42", true),
            new Attribute(AttributeSource.FRONTMATTER, "active", "true", true),
            new Attribute(AttributeSource.FRONTMATTER, "ratio", "0.75", true),
            new Attribute(AttributeSource.FRONTMATTER, "nickname", "null", true)),
        note.attributes());
  }

  @Test
  void lastContactSynonymsAndDateTimes() {
    String text = "---\ntype: people\nlastContact: 2026-02-03 09:30\ncreated: 3rd of May\n---\n";
    PeopleNote.Frontmatter frontmatter = Notes.personOf(Notes.readText("x/a.md", text)).frontmatter();
    assertEquals("2026-02-03 09:30", frontmatter.lastContactText());
    assertEquals(LocalDate.of(2026, 2, 3), frontmatter.lastContact());
    assertEquals("3rd of May", frontmatter.createdText());
    assertNull(frontmatter.created());
  }
}
