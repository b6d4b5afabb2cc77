package kith;

import java.nio.file.Path;
import java.time.Clock;
import kith.config.Settings;
import kith.contact.Cards;
import kith.contact.Directory;
import kith.db.Database;
import kith.vault.ImportSummary;
import kith.vault.NoteParser;
import kith.vault.VaultImporter;

/** The one composition root: settings → database → stores → services. Tests build Kith through it too. */
public final class Wiring implements AutoCloseable {
  private final Settings settings;
  private final Database database;
  private final VaultImporter importer;
  private final Directory directory;
  private final Cards cards;

  private Wiring(Settings settings, Database database, Clock clock) {
    this.settings = settings;
    this.database = database;
    this.importer = new VaultImporter(database.jdbi(), new NoteParser(), clock);
    this.directory = new Directory(database.jdbi());
    this.cards = new Cards(database.jdbi(), clock);
  }

  /** Opens the database (migrating it) and builds every service; the name index is loaded from the store. */
  public static Wiring open(Settings settings, Clock clock) {
    Database database = Database.open(settings.dbUrl());
    Wiring wiring = new Wiring(settings, database, clock);
    wiring.directory.refresh();
    return wiring;
  }

  /** Imports {@code folder} and makes lookups see the result. */
  public ImportSummary importVault(Path folder, VaultImporter.Progress progress) {
    ImportSummary summary = importer.importFolder(folder, progress);
    directory.refresh();
    return summary;
  }

  public Settings settings() {
    return settings;
  }

  public Database database() {
    return database;
  }

  public Directory directory() {
    return directory;
  }

  public Cards cards() {
    return cards;
  }

  @Override
  public void close() {
    database.close();
  }
}
