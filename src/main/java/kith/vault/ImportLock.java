package kith.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongConsumer;
import kith.Causes;
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
 * ends, so an importing process that dies does not leave it held. It is keyed by the schema, so stores in other
 * schemas of the same database do not wait for each other. Kith's H2 file is open in one process at a time, and
 * {@link VaultImporter} runs one import at a time in a process, so there is nothing to take there.
 */
final class ImportLock implements AutoCloseable {
  /** The advisory lock's first key, Kith's own ("KITH" in ASCII); the second is the schema's hash. */
  static final int KEY = 0x4B495448;

  private static final Logger log = LoggerFactory.getLogger(ImportLock.class);
  private static final String ARGUMENTS = "(" + KEY + ", hashtext(current_schema()))";
  /** How long one wait for the lock lasts before the log says again that Kith is still waiting. */
  private static final Duration WAIT_BETWEEN_LOGS = Duration.ofSeconds(30);
  /** PostgreSQL's "lock not available": the wait ran into {@code lock_timeout}. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  /** The connection holding the lock, or null where no lock is taken. */
  private final Handle holder;

  private ImportLock(Handle holder) {
    this.holder = holder;
  }

  /** Takes the lock, waiting for an import under way in another process to finish first. */
  static ImportLock take(Jdbi jdbi) {
    return take(jdbi, WAIT_BETWEEN_LOGS, ImportLock::logWaiting);
  }

  /**
   * Takes the lock, waiting in spells of {@code spell}; {@code waiting} is told, before each spell, how many
   * whole seconds Kith has waited so far.
   */
  static ImportLock take(Jdbi jdbi, Duration spell, LongConsumer waiting) {
    Handle handle = jdbi.open();
    boolean postgres = false;
    try {
      postgres = isPostgres(handle);
      if (!postgres) {
        handle.close();
        return new ImportLock(null);
      }
      if (!ask(handle, "pg_try_advisory_lock")) {
        await(handle, spell, waiting);
      }
      return new ImportLock(handle);
    } catch (RuntimeException | Error e) {
      if (postgres) {
        // The lock may be this connection's by now (a failure after the wait), and an open connection keeps it.
        closePhysically(handle.getConnection());
      }
      try {
        handle.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing); // the pool finds the connection closed: what went wrong first is e
      }
      throw e;
    }
  }

  /** Waits for the lock in spells of {@code spell} of {@code lock_timeout}, saying so before each. */
  private static void await(Handle handle, Duration spell, LongConsumer waiting) {
    long start = System.nanoTime();
    // A statement timeout shorter than a spell (managed servers often set one per role) would end the wait.
    handle.execute("SET statement_timeout = 0");
    handle.execute("SET lock_timeout = " + Math.max(1, spell.toMillis()));
    try {
      while (true) {
        waiting.accept(Duration.ofNanos(System.nanoTime() - start).toSeconds());
        try {
          // Returns nothing (void) once the lock is this connection's.
          handle.createQuery("SELECT pg_advisory_lock" + ARGUMENTS).mapToMap().one();
          return;
        } catch (RuntimeException e) {
          if (!LOCK_NOT_AVAILABLE.equals(sqlState(e))) {
            throw e;
          }
        }
      }
    } finally {
      handle.execute("RESET lock_timeout");
      handle.execute("RESET statement_timeout");
    }
  }

  private static void logWaiting(long seconds) {
    if (seconds == 0) {
      log.info("another import into this store is under way; waiting for it to finish");
    } else {
      log.info("still waiting for another import into this store to finish ({} s)", seconds);
    }
  }

  @Override
  public void close() {
    if (holder == null) {
      return;
    }
    try {
      if (!ask(holder, "pg_advisory_unlock")) {
        log.warn("the import lock was no longer held when the import ended");
      }
    } catch (RuntimeException e) {
      // A connection that stays open keeps a session lock, and the pool would hand it out still holding it: end
      // it, and the server lets the lock go.
      log.warn("could not let the import lock go ({}); closing its connection instead", e.getMessage());
      closePhysically(holder.getConnection());
    }
    try {
      holder.close();
    } catch (RuntimeException e) {
      // A connection closed above makes the pool's clean-up fail; the import itself went as it went.
      log.warn("could not return the import lock's connection to the pool: {}", e.getMessage());
    }
  }

  private static void closePhysically(Connection pooled) {
    try {
      pooled.unwrap(Connection.class).close();
    } catch (SQLException e) {
      log.warn("could not close the import lock's connection: {}", e.getMessage());
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

  private static String sqlState(Throwable e) {
    return Causes.first(e, SQLException.class).map(SQLException::getSQLState).orElse(null);
  }
}
