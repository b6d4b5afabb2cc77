package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import kith.db.Database;
import kith.decision.DecisionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cards kept in memory on an H2 store: read from memory once filled, and forgotten by every write to the tables a
 * card is read from, when its transaction commits, so that a card never shows what the store no longer holds.
 * ({@link ReadyCardsTest} and {@link CardsTest} run over kept cards on H2 as well, through {@link PeopleStore}.)
 */
class KeptCardsTest {
  @TempDir Path temp;
  @AutoClose private PeopleStore store;
  private long ada;
  private long grace;

  @BeforeEach
  void importTwoPeople() throws IOException {
    store = PeopleStore.adaAndGrace(temp);
    ada = store.idOf("Ada Lovelace");
    grace = store.idOf("Grace Hopper");
  }

  @AfterEach
  void stop() {
    store.kept.stop();
  }

  @Test
  void aFilledStoreAnswersCardsFromMemory() {
    assertEquals(2, store.kept.size());
    // Behind Jdbi's back (as no part of Kith writes): the kept rows are all a card needs.
    store.jdbi.useHandle(handle -> {
      try (Statement statement = handle.getConnection().createStatement()) {
        statement.execute("DELETE FROM ready_card");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });

    assertEquals(List.of("Wrote the first program"), store.card("Ada Lovelace").keyFacts());
  }

  @Test
  void aWriteForgetsTheKeptCardsWhenItsTransactionCommits() {
    store.jdbi.useTransaction(handle -> {
      PeopleStore.copyCard(handle, grace, ada);
      // Not committed: another connection still reads Ada's card, and it stays kept.
      assertEquals("Ada Lovelace", store.cards.card(ada).orElseThrow().name());
      assertEquals(2, store.kept.size());
    });

    assertEquals(0, store.kept.size());
    assertEquals("Grace Hopper", store.cards.card(ada).orElseThrow().name());
  }

  @Test
  void aWriteThroughJdbcsOwnBatchForgetsThemToo() {
    store.jdbi.useTransaction(handle -> {
      handle.attach(NoteContentStore.class).insertNoteDecisions(List.of(ada),
          List.of(new NoteContentStore.DecisionRow(9, "Ship it", null, null)));
      assertEquals(2, store.kept.size(), "not committed yet");
    });
    assertEquals(0, store.kept.size(), "forgotten when it committed");

    store.kept.fill();
    store.jdbi.useHandle(handle -> handle.attach(NoteContentStore.class).insertNoteDecisions(List.of(grace),
        List.of(new NoteContentStore.DecisionRow(9, "Wait", null, null))));
    assertEquals(0, store.kept.size(), "outside a transaction, at once");
  }

  @Test
  void aWriteOutsideATransactionForgetsAtOnce() {
    store.jdbi.useHandle(handle -> PeopleStore.copyCard(handle, grace, ada));

    assertEquals(0, store.kept.size());
    assertEquals("Grace Hopper", store.cards.card(ada).orElseThrow().name());
  }

  @Test
  void aRolledBackWriteLeavesTheCardAsItWas() {
    assertThrows(IllegalStateException.class, () -> store.jdbi.useTransaction(handle -> {
      PeopleStore.copyCard(handle, grace, ada);
      throw new IllegalStateException("changed my mind");
    }));

    assertEquals("Ada Lovelace", store.cards.card(ada).orElseThrow().name());
  }

  @Test
  void decisionsRecordedMovedAndUndoneInSlackReachTheCardsKeptInMemory() {
    // Through the store the decision feature writes with (a transaction of batched subjects).
    long decision = store.jdbi.withExtension(DecisionStore.class, decisions -> decisions.insert(
        new DecisionStore.NewDecision("C1", "1.1", null, "Renew the contract", "U1", "U1", "reaction", null,
            LocalDate.of(2026, 11, 1), Instant.parse("2026-11-01T09:00:00Z"))));
    store.jdbi.useExtension(DecisionStore.class, decisions -> decisions.setSubjects(decision, List.of(ada)));
    assertEquals(List.of("Renew the contract"), decisionTexts("Ada Lovelace"));

    store.jdbi.useExtension(DecisionStore.class, decisions -> decisions.setSubjects(decision, List.of(grace)));
    assertEquals(List.of(), decisionTexts("Ada Lovelace"));
    assertEquals(List.of("Renew the contract"), decisionTexts("Grace Hopper"));

    store.jdbi.useExtension(DecisionStore.class, decisions -> decisions.undo(decision, "U2", Instant.now()));
    assertEquals(List.of(), decisionTexts("Grace Hopper"));
  }

  private List<String> decisionTexts(String name) {
    return store.card(name).decisions().stream().map(Card.Decision::text).toList();
  }

  @Test
  void aRowReadWhileTheCardsWereForgottenIsNotKept() {
    store.kept.forgetAll();
    CardStore.ReadyRow row = new CardStore.ReadyRow(ReadyCards.FORMAT, "{}", null, true, false, false);

    Optional<CardStore.ReadyRow> read = store.kept.ready(ada, () -> {
      store.kept.forgetAll(); // a write committed while the row was read: the row may be the old one
      return Optional.of(row);
    });

    assertEquals(Optional.of(row), read);
    assertEquals(Optional.empty(), store.kept.kept(ada));
    store.kept.ready(ada, () -> Optional.of(row));
    assertEquals(Optional.of(row), store.kept.kept(ada));
  }

  @Test
  void keptFilledTheyAreReadAgainAfterWrites() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      store.kept.forgetAll();
      AtomicInteger fills = new AtomicInteger();
      store.kept.keepFilled(timer, Duration.ZERO, () -> fills.addAndGet(store.kept.size()));
      timer.submit(() -> { }).get(); // the timer runs in order: the fill is done
      assertEquals(2, store.kept.size());
      assertEquals(2, fills.get(), "what follows a fill runs once it has read every row");

      CountDownLatch held = new CountDownLatch(1);
      timer.execute(() -> awaitQuietly(held)); // the timer is busy: the fill the write asks for waits behind this
      store.jdbi.useHandle(handle -> PeopleStore.copyCard(handle, grace, ada));
      assertEquals(0, store.kept.size());
      held.countDown();
      timer.submit(() -> { }).get();

      assertEquals(2, store.kept.size());
      assertEquals(4, fills.get(), "and after each fill again");
      assertEquals("Grace Hopper", store.kept.kept(ada).map(r -> ReadyCards.note(r.notePart()).name()).orElseThrow());
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void whatFollowsAFillFailingIsLoggedAndRunAgainAfterTheNextFill() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // where Kith's logger writes
    try {
      AtomicInteger runs = new AtomicInteger();
      store.kept.forgetAll();
      store.kept.keepFilled(timer, Duration.ZERO, () -> {
        runs.incrementAndGet();
        throw new IllegalStateException("a card that cannot be rendered");
      });
      timer.submit(() -> { }).get();
      assertEquals(2, store.kept.size(), "the fill itself is kept");

      store.jdbi.useHandle(handle -> PeopleStore.copyCard(handle, grace, ada));
      timer.submit(() -> { }).get();

      assertEquals(2, runs.get());
      assertEquals(2, store.kept.size());
      String logged = log.toString(StandardCharsets.UTF_8);
      String failure = "after reading the cards into memory: java.lang.IllegalStateException: a card that cannot be "
          + "rendered";
      assertEquals(2, logged.split(failure, -1).length - 1, logged);
    } finally {
      System.setErr(err);
      timer.shutdownNow();
    }
  }

