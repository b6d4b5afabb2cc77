package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kith.contact.Card;
import kith.contact.Cards;
import kith.contact.ContactStore;
import kith.contact.Directory;
import kith.contact.NameMatch;
import kith.db.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports that leave files alone whose size and times are those stored ({@link FileStamp}), into a real store.
 * The importer's clock runs an hour ahead of the real one, so the example vault's files, copied just before, are
 * settled for it: with the real clock they would not be for two seconds, and would all be read again.
 */
class StampedImportTest {
  private static final Clock AN_HOUR_AHEAD = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
  private static final String KUSHAL = "People/Kushal Datta.md";
  private static final String FACT = "- Prefers written proposals with numbers over slideware.\n";
  /** The example vault's six notes unchanged and its two other files skipped, none of the eight read. */
  private static final ImportSummary ALL_LEFT_UNREAD = new ImportSummary(0, 0, 6, 0, List.of(), 2, 8);
  /** Kushal's note read and written again; the seven other files left unread. */
  private static final ImportSummary KUSHAL_WRITTEN_AGAIN = new ImportSummary(0, 1, 5, 0, List.of(), 2, 7);
  /** One file read and found as before (a note as stored, or still no people note); the seven others unread. */
  private static final ImportSummary ONE_READ_AS_BEFORE = new ImportSummary(0, 0, 6, 0, List.of(), 2, 7);

  @TempDir Path temp;
  @AutoClose private VaultAndStore store;
  private Jdbi jdbi;
  private VaultImporter importer;
  private Directory directory;
  private Path vault;

  private void open(String kind) throws IOException {
    store = VaultAndStore.open(kind, temp);
    jdbi = store.jdbi;
    vault = store.vault;
    importer = new VaultImporter(jdbi, new NoteParser(), AN_HOUR_AHEAD);
    directory = new Directory(jdbi);
  }

  private ImportSummary importVault() {
    return importVault(VaultImporter.Reading.CHANGED_FILES);
  }

  private ImportSummary importVault(VaultImporter.Reading reading) {
    ImportSummary summary = importer.importFolder(vault, VaultImporter.Progress.NONE, reading);
    directory.refresh();
    return summary;
  }

  private Card card(String name) {
    NameMatch.Found found = (NameMatch.Found) directory.resolve(name);
    return new Cards(jdbi, directory, AN_HOUR_AHEAD).card(found.entry().contactId()).orElseThrow();
  }

