package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import kith.vault.PeopleNote.Attribute;
import kith.vault.PeopleNote.AttributeSource;
import kith.vault.PeopleNote.Decision;
import kith.vault.PeopleNote.Interaction;
import kith.vault.PeopleNote.Related;
import kith.vault.PeopleNote.RelatedKind;
import kith.vault.PeopleNote.Section;
import kith.vault.PeopleNote.Task;
import org.junit.jupiter.api.Test;

class SectionsTest {

  @Test
  void headingSynonymsOfEveryKnownSection() {
    PeopleNote note = Notes.person("People/rafael.md", "synonyms.md");
    assertEquals(
        List.of(
            new Interaction(
                LocalDate.of(2026, 2, 14),
                "2026-02-14",
                "2026-02-14 - Budget review",
                "2026-02-14 - Budget review",
                "Went through the Q2 numbers",
                null)),
        note.interactions());
    assertEquals(new PeopleNote.Profile(null, null, "Quintero Foods", "rafa@example.com", null), note.profile());
    assertEquals(List.of("Allergic to shellfish"), note.keyFacts());
    assertEquals(List.of("Cold chain logistics", "Export licences"), note.topics());
    assertEquals(List.of(new Task("Send him the freight quote", false, null, null)), note.tasks());
    assertEquals(List.of(new Decision("Use the Rotterdam hub for EU shipments", null, null)), note.decisions());
    assertEquals(
        List.of(
            new Related(RelatedKind.CUSTOMER, "Quintero Foods", "Quintero Foods"),
            new Related(RelatedKind.PROJECT, "Cold Chain Pilot", "Cold Chain Pilot"),
            new Related(RelatedKind.PERSON, "Lucía Quintero", "Lucía Quintero")),
        note.related());
    assertEquals(List.of(), note.otherSections());
  }

