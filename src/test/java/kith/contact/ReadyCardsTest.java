package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kith.db.TestDatabase;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.NoteReading;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card kept ready to read is the card the content tables give, whatever the import did: notes added, edited,
 * renamed, given aliases, removed; an import that stopped before rebuilding appearances; a store from before
 * cards were kept ready. On a real store: an H2 file, and PostgreSQL when configured.
 */
class ReadyCardsTest {
  private static final String[] FIRST = {"Ada", "Bo", "Cy", "Di", "Eve", "Fay", "Gus", "Hal"};
  private static final String[] LAST = {"Quist", "Rind", "Lowe", "Marsh", "Moss", "Lin", "Vale"};

  @TempDir Path temp;
  @AutoClose private PeopleStore store;

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void everyCardKeptReadyIsTheCardTheTablesGive(String kind) throws IOException {
    open(kind);
    writePeople(40);
    ImportSummary first = importVault();

    assertEquals(40, first.imported());
    assertEquals(store.count("SELECT COUNT(*) FROM contact"), store.count("SELECT COUNT(*) FROM ready_card"),
        "notes' and mentioned people's cards are kept ready");
    assertTrue(store.count("SELECT COUNT(*) FROM ready_appearances") > 0);
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void manyPeopleNamingManyOthersKeepEveryCardTheSame(String kind) throws IOException {
    openImported(kind, 600);

    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aCardIsReadFromItsReadyRowNotTheTables(String kind) throws IOException {
    openImported(kind, 12);
    long id = store.idOf("Ada Quist 0");
    Card ready = store.cards.card(id).orElseThrow();

    store.jdbi.useHandle(handle -> handle.execute("DELETE FROM note_document WHERE contact_id = ?", id));

    assertFalse(ready.keyFacts().isEmpty());
    assertEquals(ready, store.cards.card(id).orElseThrow());
    assertNotEquals(ready.keyFacts(), store.cards.cardFromTables(id).orElseThrow().keyFacts());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void decisionsRecordedOutsideTheNoteAreOnTheReadyCard(String kind) throws IOException {
    openImported(kind, 6);
    long fromElsewhere = store.idOf(name(0));
    long fromSlack = store.idOf(name(1));
    long undone = store.idOf(name(2));
    store.jdbi.useHandle(handle -> {
      handle.execute("INSERT INTO decision (contact_id, source, text) VALUES (?, 'slack', 'Ship in March')",
          fromElsewhere);
      slackDecision(handle, "1.1", "Renew the contract", null, fromSlack);
      slackDecision(handle, "1.2", "Drop the pilot", Timestamp.valueOf("2026-11-02 10:00:00"), undone);
    });

    assertTrue(decisionTexts(fromElsewhere).contains("Ship in March"));
    assertTrue(decisionTexts(fromSlack).contains("Renew the contract"));
    assertFalse(decisionTexts(undone).contains("Drop the pilot"), "undone");
    assertEveryCardTheSame();
  }

  private List<String> decisionTexts(long id) {
    return store.cards.card(id).orElseThrow().decisions().stream().map(Card.Decision::text).toList();
  }

  private static void slackDecision(Handle handle, String ts, String text,
      Timestamp undoneAt, long contactId) {
    long id = handle.createUpdate("""
            INSERT INTO slack_decision (channel_id, message_ts, text, recorded_by, recorded_via, decided_on,
                                        recorded_at, undone_at)
            VALUES ('C1', :ts, :text, 'U1', 'reaction', DATE '2026-11-01', TIMESTAMP '2026-11-01 09:00:00',
                    :undoneAt)
            """).bind("ts", ts).bind("text", text).bind("undoneAt", undoneAt)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    handle.execute("INSERT INTO decision_subject (decision_id, contact_id) VALUES (?, ?)", id, contactId);
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void editsRenamesAliasesAndRemovedNotesKeepEveryCardTheSame(String kind) throws IOException {
    openImported(kind, 30);

    // A note stops naming someone, another gains an alias others name, one is renamed, one removed, and a
    // new one names a person no note is about.
    Files.writeString(note(3), person(3, 30).replace("(via " + name(4) + ")", ""));
    Files.writeString(note(5), person(5, 30).replace("aliases: []", "aliases: [Cyrus Five]"));
    Files.move(note(7), store.people.resolve("Renamed 7.md"));
    Files.delete(note(8));
    Files.writeString(store.people.resolve("Newcomer.md"), """
        ---
        type: people
        ---
        # Newcomer

        ## Recent Context

        - 2026-05-01: Intro - Met. (via Nobody Else)
        - 2026-05-02: Lunch - Again. (via Cyrus Five)
        """);
    ImportSummary again = importVault();

    assertEquals(1, again.imported(), "the newcomer");
    assertEquals(3, again.updated(), "two notes edited, one moved");
    assertEquals(1, again.archived(), "the removed note");
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anImportCountsAppearancesFromTheMentionsItWroteAndReadsTheStoreOnlyWhenItDidNotWriteEveryNote(String kind)
      throws IOException {
    open(kind);
    writePeople(30);
    List<String> readBack = everyMentionReadBack();

    importVault();
    assertEquals(List.of(), readBack, "a first import wrote every note");
    assertEveryCardTheSame();

    Files.writeString(note(3), person(3, 30).replace("(via " + name(4) + ")", "(via " + name(9) + ")"));
    importVault();
    assertEquals(1, readBack.size(),
        "for the 29 notes not written again, once: the second of the two passes takes what the first read");
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anEditThatNamesTheSamePeopleTheSameWayReadsNoOneElsesMentionsAndOneThatDoesNotDoes(String kind)
      throws IOException {
    open(kind);
    writePeople(30);
    importVault();
    List<String> readBack = everyMentionReadBack();
    String edited = person(3, 30).replace("- Fact two", "- Fact two, and a third");

    Files.writeString(note(3), edited);
    assertEquals(1, importVault().updated());
    assertEquals(List.of(), readBack, "a fact edited changes no one else's card");
    assertEveryCardTheSame();

    // The same people named, one of them on another day: the appearances of whoever that line names change.
    Files.writeString(note(3), edited.replace("2026-04-10", "2026-04-20"));
    assertEquals(1, importVault().updated());
    assertEquals(1, readBack.size(), "an interaction's date edited: every note's mentions read, once");
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void notesWrittenAgainForANewCardFormatHaveEveryoneElsesCardWrittenInItToo(String kind) throws IOException {
    openImported(kind, 12);
    // What an earlier Kith left, whose cards were in another format: the appearances too, here an empty list.
    store.execute(
        "UPDATE contact SET card_format = 0 WHERE kind = 'note'",
        "UPDATE ready_card SET format = 0",
        "UPDATE ready_appearances SET appearances = '[]'");

    assertEquals(12, importVault().updated(), "every note is written again, unchanged as it is");

    assertEquals(0, store.count("SELECT COUNT(*) FROM ready_card WHERE format <> " + ReadyCards.FORMAT));
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aBatchTheDatabaseRefusesAndWritesAgainNoteByNoteKeepsEveryCardTheSame(String kind) throws IOException {
    open(kind);
    writePeople(30);
    // contact.name holds 1,000 characters: the batch fails, then each note is written on its own.
    Files.writeString(store.people.resolve("Long.md"), "---\ntype: people\n---\n# " + "A".repeat(1_500) + "\n");

    ImportSummary summary = store.importVault();

    assertEquals(30, summary.imported());
    assertEquals(1, summary.failed().size());
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aRemovedNoteWhosePersonOthersNameLeavesThemACardOfWhereTheyAppear(String kind) throws IOException {
    openImported(kind, 10);
    Files.delete(note(3));

    ImportSummary again = importVault();

    assertEquals(1, again.archived());
    long mentioned = store.idOf(name(3));
    Card card = store.cards.card(mentioned).orElseThrow();
    assertTrue(card.mentionedOnly());
    assertFalse(card.appearsIn().isEmpty(), "others still name them");
    assertEquals(1, store.count("SELECT COUNT(*) FROM ready_card WHERE contact_id = " + mentioned));
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anUnchangedImportAfterOneThatStoppedHalfWayStillBringsThePeopleNamedWithoutANoteInLine(String kind)
      throws IOException {
    openImported(kind, 10);
    String mentionedOnly = "SELECT COUNT(*) FROM contact WHERE kind = 'mentioned' AND archived = FALSE";
    long before = store.count(mentionedOnly);
    assertTrue(before > 0, "the notes name people without a note of their own");
    // What an import that died after writing its notes leaves: the appearances marked outdated, and the people
    // named without a note not yet in line with what the notes now say.
    store.execute(
        "UPDATE ready_state SET appearances_current = FALSE",
        "UPDATE contact SET archived = TRUE WHERE kind = 'mentioned'");

    ImportSummary again = importVault();

    assertEquals(10, again.unchanged());
    assertEquals(before, store.count(mentionedOnly));
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void afterAnImportThatStoppedBeforeItsAppearancesCardsCountThemFromTheMentions(String kind) throws IOException {
    openImported(kind, 20);
    long named = store.idOf(name(4));
    int before = store.cards.card(named).orElseThrow().appearsIn().size();

    // What an import that died after writing a note leaves: the note is stored, the appearances not rebuilt.
    new ReadyCardUpkeep(store.jdbi).begin();
    NoteReading.Person reading = (NoteReading.Person) new NoteParser().read(
        "People/Extra.md", """
            ---
            type: people
            ---
            # Extra

            ## Recent Context

            - 2026-06-01: Call - Extra. (via %s)
            """.formatted(name(4)).getBytes(), "hash-extra");
    store.jdbi.onDemand(ContactStore.class).saveNotes(List.of(new ContactStore.NoteSave(null, reading.note(), null)),
        PeopleStore.CLOCK.instant());
    store.directory.refresh();

    assertEquals(before + 1, store.cards.card(named).orElseThrow().appearsIn().size());
    assertEveryCardTheSame();

    importVault();

    boolean current = store.jdbi.withHandle(h -> h.createQuery("SELECT appearances_current FROM ready_state")
        .mapTo(Boolean.class).one());
    assertTrue(current, "the next import rebuilds every appearance");
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aStoreFromBeforeReadyCardsHasThemWrittenByItsNextImport(String kind) throws IOException {
    openImported(kind, 15);
    store.execute(
        "DELETE FROM ready_appearances",
        "DELETE FROM ready_card",
        "UPDATE ready_state SET appearances_current = FALSE",
        "UPDATE contact SET card_format = NULL");

    assertEveryCardTheSame();

    ImportSummary again = importVault();

    assertEquals(15, again.updated(), "every note is written again, with its card");
    assertEquals(store.count("SELECT COUNT(*) FROM contact"), store.count("SELECT COUNT(*) FROM ready_card"));
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteStoredInTablesBeforeNoteDocumentsShowsTheSameCardAndIsWrittenAgainAsADocument(String kind)
      throws IOException {
    openImported(kind, 12);
    long id = store.idOf(name(4));
    Card before = store.cards.card(id).orElseThrow();
    store.jdbi.useHandle(handle -> storeAsBeforeDocuments(handle, id));

    assertEquals(before, store.cards.card(id).orElseThrow(), "read from the tables");
    assertEquals(before.keyFacts().size(), store.cards.page(id, 0).orElseThrow().keyFacts().size());

    ImportSummary again = importVault();

    assertEquals(1, again.updated(), "the note without a document is written again");
    assertEquals(0, store.count("SELECT COUNT(*) FROM interaction") + store.count("SELECT COUNT(*) FROM key_fact"));
    assertEquals(before, store.cards.card(id).orElseThrow());
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteDocumentInFormatOneReadsTheSameAndIsWrittenAgainInTheCurrentFormat(String kind) throws IOException {
    openImported(kind, 12);
    long id = store.idOf(name(4));
    Files.writeString(note(4), person(4, 12).replace("\n\n## Key Facts", """

        - 2026-03-01: [[2026-03-01 - Review]] - Linked.
        - 2026/3/2: [[Plan|the plan]] - Aliased.

        ## Key Facts"""));
    importVault();
    NoteDocument current = documentOf(id);
    assertTrue(current.interactions().stream().anyMatch(x -> "2026-03-01 - Review".equals(x.link())
        && x.link().equals(x.title()) && "2026-03-01".equals(x.dateText())), "a usual interaction is tried");
    CardPage page = store.cards.page(id, 0).orElseThrow();
    store.jdbi.useHandle(handle -> {
      handle.execute("UPDATE note_document SET format = 1, document = ? WHERE contact_id = ?",
          StoredRecordsTest.REFLECTION.toJson(current, NoteDocument.class), id);
      handle.execute("UPDATE contact SET document_format = 1 WHERE id = ?", id);
    });

    assertEquals(current, documentOf(id), "read as format 1 wrote it");
    assertEquals(page, store.cards.page(id, 0).orElseThrow());

    ImportSummary again = importVault();

    assertEquals(1, again.updated(), "the note with a document in format 1 is written again");
    assertEquals(NoteDocument.FORMAT, store.count("SELECT format FROM note_document WHERE contact_id = " + id));
    assertEquals(current, documentOf(id));
    assertEquals(page, store.cards.page(id, 0).orElseThrow());
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void mentionsStoredAsRowsBeforeNoteMentionsCountTheSameAndLeaveTheRowsWhenTheirNoteIsWrittenAgain(String kind)
      throws IOException {
    openImported(kind, 12);
    long id = store.idOf(name(4));
    List<Long> named = idsOf(5, 6, 7);
    List<List<Card.Appearance>> before = appearancesOf(named);
    store.jdbi.useHandle(handle -> {
      storeMentionsAsBeforeNoteMentions(handle, id);
      handle.execute("UPDATE ready_state SET appearances_current = FALSE");
    });

    assertEquals(before, appearancesOf(named), "counted from the rows while the kept appearances are outdated");
    assertEveryCardTheSame();

    importVault();

    assertEquals(before, appearancesOf(named), "rebuilt from the rows");
    assertTrue(store.count("SELECT COUNT(*) FROM mention") > 0, "an unchanged note keeps its rows");

    Files.writeString(note(4), person(4, 12).replace("Sailing 4", "Sailing 4, rowing"));
    ImportSummary edited = importVault();

    assertEquals(1, edited.updated());
    assertEquals(0, store.count("SELECT COUNT(*) FROM mention"), "the note written again leaves the rows");
    assertEquals(1, store.count("SELECT COUNT(*) FROM note_mentions WHERE contact_id = " + id));
    assertEquals(before, appearancesOf(named));
    assertEveryCardTheSame();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteWithMentionsInBothPlacesWasLastWrittenByAnEarlierKithAndItsRowsCount(String kind) throws IOException {
    openImported(kind, 12);
    long id = store.idOf(name(4));
    store.jdbi.useHandle(handle -> {
      String kept = keptMentions(handle, id);
      storeMentionsAsBeforeNoteMentions(handle, id);
      // An earlier Kith sharing the store wrote the note again without its Related person, and knew nothing of
      // this version's row.
      handle.execute("DELETE FROM mention WHERE source_contact_id = ? AND how = 'related'", id);
      handle.execute("INSERT INTO note_mentions (contact_id, format, mentions) VALUES (?, ?, ?)",
          id, NoteMentions.FORMAT, kept);
      List<NoteMentions.Mention> read = new ArrayList<>();
      StoredMentions.forEachOf(handle, List.of(id), mention -> read.add(mention.mention()));

      List<NoteMentions.Mention> rows = NoteMentions.of(kept).stream()
          .filter(mention -> !mention.how().equals("related")).toList();
      assertEquals(rows, read);
      assertTrue(rows.size() < NoteMentions.of(kept).size(), "the row here names more than the rows there");
    });
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void mentionsAreFoundByNameKeysHoldingWhatSqlAndJsonTreatAsSpecial(String kind) throws IOException {
    openImported(kind, 3);
    long id = store.idOf(name(0));
    String odd = "odd!%_\"quoted\" back\\slash";
    List<NoteMentions.Mention> mentions = List.of(new NoteMentions.Mention("Odd", odd, "via", null));
    store.jdbi.useHandle(handle -> {
      handle.execute("DELETE FROM note_mentions WHERE contact_id = ?", id);
      handle.execute("INSERT INTO note_mentions (contact_id, format, mentions) VALUES (?, ?, ?)",
          id, NoteMentions.FORMAT, NoteMentions.json(mentions));
      List<NoteMentions.Mention> found = new ArrayList<>();
      StoredMentions.forEachNaming(handle, List.of(odd), mention -> found.add(mention.mention()));

      assertEquals(mentions, found, "the database's filter lets it through");
    });
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void whileMentionRowsRemainAnImportRebuildsEveryAppearanceAsAnEarlierKithMayHaveCountedTheRowsAlone(String kind)
      throws IOException {
    openImported(kind, 12);
    List<Long> named = idsOf(5, 6, 7);
    List<List<Card.Appearance>> before = appearancesOf(named);
    // What an earlier Kith's import leaves (a rolling upgrade): the notes it wrote with their mentions as rows, and
    // appearances counted from those rows alone, marked current.
    store.jdbi.useHandle(handle -> {
      storeMentionsAsBeforeNoteMentions(handle, store.idOf(name(4)));
      handle.execute("UPDATE ready_appearances SET appearances = '[]'");
    });
    assertNotEquals(before, appearancesOf(named));

    ImportSummary again = importVault();

    assertEquals(12, again.unchanged());
    assertEquals(before, appearancesOf(named));
    assertEveryCardTheSame();
  }

  /** The contacts of the people written at these indices. */
  private List<Long> idsOf(int... indices) {
    return Arrays.stream(indices).mapToObj(i -> store.idOf(name(i))).toList();
  }

  private List<List<Card.Appearance>> appearancesOf(List<Long> ids) {
    return ids.stream().map(id -> store.cards.card(id).orElseThrow().appearsIn()).toList();
  }

  private static String keptMentions(Handle handle, long id) {
    return handle.createQuery("SELECT mentions FROM note_mentions WHERE contact_id = ?").bind(0, id)
        .mapTo(String.class).one();
  }

  /** What a Kith before V10 left for a note's mentions: a row each in the mention table, none in note_mentions. */
  private static void storeMentionsAsBeforeNoteMentions(Handle handle, long id) {
    List<NoteMentions.Mention> mentions = NoteMentions.of(keptMentions(handle, id));
    assertFalse(mentions.isEmpty());
    for (int i = 0; i < mentions.size(); i++) {
      NoteMentions.Mention mention = mentions.get(i);
      handle.execute("INSERT INTO mention (source_contact_id, position, name, name_key, how, happened_on)"
          + " VALUES (?, ?, ?, ?, ?, ?)", id, i, mention.name(), mention.nameKey(), mention.how(),
          mention.happenedOn());
    }
    handle.execute("DELETE FROM note_mentions WHERE contact_id = ?", id);
  }

  /** The note document stored for contact {@code id}, as a card reads it. */
  private NoteDocument documentOf(long id) {
    return store.jdbi.withHandle(handle -> new CardStore(handle).document(id).orElseThrow());
  }

  /** What an earlier version of Kith left for a note: its lists in their tables, no document, no ready card. */
  private static void storeAsBeforeDocuments(Handle handle, long id) {
    NoteDocument document = new CardStore(handle).document(id).orElseThrow();
    for (NoteContentStore.InteractionRow x : document.interactions()) {
      handle.execute("INSERT INTO interaction (contact_id, position, happened_on, date_text, title, link, summary, via)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, x.position(), x.happenedOn(), x.dateText(), x.title(), x.link(),
          x.summary(), x.via());
    }
    document.keyFacts().forEach(f -> handle.execute(
        "INSERT INTO key_fact (contact_id, position, text) VALUES (?, ?, ?)", id, f.position(), f.text()));
    document.topics().forEach(t -> handle.execute(
        "INSERT INTO topic (contact_id, position, text) VALUES (?, ?, ?)", id, t.position(), t.text()));
    document.tasks().forEach(t -> handle.execute(
        "INSERT INTO task (contact_id, position, text, done, due) VALUES (?, ?, ?, ?, ?)",
        id, t.position(), t.text(), t.done(), t.due()));
    document.related().forEach(r -> handle.execute(
        "INSERT INTO related (contact_id, position, kind, name) VALUES (?, ?, ?, ?)",
        id, r.position(), r.kind(), r.name()));
    document.sections().forEach(x -> handle.execute(
        "INSERT INTO note_section (contact_id, position, heading, body) VALUES (?, ?, ?, ?)",
        id, x.position(), x.heading(), x.body()));
    handle.execute("DELETE FROM note_document WHERE contact_id = ?", id);
    handle.execute("DELETE FROM ready_card WHERE contact_id = ?", id);
    handle.execute("UPDATE contact SET document_format = NULL, card_format = NULL WHERE id = ?", id);
  }

  /** The statements that will read every note's kept mentions, as the passes at an import's end may. */
  private List<String> everyMentionReadBack() {
    List<String> statements = new CopyOnWriteArrayList<>();
    store.jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
      @Override
      public void logBeforeExecution(StatementContext context) {
        String sql = context.getRenderedSql().strip();
        if (sql.equals("SELECT contact_id, mentions FROM note_mentions")) {
          statements.add(sql);
        }
      }
    });
    return statements;
  }

  /** Every contact, archived ones too, as a card by id (a picker, a shared card) may ask for any. */
  private void assertEveryCardTheSame() {
    List<Long> ids = store.jdbi.withHandle(
        h -> h.createQuery("SELECT id FROM contact ORDER BY id").mapTo(Long.class).list());
    for (long id : ids) {
      assertEquals(store.cards.cardFromTables(id), store.cards.card(id), "contact " + id);
    }
  }

  /**
   * {@code count} people, each naming the next two through interactions and the one after under Related, with
   * tasks, facts, decisions, an unknown section and, for some, a namesake.
   */
  private void writePeople(int count) {
    for (int i = 0; i < count; i++) {
      try {
        Files.writeString(note(i), person(i, count));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Path note(int i) {
    return store.people.resolve(name(i) + ".md");
  }

  private static String name(int i) {
    return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length] + " " + i;
  }

  private static String person(int i, int count) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 1 + i % 7; k++) {
      String date = k % 3 == 2 ? "unknown" : "2026-0" + (1 + (i + k) % 9) + "-1" + k % 10;
      lines.add("- " + date + ": Call " + k + " - About <things> & more. (via " + name((i + 1 + k % 2) % count) + ")");
    }
    return """
        ---
        type: people
        aliases: []
        last_contact: %s
        ---
        # %s

        ## Profile

        - **Role:** Engineer %d
        - **Organisation:** Org %d

        ## Recent Context

        %s

        ## Key Facts

        - Fact one of %d
        - Fact two

        ## Open Tasks

        - [ ] Follow up %d 📅 2026-12-0%d
        - [x] Done already

        ## Key Decisions

        - ✅ 2026-02-0%d: Decided %d

        ## Hobbies

        Sailing %d

        ## Related

        - [[%s]]
        - [[Project %d]]
        """.formatted(i % 4 == 0 ? "2026-03-01" : "", name(i), i, i % 5, String.join("\n", lines), i, i, 1 + i % 9,
        1 + i % 9, i, i, name((i + 3) % count), i % 3);
  }

  private void open(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
  }

  /** A store of {@code kind} with {@code count} people written and imported. */
  private void openImported(String kind, int count) throws IOException {
    open(kind);
    writePeople(count);
    importVault();
  }

  /** Imports the vault, every note of which must be stored. */
  private ImportSummary importVault() {
    ImportSummary summary = store.importVault();
    assertEquals(List.of(), summary.failed());
    return summary;
  }
}
