package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kith.contact.Cards;
import kith.contact.Directory;
import kith.db.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notes written several to a transaction while other threads read ahead: what a batch must not cost. Checked with
 * plain SQL and stored cards, on H2 and (when configured) PostgreSQL.
 */
class BatchedImportTest {
  /** Ana, José, Kushal, Priya, Sam Carter and Sam Okafor, in the order an import visits them. */
  private static final int PEOPLE = 6;

  @TempDir Path temp;
  @AutoClose private VaultAndStore example;
  private Jdbi jdbi;
  private Path vault;

  void open(String kind) throws IOException {
    example = VaultAndStore.open(kind, temp);
    jdbi = example.jdbi;
    vault = example.vault;
  }

  VaultImporter importer(int batchSize, int readers) {
    return importer(batchSize, readers, Long.MAX_VALUE);
  }

  VaultImporter importer(int batchSize, int readers, long mentionsKeptBytes) {
    return new VaultImporter(jdbi, new NoteParser(), VaultImporterTest.CLOCK, batchSize, readers, mentionsKeptBytes);
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsStored(String kind) throws IOException {
    open(kind);
    // contact.name holds 1,000 characters: the whole batch fails, then each note is written on its own.
    Files.writeString(vault.resolve("People/Long.md"), "---\ntype: people\n---\n# " + "A".repeat(1_500) + "\n");

    ImportSummary summary = importer(100, 1).importFolder(vault, VaultImporter.Progress.NONE);

    assertEquals(PEOPLE, summary.imported());
    assertEquals(1, summary.failed().size());
    assertEquals("People/Long.md", summary.failed().get(0).path());
    assertTrue(summary.failed().get(0).reason().startsWith("cannot store the note: "), summary.failed()::toString);
    assertEquals(PEOPLE, count("SELECT COUNT(*) FROM contact WHERE kind = 'note'"));
    assertEquals(6, interactionsStored("People/Kushal Datta.md"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aChangedNoteTheDatabaseRefusesKeepsWhatWasStored(String kind) throws IOException {
    open(kind);
    importer(100, 1).importFolder(vault, VaultImporter.Progress.NONE);
    Path note = vault.resolve("People/Sam Carter.md");
    Files.writeString(note, Files.readString(note).replaceFirst("(?m)^# .*$", "# " + "B".repeat(1_500)));
    Files.delete(vault.resolve("People/Ana Lima.md"));

    ImportSummary summary = importer(100, 1).importFolder(vault, VaultImporter.Progress.NONE);

    assertEquals(List.of("People/Sam Carter.md"), summary.failed().stream().map(NoteParseException::path).toList());
    assertEquals(1, summary.archived());
    Map<String, Object> sam = jdbi.withHandle(h -> h.createQuery(
        "SELECT name, role, archived FROM contact WHERE note_path = 'People/Sam Carter.md'").mapToMap().one());
    assertEquals("Sam Carter", sam.get("name"));
    assertEquals("Solutions Engineer", sam.get("role"));
    assertEquals(false, sam.get("archived"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anImportKilledBetweenBatchesLeavesWholeNotesAndTheNextOneCompletesIt(String kind) throws IOException {
    open(kind);
    RuntimeException kill = new RuntimeException("killed");
    // Batches of two: Ana and José are committed, then Kushal and Priya; Sam Carter's file is never handled.
    VaultImporter.Progress dieAtSixth = (done, total, path) -> {
      if (done == 6) {
        throw kill;
      }
    };
    assertSame(kill, assertThrows(RuntimeException.class, () -> importer(2, 2).importFolder(vault, dieAtSixth)));

    assertEquals(4, count("SELECT COUNT(*) FROM contact WHERE kind = 'note'"));
    assertEveryStoredNoteIsWhole();
    ImportSummary summary = importer(2, 2).importFolder(vault, VaultImporter.Progress.NONE);
    assertEquals(new ImportSummary(2, 0, 4, 0, List.of(), 2, 0), summary);
    assertEveryStoredNoteIsWhole();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void readersHandTheFilesOverInFileOrder(String kind) throws IOException {
    open(kind);
    List<String> seen = new ArrayList<>();

    ImportSummary summary = importer(1, 3).importFolder(vault, (done, total, path) -> seen.add(path));

    assertEquals(new ImportSummary(PEOPLE, 0, 0, 0, List.of(), 2, 0), summary);
    List<String> files = VaultFiles.markdownFiles(vault).stream().map(VaultFiles::storedPath).toList();
    assertEquals(files, seen);
    assertFalse(files.isEmpty());
  }

  /**
   * The passes at an import's end take the mentions of the notes it wrote from what it wrote, as far as there is
   * room; those of notes written past that are read back from the store. Any room gives the same store.
   */
  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void mentionsAnImportHasNoRoomToKeepAreReadBackAndTheStoreComesOutTheSame(String kind) throws IOException {
    open(kind);
    importer(2, 1).importFolder(vault, VaultImporter.Progress.NONE);
    List<Map<String, Object>> allKept = contactsWithWhereTheyAppear();
    assertTrue(allKept.stream().anyMatch(contact -> contact.get("appearances") != null), allKept::toString);
    assertTrue(allKept.stream().anyMatch(contact -> contact.get("kind").equals("mentioned")), allKept::toString);

    // Room for none; for Ana's one mention and the notes naming no one up to Sam Okafor, but not Kushal's.
    for (long room : List.of(0L, 500L)) {
      try (TestDatabase store = TestDatabase.create(kind, temp.resolve("room " + room))) {
        jdbi = store.open().jdbi();
        importer(2, 1, room).importFolder(vault, VaultImporter.Progress.NONE);
        assertEquals(allKept, contactsWithWhereTheyAppear(), "room for " + room + " bytes of mentions");
      }
    }
  }

  /**
   * An H2 store shared through its server mode takes no lock across processes: mentions someone else stored while
   * the import ran are in the store but not among those the import kept, and must be counted all the same.
   */
  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void mentionsAnotherWriterStoresWhileAnImportRunsAreCountedToo(String kind) throws IOException {
    open(kind);
    VaultImporter.Progress anotherWriter = (done, total, path) -> {
      if (done == 3) {
        jdbi.useHandle(handle -> {
          long id = handle.createUpdate("""
                  INSERT INTO contact (kind, name, name_key, note_path, updated_at)
                  VALUES ('note', 'Other Writer', 'other writer', 'Elsewhere/Other Writer.md',
                          TIMESTAMP '2026-12-01 09:00:00')
                  """).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
          handle.execute("INSERT INTO note_mentions (contact_id, format, mentions) VALUES (?, 1, ?)", id,
              "[{\"name\":\"Zed Nobody\",\"nameKey\":\"zed nobody\",\"how\":\"via\",\"happenedOn\":\"2026-01-01\"}]");
        });
      }
    };

    importer(100, 1).importFolder(vault, anotherWriter);

    Map<String, Object> zed = jdbi.withHandle(h -> h.createQuery("""
        SELECT c.kind, a.appearances FROM contact c LEFT JOIN ready_appearances a ON a.contact_id = c.id
         WHERE c.name = 'Zed Nobody'
        """).mapToMap().findOne()).orElseThrow(() -> new AssertionError("no contact for the person only the"
        + " other writer's note names"));
    assertEquals("mentioned", zed.get("kind"));
    assertTrue(String.valueOf(zed.get("appearances")).contains("\"how\":\"via\",\"count\":1"), zed::toString);
  }

  /** Every contact, with where other notes name them as kept ready. */
  private List<Map<String, Object>> contactsWithWhereTheyAppear() {
    return jdbi.withHandle(h -> h.createQuery("""
        SELECT c.id, c.kind, c.name, c.archived, a.appearances
          FROM contact c LEFT JOIN ready_appearances a ON a.contact_id = c.id ORDER BY c.id
        """).mapToMap().list());
  }

  /**
   * On H2, each block of ids an identity column takes is a commit of its own, which writes every page changed so
   * far to the file, an open batch's too, written again when the batch commits: with H2's blocks of 32 ids, a batch
   * of 100 notes of three decisions each took a dozen such writes. Each batch past the first is one write now.
   */
  @Test
  void eachFurtherBatchOfNotesIsOneWriteOfTheH2File() throws IOException {
    assertEquals(2, h2FileWritesImporting(300, "three") - h2FileWritesImporting(100, "one"));
  }

  /** How many times H2 wrote its file while importing {@code people} notes of three decisions, in batches of 100. */
  private long h2FileWritesImporting(int people, String folder) throws IOException {
    TestDatabase store = TestDatabase.create("h2", temp.resolve(folder).resolve("db"));
    try {
      jdbi = store.open().jdbi();
      Path notes = Files.createDirectories(temp.resolve(folder).resolve("vault").resolve("People"));
      for (int i = 0; i < people; i++) {
        Files.writeString(notes.resolve("Person " + i + ".md"), "---\ntype: people\n---\n# Person " + i
            + "\n\n## Key Decisions\n\n- ✅ First for " + i + ".\n- ✅ Second for " + i + ".\n- ✅ Third.\n");
      }
      long before = h2StoreVersion();
      ImportSummary summary = importer(100, 1).importFolder(notes.getParent(), VaultImporter.Progress.NONE);
      assertEquals(people, summary.imported());
      assertEquals(3L * people, count("SELECT COUNT(*) FROM decision"));
      return h2StoreVersion() - before;
    } finally {
      store.close();
    }
  }

  /** H2 numbers each write of its file: a version of the store. */
  private long h2StoreVersion() {
    return Long.parseLong(jdbi.withHandle(h -> h.createQuery(
        "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'info.CURRENT_VERSION'")
        .mapTo(String.class).one()));
  }

  private void assertEveryStoredNoteIsWhole() throws IOException {
    List<String> paths = jdbi.withHandle(h ->
        h.createQuery("SELECT note_path FROM contact WHERE kind = 'note'").mapTo(String.class).list());
    for (String path : paths) {
      PeopleNote note = Notes.personOf(new NoteParser().read(path, Files.readAllBytes(vault.resolve(path))));
      assertEquals(note.interactions().size(), interactionsStored(path), path);
    }
  }

  /** How many interactions the card of the note at {@code path} counts, once its document is there too. */
  private int interactionsStored(String path) {
    long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM contact WHERE note_path = :path")
        .bind("path", path).mapTo(Long.class).one());
    assertEquals(1, count("SELECT COUNT(*) FROM note_document WHERE contact_id = " + id), path);
    return new Cards(jdbi, new Directory(jdbi), VaultImporterTest.CLOCK).card(id).orElseThrow().interactionCount();
  }

  private long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