  @Test
  void pastItsBudgetARowIsLeftToTheStore() {
    long both = KeptCards.bytes(store.kept.kept(ada).orElseThrow())
        + KeptCards.bytes(store.kept.kept(grace).orElseThrow());
    KeptCards small = KeptCards.over(store.jdbi, both - 1);
    Cards cards = new Cards(store.jdbi, store.directory, PeopleStore.CLOCK, small);

    assertTrue(small.fill());

    assertEquals(1, small.size());
    assertEquals(store.cards.card(ada), cards.card(ada));
    assertEquals(store.cards.card(grace), cards.card(grace));
    small.stop();
  }

  @Test
  void onlyWritesToTheTablesACardIsReadFromForgetIt() {
    for (String sql : List.of("INSERT INTO ready_card (contact_id) VALUES (1)", "  update READY_STATE set x = 1",
        "DELETE FROM decision WHERE contact_id IN (1)", "INSERT INTO decision_subject VALUES (1, 2)",
        "DELETE FROM ready_appearances", "MERGE INTO ready_card KEY (contact_id) VALUES (1)",
        "WITH gone AS (SELECT 1) DELETE FROM ready_card", "/* tidy */ DELETE FROM decision_subject",
        "SELECT contact_id FROM FINAL TABLE (UPDATE ready_card SET format = 1)",
        "INSERT INTO slack_decision (text) VALUES (?)", "UPDATE slack_decision SET undone_at = ? WHERE id = ?")) {
      assertTrue(CardTableWrites.writesCardTables(sql), sql);
    }
    for (String sql : List.of("SELECT note_part FROM ready_card WHERE contact_id = ?",
        "INSERT INTO processed_event VALUES ('Ev1')",
        "UPDATE contact SET archived = TRUE", "DELETE FROM note_write WHERE decision_id = 1")) {
      assertFalse(CardTableWrites.writesCardTables(sql), sql);
    }
  }

  @Test
  void cardsAreKeptOnlyWhereNoOtherProcessCanWriteTheStore() {
    assertTrue(writtenAlone("jdbc:h2:file:" + temp.resolve("a/kith")));
    assertTrue(writtenAlone("jdbc:h2:mem:kept"));
    assertFalse(writtenAlone("jdbc:h2:file:" + temp.resolve("b/kith") + ";AUTO_SERVER=TRUE"));
    assertFalse(writtenAlone("jdbc:h2:file:" + temp.resolve("c/kith") + ";auto_server=1;DB_CLOSE_DELAY=-1"));
    assertFalse(writtenAlone("jdbc:h2:file:" + temp.resolve("d/kith") + ";AUTO_SERVER=YES"));
    assertTrue(writtenAlone("jdbc:h2:file:" + temp.resolve("e/kith") + ";AUTO_SERVER=FALSE"));
    assertFalse(writtenAlone("jdbc:h2:tcp://localhost/~/kith"));
    assertFalse(writtenAlone("jdbc:postgresql://localhost:5432/kith"));
  }

  private static boolean writtenAlone(String url) {
    try (Database database = Database.unopened(url)) {
      return database.writtenByThisProcessAlone();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
