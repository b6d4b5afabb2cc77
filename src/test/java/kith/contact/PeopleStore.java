package kith.contact;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kith.db.Database;
import kith.db.TestDatabase;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.VaultImporter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A real store for one test (an H2 file, or PostgreSQL when configured), a folder of people notes to import into
 * it, and the name index and cards over it. On H2, as in a server, the cards are kept in memory ({@link KeptCards})
 * and read into it again after each import: so every test that compares cards after a change also checks that the
 * change reached the cards kept in memory.
 */
final class PeopleStore implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  final Jdbi jdbi;
  /** The vault's People folder; the vault is its parent. */
  final Path people;
  final Directory directory;
  final Cards cards;
  final KeptCards kept;
  private final TestDatabase database;

  private PeopleStore(TestDatabase database, Path people) {
    this.database = database;
    Database opened = database.open();
    this.jdbi = opened.jdbi();
    this.people = people;
    this.directory = new Directory(jdbi);
    this.kept = KeptCards.of(opened);
    this.cards = new Cards(jdbi, directory, CLOCK, kept);
  }

  static PeopleStore open(String kind, Path temp) throws IOException {
    return new PeopleStore(TestDatabase.create(kind, temp.resolve("db")),
        Files.createDirectories(temp.resolve("vault/People")));
  }

  /** An H2 store with two people imported, each with one key fact: Ada Lovelace and Grace Hopper. */
  static PeopleStore adaAndGrace(Path temp) throws IOException {
    PeopleStore store = open("h2", temp);
    store.write("Ada Lovelace", noteWithFact("Ada Lovelace", "Wrote the first program"));
    store.write("Grace Hopper", noteWithFact("Grace Hopper", "Found the first bug"));
    store.importVault();
    return store;
  }

  /** Writes {@code note} as the People note {@code name}.md. */
  void write(String name, String note) throws IOException {
    Files.writeString(people.resolve(name + ".md"), note);
  }

  /** Imports the vault and makes lookups see it. */
  ImportSummary importVault() {
    ImportSummary summary = new VaultImporter(jdbi, new NoteParser(), CLOCK)
        .importFolder(people.getParent(), VaultImporter.Progress.NONE);
    directory.refresh();
    kept.fill();
    return summary;
  }

  /** The contact a name finds, which must be exactly one. */
  long idOf(String name) {
    return assertInstanceOf(NameMatch.Found.class, directory.resolve(name)).entry().contactId();
  }

  Card card(String name) {
    return cards.card(idOf(name)).orElseThrow();
  }

  /** Runs these statements on one handle, in order: the tables as an earlier Kith, or another process, left them. */
  void execute(String... statements) {
    jdbi.useHandle(handle -> {
      for (String statement : statements) {
        handle.execute(statement);
      }
    });
  }

  long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  /** Gives contact {@code to} the ready card of contact {@code from}, through Jdbi: a write the kept cards see. */
  static void copyCard(Handle handle, long from, long to) {
    handle.createUpdate("""
            UPDATE ready_card SET note_part = (SELECT note_part FROM ready_card WHERE contact_id = :from)
             WHERE contact_id = :to
            """).bind("from", from).bind("to", to).execute();
  }

  /** A People note with one key fact. */
  static String noteWithFact(String name, String fact) {
    return """
        ---
        type: people
        ---
        # %s

        ## Key Facts
        - %s
        """.formatted(name, fact);
  }

  @Override
  public void close() {
    database.close();
  }
}
