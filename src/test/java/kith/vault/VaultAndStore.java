package kith.vault;

import java.io.IOException;
import java.nio.file.Path;
import kith.db.TestDatabase;
import org.jdbi.v3.core.Jdbi;

/** A copy of the example vault a test may change, and a real store of the given kind to import it into. */
final class VaultAndStore implements AutoCloseable {
  final Jdbi jdbi;
  final Path vault;
  private final TestDatabase database;

  private VaultAndStore(TestDatabase database, Path vault) {
    this.database = database;
    this.jdbi = database.open().jdbi();
    this.vault = vault;
  }

  /** The store under {@code temp}/db, the vault copied to {@code temp}/vault. */
  static VaultAndStore open(String kind, Path temp) throws IOException {
    Path vault = temp.resolve("vault");
    ExampleVault.copyTo(vault);
    return new VaultAndStore(TestDatabase.create(kind, temp.resolve("db")), vault);
  }

  @Override
  public void close() {
    database.close();
  }
}
