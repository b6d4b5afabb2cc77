package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import kith.db.TestDatabase;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.NoteReading;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The name index's entries kept as one value are used at start only while they are what the contact table says:
 * every change an import makes, or an import that stops half-way, makes Kith read the table again. On a real
 * store: an H2 file, and PostgreSQL when configured.
 */
class ReadyNamesTest {
  @TempDir Path temp;
  @AutoClose private PeopleStore store;

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void whatAnImportKeepsIsWhatTheContactTableSays(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
    store.write("Ada Quist", note("Ada Quist", "aliases: [Ada Q, Addie]\nrole: Engineer\ncompany: Acme",
        "- 2026-01-02: Call - Talked. (via Bo Rind)"));
    store.write("Cy Lowe", note("Cy Lowe", "", "- 2026-01-03: Lunch - Met. (via Bo Rind)"));
    store.importVault();

    List<NameEntry> kept = NameEntries.readKept(store.jdbi).orElseThrow().kept().entries();

    assertEquals(sorted(NameEntries.read(store.jdbi)), sorted(kept));
    assertEquals(3, kept.size(), "two notes and Bo Rind, only mentioned");
    assertTrue(kept.stream().anyMatch(entry -> entry.name().equals("Bo Rind") && entry.mentionedOnly()));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aStartReadsTheKeptEntriesNotTheContactTable(String kind) throws IOException {
    openWithAda(kind);

    // A change behind Kith's back, without the version a change adds: a start does not see it...
    store.execute("UPDATE contact SET name = 'Eve Marsh' WHERE name = 'Ada Quist'");
    Directory started = aStart();
    assertInstanceOf(NameMatch.Found.class, started.resolve("Ada Quist"));

    // ...until the version says the names changed.
    store.jdbi.useExtension(ReadyNamesStore.class, ReadyNamesStore::namesChanged);
    started.refresh();
    assertInstanceOf(NameMatch.Found.class, started.resolve("Eve Marsh"));
    assertInstanceOf(NameMatch.NotFound.class, started.resolve("Ada Quist"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aRefreshAfterAnImportThatChangedNoOneKeepsTheIndexItHas(String kind) throws IOException {
    openWithAda(kind);
    Directory started = aStart();
    // Both the kept entries and the contact table spoilt behind Kith's back, the version left as it is: a refresh
    // that read either would lose Ada.
    store.execute(
        "DELETE FROM ready_names",
        "UPDATE contact SET name = 'Eve Marsh' WHERE name = 'Ada Quist'");

    assertEquals(new ImportSummary(0, 0, 1, 0, List.of(), 0, 0), store.importVault());
    started.refresh();

    assertInstanceOf(NameMatch.Found.class, started.resolve("Ada Quist"));
    assertTrue(NameEntries.readKept(store.jdbi).isEmpty(), "nothing was read again, so nothing was kept again");

    store.jdbi.useExtension(ReadyNamesStore.class, ReadyNamesStore::namesChanged);
    started.refresh();
    assertInstanceOf(NameMatch.Found.class, started.resolve("Eve Marsh"));
    assertKeptIsTheContactTable();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void renamedAddedAndRemovedNotesAreSeenAfterTheirImport(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
    store.write("Ada Quist", note("Ada Quist", "", ""));
    store.write("Bo Rind", note("Bo Rind", "", ""));
    store.importVault();

    Files.writeString(store.people.resolve("Ada Quist.md"), note("Ada Marsh", "aliases: [Addie]", ""));
    Files.delete(store.people.resolve("Bo Rind.md"));
    store.write("Cy Lowe", note("Cy Lowe", "", ""));
    store.importVault();
    Directory started = aStart();

    assertInstanceOf(NameMatch.Found.class, started.resolve("Addie"));
    assertInstanceOf(NameMatch.Found.class, started.resolve("Cy Lowe"));
    assertInstanceOf(NameMatch.NotFound.class, started.resolve("Bo Rind"));
    assertKeptIsTheContactTable();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anEditTheIndexDoesNotReadKeepsItsEntriesAndOneItReadsHasThemReadAgain(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
    String frontmatter = "aliases: [Ada Q, Addie]\nrole: Engineer\ncompany: Acme";
    store.write("Ada Quist", note("Ada Quist", frontmatter, "- 2026-01-02: Call - Talked."));
    store.importVault();
    long imported = namesVersion();

    store.write("Ada Quist", note("Ada Quist", frontmatter, "- 2026-01-09: Lunch - Planned the pilot."));
    assertEquals(new ImportSummary(0, 1, 0, 0, List.of(), 0, 0), store.importVault());
    assertEquals(imported, namesVersion(), "another interaction: the index reads nothing that changed");
    assertKeptIsTheContactTable();

    for (String changed : List.of(
        "aliases: [Ada Q, Addie]\nrole: Director\ncompany: Acme",
        "aliases: [Ada Q, Addie]\nrole: Director\ncompany: Initech",
        "aliases: [Addie, Ada Q]\nrole: Director\ncompany: Initech",
        "aliases: [Ada Q]\nrole: Director\ncompany: Initech")) {
      long before = namesVersion();
      store.write("Ada Quist", note("Ada Quist", changed, "- 2026-01-09: Lunch - Planned the pilot."));
      store.importVault();
      assertTrue(namesVersion() > before, "the index reads what changed: " + changed);
      assertKeptIsTheContactTable();
    }
    Directory started = aStart();
    assertInstanceOf(NameMatch.NotFound.class, started.resolve("Addie"));
    assertInstanceOf(NameMatch.Found.class, started.resolve("Ada Quist"));

    // The name alone, in the same file with the same frontmatter.
    long beforeRename = namesVersion();
    store.write("Ada Quist", note("Ada Marsh", "aliases: [Ada Q]\nrole: Director\ncompany: Initech",
        "- 2026-01-09: Lunch - Planned the pilot."));
    assertEquals(new ImportSummary(0, 1, 0, 0, List.of(), 0, 0), store.importVault());
    assertTrue(namesVersion() > beforeRename, "the index reads the name");
    assertKeptIsTheContactTable();
    NameMatch renamed = aStart().resolve("Ada Marsh");
    assertEquals("Ada Marsh", assertInstanceOf(NameMatch.Found.class, renamed).entry().name());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteWrittenByAnImportThatStoppedHalfWayIsFoundAtTheNextStart(String kind) throws IOException {
    openWithAda(kind);

    // What an import that died after its first batch leaves: a note stored, and no refresh after it.
    NoteReading.Person extra = (NoteReading.Person) new NoteParser().read(
        "People/Extra Person.md", note("Extra Person", "", "").getBytes(), "hash-extra");
    store.jdbi.onDemand(ContactStore.class).saveNotes(List.of(new ContactStore.NoteSave(null, extra.note(), null)),
        PeopleStore.CLOCK.instant());
    Directory started = aStart();

    assertInstanceOf(NameMatch.Found.class, started.resolve("Extra Person"));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void unreadableKeptEntriesAreReadAgainFromTheContactTable(String kind) throws IOException {
    assertAStartReadsTheContactTableAgainAfter(kind, "UPDATE ready_names SET entries = 'not entries'");
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void entriesKeptByAnEarlierKithInAnotherLayoutAreReadAgainAndKeptInThisOne(String kind) throws IOException {
    assertAStartReadsTheContactTableAgainAfter(kind, "UPDATE ready_names SET format = ?", NameEntriesText.FORMAT - 1);
  }

  /**
   * With Ada's note imported and then the kept entries spoilt by {@code spoil}: they are not read as entries, a
   * start still finds Ada from the contact table, and keeps its entries again.
   */
  private void assertAStartReadsTheContactTableAgainAfter(String kind, String spoil, Object... arguments)
      throws IOException {
    openWithAda(kind);
    store.jdbi.useHandle(handle -> handle.execute(spoil, arguments));

    assertTrue(NameEntries.readKept(store.jdbi).isEmpty(), "spoilt entries are not read as entries");
    Directory started = aStart();

    assertInstanceOf(NameMatch.Found.class, started.resolve("Ada Quist"));
    assertKeptIsTheContactTable();
  }

  private long namesVersion() {
    return store.jdbi.withExtension(ReadyNamesStore.class, ReadyNamesStore::namesVersion);
  }

  /** A directory as Kith's start builds it, from what the store keeps. */
  private Directory aStart() {
    Directory started = new Directory(store.jdbi);
    started.refresh();
    return started;
  }

  /** What is kept is current and readable, and says what the contact table says. */
  private void assertKeptIsTheContactTable() {
    List<NameEntry> kept = NameEntries.readKept(store.jdbi).orElseThrow().kept().entries();
    assertEquals(sorted(NameEntries.read(store.jdbi)), sorted(kept));
  }

  /** A store with one note, Ada Quist's, imported. */
  private void openWithAda(String kind) throws IOException {
    store = PeopleStore.open(kind, temp);
    store.write("Ada Quist", note("Ada Quist", "", ""));
    store.importVault();
  }

  private static List<NameEntry> sorted(List<NameEntry> entries) {
    return entries.stream().sorted(Comparator.comparingLong(NameEntry::contactId)).toList();
  }

  private static String note(String name, String frontmatter, String recentContext) {
    return """
        ---
        type: people
        %s
        ---
        # %s

        ## Recent Context

        %s
        """.formatted(frontmatter, name, recentContext);
  }
}
