package kith.vault;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import at a time into a store. Two at once would each mark the kept appearances outdated, and the first to
 * finish would mark them current while the other was still writing notes (see {@code ReadyCardUpkeep}); the later
 * one would also decide what is unchanged from a view of the store taken before the first had written.
 *
 * <p>On PostgreSQL, where several Kith servers may share a store and each imports the vault at start, this is a
 * session advisory lock, as Flyway takes for its migrations: the server lets it go when the holding connection
 * ends, so a process that dies half-way through an import never leaves it held. It is keyed by the schema, so
 * stores in other schemas of the same database do not wait for each other. An H2 file is open in one process at a
 * time, and {@link VaultImporter} runs one import at a time in a process, so there is nothing to take there.
 */
final class ImportLock implements AutoCloseable {
  /** The advisory lock's first key, Kith's own ("KITH" in ASCII); the second is the schema's hash. */
  static final int KEY = 0x4B495448;

  private static final Logger log = LoggerFactory.getLogger(ImportLock.class);
  private static final String ARGUMENTS = "(" + KEY + ", hashtext(current_schema()))";

  /** The connection holding the lock, or null where no lock is taken. */
  private final Handle holder;

  private ImportLock(Handle holder) {
    this.holder = holder;
  }

  /** Takes the lock, waiting for an import under way in another process to finish first. */
  static ImportLock take(Jdbi jdbi) {
    Handle handle = jdbi.open();
    try {
      if (!isPostgres(handle)) {
        handle.close();
        return new ImportLock(null);
      }
      if (!ask(handle, "pg_try_advisory_lock")) {
        log.info("another import into this store is under way; waiting for it to finish");
        // Returns nothing (void) once the lock is this connection's.
        handle.createQuery("SELECT pg_advisory_lock" + ARGUMENTS).mapToMap().one();
      }
      return new ImportLock(handle);
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (holder == null) {
      return;
    }
    try {
      ask(holder, "pg_advisory_unlock");
    } finally {
      // Should the unlock fail, the connection is broken, and the server releases the lock when it ends.
      holder.close();
    }
  }

  private static boolean isPostgres(Handle handle) {
    try {
      return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database the store is", e);
    }
  }

  private static boolean ask(Handle handle, String function) {
    return handle.createQuery("SELECT " + function + ARGUMENTS).mapTo(Boolean.class).one();
  }
}
