package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kith.db.TestDatabase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a card reads from a real store (an H2 file, and PostgreSQL when configured), one list at a time. */
class CardsTest {
  @TempDir Path temp;
  @AutoClose private PeopleStore store;

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aCardShowsTheNewestFiveInteractionsUndatedLastAndCountsThemAll(String kind) throws IOException {
    Card card = cardOf(kind, "Ada Quist", """
        ---
        type: people
        ---
        # Ada Quist

        ## Recent Context

        - unknown: undated first in the note
        - 2026-01-05: January
        - 2026-03-01: March
        - 2025-12-24: December
        - 2026-02-14: February, first of two that day
        - 2026-02-14: February, second of two that day
        - unknown: undated last in the note
        """);

    assertEquals(7, card.interactionCount());
    assertEquals(List.of("March", "February, first of two that day", "February, second of two that day", "January",
            "December"),
        card.interactions().stream().map(Card.Interaction::summary).toList());
    assertEquals(LocalDate.parse("2026-03-01"), card.lastContact().date());
    assertEquals("interaction", card.lastContact().source());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void withFewInteractionsEveryOneIsShownAndUndatedOnesComeLast(String kind) throws IOException {
    Card card = cardOf(kind, "Bo Rind", """
        ---
        type: people
        last_contact: 2026-04-01
        ---
        # Bo Rind

        ## Recent Context

        - unknown: no date
        - 2025-06-01: June
        """);

    assertEquals(2, card.interactionCount());
    assertEquals(List.of("June", "no date"), card.interactions().stream().map(Card.Interaction::summary).toList());
    assertEquals("note", card.lastContact().source(), "the note's own field wins over the interactions");
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aPersonWithoutInteractionsHasNoneAndNoLastContact(String kind) throws IOException {
    Card card = cardOf(kind, "Cy Lowe", """
        ---
        type: people
        aliases: [Cyrus]
        ---
        # Cy Lowe

        ## Key Facts

        - Plays the oboe

        ## Open Tasks

        - [ ] Send the deck 📅 2026-12-01
        - [x] Book the room
        """);

    assertEquals(0, card.interactionCount());
    assertTrue(card.interactions().isEmpty());
    assertEquals(null, card.lastContact());
    assertEquals(List.of("Cyrus"), card.aliases());
    assertEquals(List.of("Plays the oboe"), card.keyFacts());
    assertEquals(List.of("Send the deck"), card.openTasks().stream().map(Card.Task::text).toList());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aCardReadsEveryShortListInTheNotesOrder(String kind) throws IOException {
    Card card = cardOf(kind, "Di Marsh", """
        ---
        type: people
        aliases: [Diana, D. Marsh]
        ---
        # Di Marsh

        ## Key Facts

        - Second fact comes second
        - Third fact

        ## Topics

        Pricing, Roadmap

        ## Open Tasks

        - [x] Already done
        - [ ] Call back 📅 2026-12-02
        - [ ] Write up

        ## Hobbies

        Sailing & chess

        ## Related Customers

        - [[Northwind]]

        ## Related Projects

        - [[Project Apollo]]
        - [[Projects/Storage Roadmap|Storage Roadmap]]

        ## Related

        - [[Jeff Denworth]]
        """);

    assertEquals(List.of("Diana", "D. Marsh"), card.aliases());
    assertEquals(List.of("Second fact comes second", "Third fact"), card.keyFacts());
    assertEquals(List.of("Pricing", "Roadmap"), card.topics());
    assertEquals(List.of(new Card.Task("Call back", LocalDate.parse("2026-12-02")), new Card.Task("Write up", null)),
        card.openTasks());
    assertEquals(List.of("Northwind"), card.relatedCustomers());
    assertEquals(List.of("Project Apollo", "Storage Roadmap"), card.relatedProjects());
    assertEquals(List.of("Jeff Denworth"), card.relatedPeople());
    assertEquals(List.of(new Card.Section("Hobbies", "Sailing & chess")), card.otherSections());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aCardSaysWhichActiveNotesNameThePersonNewestFirst(String kind) throws IOException {
    open(kind);
    store.write("Eve Moss", """
        ---
        type: people
        ---
        # Eve Moss

        ## Recent Context

        - 2026-01-10: Call - Pricing. (via Dee Vale)
        - 2026-02-10: Call - Roadmap. (via Dee Vale)
        """);
    store.write("Fay Lin", """
        ---
        type: people
        ---
        # Fay Lin

        ## Recent Context

        - 2026-03-01: Lunch - Hiring. (via Dee Vale)
        """);
    store.importVault();

    assertEquals(List.of(
            new Card.Appearance("Fay Lin", "via", 1, LocalDate.parse("2026-03-01")),
            new Card.Appearance("Eve Moss", "via", 2, LocalDate.parse("2026-02-10"))),
        store.card("Dee Vale").appearsIn());

    Files.delete(store.people.resolve("Fay Lin.md"));
    store.importVault();

    assertEquals(List.of(new Card.Appearance("Eve Moss", "via", 2, LocalDate.parse("2026-02-10"))),
        store.card("Dee Vale").appearsIn(), "an archived note no longer counts");
  }

  private Card cardOf(String kind, String name, String note) throws IOException {
    open(kind);
    store.write(name, note);
    store.importVault();
    return store.card(name);
  }

  private void open(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
  }
}
