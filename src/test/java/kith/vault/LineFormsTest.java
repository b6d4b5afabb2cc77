package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import kith.vault.PeopleNote.Interaction;
import org.junit.jupiter.api.Test;

/** The small line readers on their own. */
class LineFormsTest {

  @Test
  void topicsSplitAtCommasOutsideBrackets() {
    assertEquals(
        List.of("Pricing (list, net)", "[[Roadmap, 2026]]", "Hiring"),
        TopicList.split("Pricing (list, net), [[Roadmap, 2026]],, Hiring ,"));
  }

  @Test
  void bulletTopicsAreOnePerBullet() {
    String text = "## Topics\n\n- Pricing, discounts\n- Hiring\n";
    assertEquals(List.of("Pricing, discounts", "Hiring"), Notes.personOf(Notes.readText("People/x.md", text)).topics());
  }

  @Test
  void wikilinkDisplayNames() {
    assertEquals("Deepa", new Wikilink("Team/Deepa Nair", "Deepa").displayName());
    assertEquals("Deepa Nair", new Wikilink("Team/Deepa Nair.md#Role", null).displayName());
    assertEquals("Role", new Wikilink("#Role", null).displayName());
    assertEquals(List.of(new Wikilink("A", null), new Wikilink("B/C", "c")), Wikilink.findAll("[[A]] and ![[B/C|c]]"));
  }

  @Test
  void interactionSeparatorsAndViaLinks() {
    assertEquals(
        new Interaction(
            LocalDate.of(2026, 4, 1), "2026-04-01", "Sync", "Sync", "Notes: agreed on scope", "Ann Lee"),
        InteractionLine.parse("**2026-04-01** — [[Sync]]: Notes: agreed on scope (via [[People/Ann Lee|Ann Lee]])"));
    assertEquals(
        new Interaction(LocalDate.of(2026, 4, 2), "2026-04-02", "Call", "Call", null, "Bo"),
        InteractionLine.parse("[[2026-04-02]]: [[Call]] (via Bo)"));
    assertEquals(
        new Interaction(null, "2026-02-30", null, null, "Impossible day", null),
        InteractionLine.parse("2026-02-30: Impossible day"));
  }

  @Test
  void viaIsOnlyTheLastParenthesesAtTheEnd() {
    assertEquals(
        new Interaction(LocalDate.of(2026, 4, 3), "2026-04-03", null, null, "Talked (briefly) about pricing", "Bo"),
        InteractionLine.parse("2026-04-03: Talked (briefly) about pricing  (VIA  Bo ) "));
    assertEquals(
        new Interaction(LocalDate.of(2026, 4, 4), "2026-04-04", null, null, "Call (via Bo) then lunch", null),
        InteractionLine.parse("2026-04-04: Call (via Bo) then lunch"));
    assertEquals(
        new Interaction(LocalDate.of(2026, 4, 5), "2026-04-05", null, null, "Call (via (Bo))", null),
        InteractionLine.parse("2026-04-05: Call (via (Bo))"));
  }

  @Test
  void inlineFieldsOnlyOutsideCode() {
    assertEquals(List.of(), InlineFields.embedded("A line without fields (at all)"));
    assertEquals(List.of(), InlineFields.embedded("Use `[key:: value]` to write a field"));
    assertEquals(
        List.of(new InlineFields.Field("team", "Storage"), new InlineFields.Field("site", "Lyon")),
        InlineFields.embedded("Works on [team:: Storage] `code` in (site:: Lyon)"));
    assertEquals(java.util.Optional.empty(), InlineFields.wholeLine("Plain: text"));
    assertEquals(java.util.Optional.of(new InlineFields.Field("Team", "Storage")),
        InlineFields.wholeLine("**Team**:: Storage"));
  }

  @Test
  void isoDatesAreRealDaysOnly() {
    assertEquals(LocalDate.of(2024, 2, 29), Dates.iso(" 2024-02-29 "));
    assertEquals(null, Dates.iso("2025-02-29"));
    assertEquals(null, Dates.iso("2025-13-01"));
    assertEquals(null, Dates.iso("2025-1-01"));
  }

  @Test
  void setextHeadingsAndSubheadingsInKnownSections() {
    String text = "Title Line\n==========\n\nKey Facts\n---------\n\n### Work\n\n- Fact one\n";
    PeopleNote note = Notes.personOf(Notes.readText("People/x.md", text));
    assertEquals("Title Line", note.name());
    assertEquals(List.of("Fact one"), note.keyFacts());
    assertEquals(List.of(), note.otherSections());
  }
}
