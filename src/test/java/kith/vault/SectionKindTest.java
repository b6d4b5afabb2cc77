package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionKindTest {

  @ParameterizedTest
  @CsvSource({
    "Recent Context, RECENT_CONTEXT",
    "Interactions, RECENT_CONTEXT",
    "Interaction Log, RECENT_CONTEXT",
    "📅 Meetings:, RECENT_CONTEXT",
    "Recent interactions, RECENT_CONTEXT",
    "Meeting log, RECENT_CONTEXT",
    "LOG, RECENT_CONTEXT",
    "Profile, PROFILE",
    "About:, PROFILE",
    "Bio, PROFILE",
    "Summary, PROFILE",
    "Context, PROFILE",
    "Key Facts, KEY_FACTS",
    "Facts, KEY_FACTS",
    "**Notes**, KEY_FACTS",
    "Topics, TOPICS",
    "Key topics, TOPICS",
    "Open Tasks, OPEN_TASKS",
    "Tasks, OPEN_TASKS",
    "Action Items, OPEN_TASKS",
    "Open items, OPEN_TASKS",
    "Follow-ups, OPEN_TASKS",
    "Follow ups, OPEN_TASKS",
    "Followups, OPEN_TASKS",
    "✅ TODO, OPEN_TASKS",
    "To do, OPEN_TASKS",
    "To-Do, OPEN_TASKS",
    "Next Steps, OPEN_TASKS",
    "Key Decisions, KEY_DECISIONS",
    "Decisions, KEY_DECISIONS",
    "Related Customers, RELATED_CUSTOMERS",
    "Customers, RELATED_CUSTOMERS",
    "Related Projects, RELATED_PROJECTS",
    "Projects, RELATED_PROJECTS",
    "Related, RELATED_PEOPLE",
    "Related People, RELATED_PEOPLE",
    "People, RELATED_PEOPLE",
    "Contacts, RELATED_PEOPLE",
    "Family, UNKNOWN",
    "Notes on style, UNKNOWN",
    "'', UNKNOWN"
  })
  void headingsAndTheirSynonyms(String heading, SectionKind kind) {
    assertEquals(kind, SectionKind.of(heading));
  }

  @ParameterizedTest
  @CsvSource({
    "Interaction log, '- 2026-01-02: met'",
    "Summary, '**Role**: Buyer'",
    "Notes, '- A fact'",
    "Key topics, 'A, B'",
    "Next steps, '- Call back'",
    "Decisions, '- ✅ Go'",
    "Customers, '- [[Acme]]'",
    "Projects, '- [[Apollo]]'",
    "Contacts, '- [[Ann]]'"
  })
  void synonymHeadingsReadTheirSectionInANote(String heading, String line) {
    PeopleNote note = Notes.personOf(Notes.readText("People/x.md", "## " + heading + "\n\n" + line + "\n"));
    int read =
        note.interactions().size()
            + (note.profile().role() == null ? 0 : 1)
            + note.keyFacts().size()
            + note.topics().size()
            + note.tasks().size()
            + note.decisions().size()
            + note.related().size();
    assertEquals(heading.equals("Key topics") ? 2 : 1, read);
    assertEquals(0, note.otherSections().size());
  }

  /**
   * A plain heading is normalised without the expressions, to what they make of it: 200,000 random headings of
   * letters, digits, spaces, dashes, symbols and accented letters, plain and not.
   */
  @Test
  void aHeadingNormalisesAsTheFullRulesNormaliseIt() {
    String[] pieces = {"Recent", "Context", "KEY", "facts", "2026", " ", "  ", "-", "_", ":", "*", "é", "📅", "\t", "a"};
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder heading = new StringBuilder();
      int count = random.nextInt(6);
      for (int j = 0; j < count; j++) {
        heading.append(pieces[random.nextInt(pieces.length)]);
      }
      assertEquals(SectionKind.normalizeFully(heading.toString()), SectionKind.normalize(heading.toString()),
          heading.toString());
    }
  }
}
