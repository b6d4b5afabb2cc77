package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kith.contact.Card;
import kith.contact.Cards;
import kith.contact.Directory;
import kith.contact.NameMatch;
import kith.db.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Imports into a real store — an H2 file, and PostgreSQL when configured — and reads back through lookups. */
class VaultImporterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path temp;
  @AutoClose private VaultAndStore store;
  private Jdbi jdbi;
  private VaultImporter importer;
  private Directory directory;
  private Cards cards;
  private Path vault;

  void open(String kind) throws IOException {
    store = VaultAndStore.open(kind, temp);
    jdbi = store.jdbi;
    vault = store.vault;
    importer = new VaultImporter(jdbi, new NoteParser(), CLOCK);
    directory = new Directory(jdbi);
    cards = new Cards(jdbi, directory, CLOCK);
  }

  ImportSummary importVault() {
    ImportSummary summary = importer.importFolder(vault, VaultImporter.Progress.NONE);
    directory.refresh();
    return summary;
  }

  Card card(String name) {
    NameMatch match = directory.resolve(name);
    NameMatch.Found found = assertInstanceOf(NameMatch.Found.class, match, () -> name + " → " + match);
    return cards.card(found.entry().contactId()).orElseThrow();
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void importsThePeopleNotesAndSkipsTheRest(String kind) throws IOException {
    open(kind);
    ImportSummary summary = importVault();

    assertEquals(new ImportSummary(6, 0, 0, 0, List.of(), 2, 0), summary);
    Card kushal = card("Kushal Datta");
    assertEquals("Platform engineering lead, Apollo program", kushal.role());
    assertEquals(new Card.LastContact(LocalDate.of(2026, 1, 3), "interaction", "11 months ago"), kushal.lastContact());
    assertEquals(6, kushal.interactionCount());
    assertEquals(5, kushal.interactions().size());
    assertEquals(LocalDate.of(2026, 1, 3), kushal.interactions().get(0).date());
    assertEquals("Prep for partner review", kushal.interactions().get(0).headline());
    assertEquals(List.of(new Card.Task("Send Kushal the 30/60/90 pilot plan with success criteria",
        LocalDate.of(2026, 12, 5))), kushal.openTasks());
    assertEquals(3, kushal.decisions().size());
    assertEquals(List.of("Northwind"), kushal.relatedCustomers());
    assertEquals(List.of("Project Apollo", "Storage Roadmap"), kushal.relatedProjects());
    assertEquals(List.of("Jeff Denworth", "Priya Raman"), kushal.relatedPeople());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void somebodyOnlyNamedInNotesShowsWhereTheyAppear(String kind) throws IOException {
    open(kind);
    importVault();

    Card jeff = card("Jeff Denworth");
    assertTrue(jeff.mentionedOnly());
    assertEquals(List.of(
        new Card.Appearance("Kushal Datta", "via", 3, LocalDate.of(2025, 11, 7)),
        new Card.Appearance("Kushal Datta", "related", 1, null)), jeff.appearsIn());
    // Priya has a note of her own, so she is not a lightweight contact, but her card still says where she is named.
    Card priya = card("Priya Raman");
    assertFalse(priya.mentionedOnly());
    assertTrue(priya.appearsIn().contains(new Card.Appearance("Kushal Datta", "via", 1, LocalDate.of(2026, 1, 3))));
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void reimportingAnUnchangedVaultChangesNothing(String kind) throws IOException {
    open(kind);
    importVault();
    long kushalId = card("Kushal").contactId();

    assertEquals(new ImportSummary(0, 0, 6, 0, List.of(), 2, 0), importVault());
    assertEquals(kushalId, card("Kushal").contactId());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aChangedNoteReplacesWhatWasStoredAndKeepsWhatKithRecorded(String kind) throws IOException {
    open(kind);
    importVault();
    long kushalId = card("Kushal Datta").contactId();
    jdbi.useHandle(h -> h.execute(
        "INSERT INTO decision (contact_id, source, text) VALUES (?, 'slack', 'Ship the pilot in March')", kushalId));

    Path note = vault.resolve("People/Kushal Datta.md");
    String text = Files.readString(note).replace("- Prefers written proposals with numbers over slideware.\n", "");
    Files.writeString(note, text);

    assertEquals(new ImportSummary(0, 1, 5, 0, List.of(), 2, 0), importVault());
    Card kushal = card("Kushal Datta");
    assertEquals(kushalId, kushal.contactId());
    assertEquals(2, kushal.keyFacts().size());
    assertEquals(3, kushal.decisions().stream().filter(d -> d.source().equals("note")).count());
    assertEquals(List.of("Ship the pilot in March"),
        kushal.decisions().stream().filter(d -> d.source().equals("slack")).map(Card.Decision::text).toList());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aDeletedNoteArchivesItsContactAndARestoredOneComesBack(String kind) throws IOException {
    open(kind);
    importVault();
    long samId = card("Sam Okafor").contactId();
    Path note = vault.resolve("People/Sam Okafor.md");
    byte[] content = Files.readAllBytes(note);
    Files.delete(note);

    assertEquals(new ImportSummary(0, 0, 5, 1, List.of(), 2, 0), importVault());
    // "Sam" was ambiguous between two Sams; with one archived it is not.
    assertEquals("Sam Carter", card("Sam").name());

    Files.write(note, content);
    assertEquals(new ImportSummary(0, 1, 5, 0, List.of(), 2, 0), importVault());
    assertEquals(samId, card("Sam Okafor").contactId());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aRenamedNoteKeepsItsContact(String kind) throws IOException {
    open(kind);
    importVault();
    long joseId = card("José Núñez").contactId();
    Files.createDirectories(vault.resolve("People/Iberia"));
    Files.move(vault.resolve("People/José Núñez.md"), vault.resolve("People/Iberia/José Núñez (Lumen).md"));

    assertEquals(new ImportSummary(0, 1, 5, 0, List.of(), 2, 0), importVault());
    assertEquals(joseId, card("Jose Nunez").contactId());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aBrokenNoteIsReportedAndKeepsWhatWasStoredFromIt(String kind) throws IOException {
    open(kind);
    importVault();
    Path note = vault.resolve("People/Sam Carter.md");
    Files.writeString(note, "---\ntype: people\nrole: [unclosed\n---\n# Sam Carter\n");
    Files.writeString(vault.resolve("People/Zoe Park.md"), "---\ntype: people\n---\n# Zoe Park\n");

    ImportSummary summary = importVault();

    assertEquals(1, summary.imported());
    assertEquals(1, summary.failed().size());
    NoteParseException failure = summary.failed().get(0);
    assertEquals("People/Sam Carter.md", failure.path());
    assertTrue(failure.line() >= 3, failure::getMessage);
    assertEquals(0, summary.archived());
    assertEquals("Solutions Engineer", card("Sam Carter").role());
    assertEquals("Zoe Park", card("Zoe").name());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anImportKilledHalfWayIsCompletedByTheNextOne(String kind) throws IOException {
    open(kind);
    RuntimeException kill = new RuntimeException("killed");
    VaultImporter.Progress dieAtFourth = (done, total, path) -> {
      if (done == 4) {
        throw kill;
      }
    };
    assertThrows(RuntimeException.class, () -> importer.importFolder(vault, dieAtFourth));

    ImportSummary summary = importVault();
    assertEquals(6, summary.imported() + summary.unchanged());
    assertEquals(0, summary.updated() + summary.archived() + summary.failed().size());
    long notes = jdbi.withHandle(h ->
        h.createQuery("SELECT COUNT(*) FROM contact WHERE kind = 'note'").mapTo(Long.class).one());
    assertEquals(6, notes);
    assertEquals(5, card("Kushal Datta").interactions().size());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aFiveMegabyteNoteIsStoredWhole(String kind) throws IOException {
    open(kind);
    StringBuilder note = new StringBuilder("---\ntype: people\n---\n# Big Note\n\n## Recent Context\n\n");
    int count = 0;
    while (note.length() < 5_000_000) {
      note.append("- 2025-01-").append(String.format("%02d", count % 28 + 1))
          .append(": [[Meeting ").append(count).append("]] - ").append("long summary text ".repeat(10))
          .append("(via Person ").append(count % 50).append(")\n");
      count++;
    }
    Files.writeString(vault.resolve("People/Big Note.md"), note, StandardCharsets.UTF_8);

    assertEquals(7, importVault().imported());
    assertEquals(count, card("Big Note").interactionCount());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void anEmptyNoteIsSkippedAndABinaryOneFailsWithItsLine(String kind) throws IOException {
    open(kind);
    Files.write(vault.resolve("People/Empty.md"), new byte[0]);
    Files.write(vault.resolve("People/Photo.md"), new byte[] {'#', ' ', 'A', '\n', 'b', 0, (byte) 0xFF, '\n'});

    ImportSummary summary = importVault();

    assertEquals(6, summary.imported());
    assertEquals(3, summary.skipped());
    NoteParseException failure = summary.failed().get(0);
    assertEquals("People/Photo.md", failure.path());
    assertEquals(2, failure.line());
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.KINDS)
  void aNoteThatIsNoLongerAPeopleNoteIsArchived(String kind) throws IOException {
    open(kind);
    importVault();
    Files.writeString(vault.resolve("People/José Núñez.md"), "Moved to the archive.\n");
    Files.move(vault.resolve("People/José Núñez.md"), vault.resolve("José Núñez.md"));
    Files.writeString(vault.resolve("People/Sam Okafor.md"), "---\ntype: project\n---\n# Sam Okafor\n");
    Files.move(vault.resolve("People/Sam Okafor.md"), vault.resolve("Projects/Sam Okafor.md"));

    ImportSummary summary = importVault();

    assertEquals(2, summary.archived());
    assertInstanceOf(NameMatch.NotFound.class, directory.resolve("Sam Okafor"));
  }

  @org.junit.jupiter.api.Test
  void aFolderOfTenThousandNotesImports() throws IOException {
    open("h2");
    Path people = vault.resolve("People/Generated");
    Files.createDirectories(people);
    for (int i = 0; i < 10_000; i++) {
      Files.writeString(people.resolve("Person " + i + ".md"), """
          ---
          type: people
          last_contact: 2026-0%d-1%d
          ---
          # Person %d

          ## Recent Context

          - 2026-01-0%d: [[Sync %d]] - Weekly sync about the rollout (via Person %d)

          ## Key Facts

          - Fact number %d.
          """.formatted(i % 9 + 1, i % 10, i, i % 9 + 1, i, (i + 1) % 10_000, i));
    }

    ImportSummary summary = importVault();

    assertEquals(new ImportSummary(10_006, 0, 0, 0, List.of(), 2, 0), summary);
    assertEquals("Person 4321", card("Person 4321").name());
    assertEquals(new ImportSummary(0, 0, 10_006, 0, List.of(), 2, 0), importVault());
  }
}
