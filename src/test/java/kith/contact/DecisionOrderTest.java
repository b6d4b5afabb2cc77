package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a card orders the decisions of a note and those recorded in Slack, and shows a written-back one once. */
class DecisionOrderTest {
  private static final LocalDate MAY = LocalDate.parse("2026-05-01");
  private static final LocalDate JUNE = LocalDate.parse("2026-06-01");

  @Test
  void newestFirstUndatedLastSlackBeforeTheNoteOnOneDayThenTheNotesOrder() {
    List<Card.Decision> fromNote = List.of(
        note("undated, first in the note", null),
        note("May, second in the note", MAY),
        note("June, third in the note", JUNE),
        note("May, fourth in the note", MAY));
    List<CardStore.DecisionRead> fromSlack = List.of(
        slack("May, recorded earlier", MAY, "2026-05-02T09:00:00Z", 7, "https://x.slack.com/p1"),
        slack("May, recorded later", MAY, "2026-05-03T09:00:00Z", 3, "https://x.slack.com/p2"),
        slack("May, recorded at the same time, larger id", MAY, "2026-05-03T09:00:00Z", 9, null));

    assertEquals(List.of("June, third in the note", "May, recorded later",
            "May, recorded at the same time, larger id", "May, recorded earlier", "May, second in the note",
            "May, fourth in the note", "undated, first in the note"),
        Cards.decisions(fromNote, fromSlack).stream().map(Card.Decision::text).toList());
  }

  @Test
  void aDecisionWrittenBackToTheNoteIsShownOnceAsTheSlackDecision() {
    String permalink = "https://x.slack.com/archives/C1/p1";
    List<Card.Decision> shown = Cards.decisions(
        List.of(new Card.Decision("Pilot at one site", MAY, permalink, "note", null), note("Other", MAY)),
        List.of(slack("Pilot at one site", MAY, "2026-05-01T10:00:00Z", 1, permalink)));

    assertEquals(List.of("slack", "note"), shown.stream().map(Card.Decision::source).toList());
    assertEquals(List.of("Pilot at one site", "Other"), shown.stream().map(Card.Decision::text).toList());
  }

  @Test
  void aDecisionKithKeptInTheDecisionTableShowsWithTheNotesOnesBeforeThemOnItsDay() {
    CardStore.DecisionRead kept = new CardStore.DecisionRead(
        new Card.Decision("Kept by Kith", MAY, null, "kith", null), null, null, 42);

    assertEquals(List.of("June, from the note", "Kept by Kith", "May, from the note"),
        Cards.decisions(List.of(note("May, from the note", MAY), note("June, from the note", JUNE)), List.of(kept))
            .stream().map(Card.Decision::text).toList());
  }

  private static Card.Decision note(String text, LocalDate date) {
    return new Card.Decision(text, date, null, "note", null);
  }

  private static CardStore.DecisionRead slack(String text, LocalDate date, String recordedAt, long id, String link) {
    return new CardStore.DecisionRead(new Card.Decision(text, date, link, "slack", "U1"), Instant.parse(recordedAt),
        0, id);
  }
}