  @Test
  void taskFormsDatesAndTasksOutsideTheTasksSection() {
    PeopleNote note = Notes.person("People/hana.md", "tasks.md");
    assertEquals(
        List.of(
            new Task("Book the workshop room", false, LocalDate.of(2026, 8, 8), null),
            new Task("Share the onboarding deck", true, null, LocalDate.of(2026, 6, 21)),
            new Task("Confirm the dietary needs", true, null, null),
            new Task("Ask about the Osaka office ⏳ 2026-07-01 🔺", false, null, null),
            new Task("Introduce her to the design team", false, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 12)),
            new Task("Draft the partnership memo", false, null, null),
            new Task("Plain bullet counts as an open task", false, null, null),
            new Task("Follow up on the kickoff notes", false, null, null),
            new Task("Review her slides", false, null, null)),
        note.tasks());
    assertEquals(1, note.interactions().size());
    assertEquals(
        List.of(new Section("Notes on style", "- [ ] Review her slides\n\nLikes concise emails.")),
        note.otherSections());
  }

  @Test
  void decisionForms() {
    PeopleNote note = Notes.person("People/oluwaseun.md", "decisions.md");
    assertEquals(
        List.of(
            new Decision("Move the weekly sync to Thursdays.", null, null),
            new Decision("Keep the pilot scope to two warehouses", null, null),
            new Decision("Adopt the shared glossary", null, null),
            new Decision(
                "Pause hiring for the data team",
                LocalDate.of(2026, 11, 25),
                "https://example.slack.com/archives/C01/p1700000000"),
            new Decision("Approve the travel budget", LocalDate.of(2026, 1, 3), null),
            new Decision("Ship the beta in March (steering committee, 2026-02-10)", LocalDate.of(2026, 2, 10), null)),
        note.decisions());
    assertEquals(List.of(new Task("Decide on the vendor shortlist", false, null, null)), note.tasks());
  }

  @Test
  void wikilinkForms() {
    PeopleNote note = Notes.person("People/priya.md", "wikilinks.md");
    assertEquals(
        List.of(
            new Related(RelatedKind.PERSON, "Arjun Mehta", "Arjun Mehta"),
            new Related(RelatedKind.PERSON, "Deepa", "Contacts/Team/Deepa Nair"),
            new Related(RelatedKind.PERSON, "Suresh Iyer", "Suresh Iyer#Background"),
            new Related(RelatedKind.PERSON, "Kavya Rao", "Archive/Kavya Rao.md"),
            new Related(RelatedKind.PERSON, "Someone from the Chennai office", null),
            new Related(RelatedKind.PROJECT, "the forecast project", "Projects/Monsoon Forecast"),
            new Related(RelatedKind.PROJECT, "Data Lake", "Data Lake#Phase 2")),
        note.related());
  }

  @Test
  void dataviewInlineFieldsOutsideCode() {
    PeopleNote note = Notes.person("People/chen.md", "dataview.md");
    assertEquals(
        List.of(
            new Attribute(AttributeSource.INLINE, "status", "\"active\"", true),
            new Attribute(AttributeSource.INLINE, "rating", "\"4\"", true),
            new Attribute(AttributeSource.INLINE, "Timezone", "\"Asia/Shanghai\"", true),
            new Attribute(AttributeSource.PROFILE, "Hobby", "\"Go (the board game)\"", true),
            new Attribute(AttributeSource.INLINE, "confidence", "\"high\"", true),
            new Attribute(AttributeSource.INLINE, "Team", "\"Platform\"", true)),
        note.attributes());
    assertEquals("Principal Engineer", note.profile().role());
    assertEquals(List.of("Prefers written proposals [confidence:: high] over calls"), note.keyFacts());
  }

  @Test
  void interactionDatesLinksAndVia() {
    PeopleNote note = Notes.person("People/aisha.md", "interaction-dates.md");
    assertEquals(
        List.of(
            new Interaction(
                LocalDate.of(2026, 3, 9),
                "2026-03-09",
                "Standup",
                "Meetings/2026-03-09 Standup",
                "Talked about the release",
                "Samuel Osei"),
            new Interaction(null, "unknown", "Old chat", "Old chat", "Notes from a hallway chat...", null),
            new Interaction(
                null, "2025-11-4", "2025-11-4 - Coffee", "2025-11-4 - Coffee", "Caught up over coffee", "Ruth"),
            new Interaction(null, null, "No date meeting", "No date meeting", "Planned the offsite", null),
            new Interaction(
                LocalDate.of(2026, 1, 20),
                "2026-01-20",
                "Design review",
                "https://example.com/review?id=7",
                "Reviewed mockups",
                null),
            new Interaction(
                LocalDate.of(2026, 2, 1), "2026-02-01", null, null, "Called about the invoice", null),
            new Interaction(null, null, null, null, "Met briefly at the airport", null)),
        note.interactions());
  }

  @Test
  void codeFencesAndHtmlCommentsAreNotRead() {
    PeopleNote note = Notes.person("People/lars.md", "code-fence.md");
    assertEquals(List.of(new Task("Real task", false, null, null)), note.tasks());
    assertEquals(List.of("Real fact"), note.keyFacts());
    assertEquals(
        List.of(new Section("Scratchpad", "Some notes.\n\n```\n- [ ] kept verbatim, not a task\n```")),
        note.otherSections());
  }

  @Test
  void unknownSectionsAreKeptVerbatimInOrder() {
    PeopleNote note = Notes.person("People/beatriz.md", "unknown-sections.md");
    assertEquals(
        List.of(
            new Section("", "Intro paragraph about Beatriz."),
            new Section("Family", "Two kids, Inês and Tiago.\n### Birthdays\n- Inês: June"),
            new Section(
                "Hobbies & Interests 🎨",
                "- Ceramics\n- [ ] Ask about the pottery class\n\n```\ncode stays verbatim\n```")),
        note.otherSections());
    assertEquals(List.of("Runs marathons"), note.keyFacts());
    assertEquals(List.of(new Task("Ask about the pottery class", false, null, null)), note.tasks());
  }

  @Test
  void anEmptyKnownSectionYieldsNothing() {
    String text = "---\ntype: people\n---\n# Ann\n\n## Related\n\n<!-- Wikilinks to related entities -->\n";
    PeopleNote note = Notes.personOf(Notes.readText("x/ann.md", text));
    assertEquals(List.of(), note.related());
    assertEquals(List.of(), note.otherSections());
  }
}