  /** Writes {@code text} over Kushal's note and sets its modification time back to what it was. */
  private void rewriteKeepingTheModificationTime(String text) throws IOException {
    Path note = vault.resolve(KUSHAL);
    FileTime modified = Files.getLastModifiedTime(note);
    Files.writeString(note, text);
    Files.setLastModifiedTime(note, modified);
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anUnchangedVaultIsImportedAgainWithoutReadingItsFiles(String kind) throws IOException {
    open(kind);
    assertEquals(new ImportSummary(6, 0, 0, 0, List.of(), 2, 0), importVault());

    // Nor the two files that are no people notes (skipped, as before), whose stamps are kept too.
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteRewrittenToAnotherSizeIsReadEvenWithItsModificationTimeKept(String kind) throws IOException {
    open(kind);
    importVault();

    rewriteKeepingTheModificationTime(Files.readString(vault.resolve(KUSHAL)).replace(FACT, ""));

    assertEquals(KUSHAL_WRITTEN_AGAIN, importVault());
    assertEquals(2, card("Kushal Datta").keyFacts().size());
    // Stamped as it was written: the next import leaves it alone.
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteRewrittenToTheSameSizeWithItsModificationTimeKeptIsReadOnUnix(String kind) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"),
        "elsewhere only --reread finds it");
    open(kind);
    importVault();
    String written = Files.readString(vault.resolve(KUSHAL));
    String sameSize = written.replace("slideware", "SLIDEWARE");
    assertEquals(written.length(), sameSize.length());

    rewriteKeepingTheModificationTime(sameSize);

    assertEquals(KUSHAL_WRITTEN_AGAIN, importVault());
    assertTrue(card("Kushal Datta").keyFacts().stream().anyMatch(fact -> fact.contains("SLIDEWARE")));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aFileTouchedWithoutAnEditIsReadOnceAndThenLeftAlone(String kind) throws IOException {
    open(kind);
    importVault();

    Path note = vault.resolve(KUSHAL);
    Files.setLastModifiedTime(note, FileTime.from(Instant.parse("2026-10-01T08:00:00Z")));

    assertEquals(ONE_READ_AS_BEFORE, importVault());
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteMovedUnchangedKeepsItsContactAndIsStampedAtItsNewPath(String kind) throws IOException {
    open(kind);
    importVault();
    long kushalId = card("Kushal Datta").contactId();

    Path moved = vault.resolve("People/Archive/Kushal Datta.md");
    Files.createDirectories(moved.getParent());
    Files.move(vault.resolve(KUSHAL), moved);

    assertEquals(KUSHAL_WRITTEN_AGAIN, importVault());
    assertEquals(kushalId, card("Kushal Datta").contactId());
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void rereadingReadsEveryFileAndFindsAnEditTheTimesHide(String kind) throws IOException {
    open(kind);
    importVault();
    // A store whose stamp of Kushal's note says nothing changed, though the file did: as a tool that writes a
    // file of the same size and sets both its times back would leave it, where the file system lets one.
    long kushalId = card("Kushal Datta").contactId();
    rewriteKeepingTheModificationTime(Files.readString(vault.resolve(KUSHAL)).replace(FACT, ""));
    storeTheStampItHasNow(kushalId);
    assertEquals(ALL_LEFT_UNREAD, importVault());
    assertEquals(3, card("Kushal Datta").keyFacts().size());

    assertEquals(new ImportSummary(0, 1, 5, 0, List.of(), 2, 0), importVault(VaultImporter.Reading.EVERY_FILE));
    assertEquals(2, card("Kushal Datta").keyFacts().size());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void notesStoredWithoutStampsAreReadOnceAndStamped(String kind) throws IOException {
    open(kind);
    importVault();
    // As a store imported by a Kith before stamps holds them.
    jdbi.useHandle(handle -> handle.execute(
        "UPDATE contact SET file_size = NULL, file_modified = NULL, file_changed = NULL"));

    assertEquals(new ImportSummary(0, 0, 6, 0, List.of(), 2, 2), importVault());
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aFileModifiedLessThanTwoSecondsBeforeTheImportIsReadAgainByTheNext(String kind) throws IOException {
    open(kind);
    Path note = vault.resolve(KUSHAL);
    Files.setLastModifiedTime(note, FileTime.from(AN_HOUR_AHEAD.instant().minusSeconds(1)));
    importVault();

    assertEquals(ONE_READ_AS_BEFORE, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anImporterWhoseClockIsBehindTheFilesTimesReadsThemAll(String kind) throws IOException {
    open(kind);
    // Every file was modified after the importer's now (an hour behind): none is settled, so none is stamped.
    importer = new VaultImporter(jdbi, new NoteParser(), Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
    importVault();

    assertEquals(new ImportSummary(0, 0, 6, 0, List.of(), 2, 0), importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anArchivedNoteWhoseFileComesBackIsReadThoughItsStampIsStored(String kind) throws IOException {
    open(kind);
    importVault();
    long kushalId = card("Kushal Datta").contactId();
    Path away = temp.resolve("Kushal Datta.md");
    Files.move(vault.resolve(KUSHAL), away);
    assertEquals(new ImportSummary(0, 0, 5, 1, List.of(), 2, 7), importVault());

    Files.move(away, vault.resolve(KUSHAL));
    storeTheStampItHasNow(kushalId);

    assertEquals(KUSHAL_WRITTEN_AGAIN, importVault());
    assertEquals(kushalId, card("Kushal Datta").contactId());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteStoredInAnotherFormatIsWrittenAgainThoughItsStampIsStored(String kind) throws IOException {
    open(kind);
    importVault();
    long kushalId = card("Kushal Datta").contactId();
    jdbi.useHandle(handle -> handle.execute("UPDATE contact SET card_format = NULL WHERE id = ?", kushalId));

    assertEquals(KUSHAL_WRITTEN_AGAIN, importVault());
    assertEquals(ALL_LEFT_UNREAD, importVault());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aFileThatIsNoPeopleNoteIsReadAgainOnceEditedAndImportedWhenItBecomesOne(String kind) throws IOException {
    open(kind);
    importVault();
    Path project = vault.resolve("Projects/Project Apollo.md");
    Files.writeString(project, Files.readString(project) + "\nA line added.\n");
    Files.setLastModifiedTime(project, FileTime.from(Instant.parse("2026-10-02T08:00:00Z")));

    assertEquals(ONE_READ_AS_BEFORE, importVault());
    assertEquals(ALL_LEFT_UNREAD, importVault());

    Files.writeString(project, "---\ntype: people\n---\n# Apollo Person\n\n## Key Facts\n- Was a project.\n");
    Files.setLastModifiedTime(project, FileTime.from(Instant.parse("2026-10-03T08:00:00Z")));

    assertEquals(new ImportSummary(1, 0, 6, 0, List.of(), 1, 7), importVault());
    assertEquals(List.of("Was a project."), card("Apollo Person").keyFacts());
    assertEquals(new ImportSummary(0, 0, 7, 0, List.of(), 1, 8), importVault());
  }

  /** Stores the stamp Kushal's note file has now as the stamp of contact {@code id}. */
  private void storeTheStampItHasNow(long id) throws IOException {
    jdbi.onDemand(ContactStore.class)
        .stampNoteFiles(Map.of(id, FileStamp.of(vault.resolve(KUSHAL), AN_HOUR_AHEAD.instant())));
  }
}
