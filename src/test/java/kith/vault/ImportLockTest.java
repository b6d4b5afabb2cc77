package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kith.db.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports into a PostgreSQL store while another process (here, a connection of the test's own) holds the import
 * lock, as a second Kith server importing the same vault at start does.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_VARIABLE, matches = ".+")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ImportLockTest {
  private static final String LOCK_ARGUMENTS = "(" + ImportLock.KEY + ", hashtext(current_schema()))";
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Whether the server has this schema's import lock, asked by a connection to that schema; a condition follows. */
  private static final String LOCKS = "SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'advisory'"
      + " AND classid = " + ImportLock.KEY
      + " AND objid::text::bigint = (hashtext(current_schema())::bigint & 4294967295)";

  @TempDir Path temp;
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private TestDatabase database;
  private Jdbi jdbi;
  private Path vault;

  @AfterEach
  void close() {
    executor.shutdownNow();
    if (database != null) {
      database.close();
    }
  }

  private void open() throws IOException {
    database = TestDatabase.create("postgresql", temp);
    jdbi = database.open().jdbi();
    vault = temp.resolve("vault");
    ExampleVault.copyTo(vault);
  }

  private ImportSummary importVault(VaultImporter.Progress progress) {
    return new VaultImporter(jdbi, new NoteParser(), VaultImporterTest.CLOCK).importFolder(vault, progress);
  }

  private int contacts() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM contact").mapTo(Integer.class).one());
  }

  @Test
  void anImportWaitsForOneUnderWayInAnotherProcessAndGoesOnWhenThatProcessEnds() throws Exception {
    open();
    Future<ImportSummary> waiting;
    try (Connection otherProcess = DriverManager.getConnection(database.url())) {
      takeLock(otherProcess);

      waiting = executor.submit(() -> importVault(VaultImporter.Progress.NONE));
      awaitLockRequested(otherProcess);

      assertFalse(waiting.isDone());
      assertEquals(0, contacts(), "nothing is written while the other import holds the store");
    }
    // The holder's connection has ended, as a process that dies ends it: the server lets the lock go.
    ImportSummary summary = waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertEquals(new ImportSummary(6, 0, 0, 0, List.of(), 2, 0), summary);
    assertTrue(contacts() >= 6, "the notes are in the store");
    assertTrue(lockIsFree(), "the import lets the lock go when it is done");
  }

  @Test
  void anImportThatStopsHalfWayLetsTheLockGo() throws Exception {
    open();

    IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> importVault((done, total, path) -> {
      throw new IllegalStateException("stopped at " + path);
    }));

    assertTrue(stopped.getMessage().startsWith("stopped at "), stopped::getMessage);
    assertTrue(lockIsFree());
    assertEquals(new ImportSummary(6, 0, 0, 0, List.of(), 2, 0), importVault(VaultImporter.Progress.NONE));
  }

  @Test
  void theLockIsHeldWhileTheImportWritesAndKeyedByTheSchema() throws Exception {
    open();
    List<Boolean> heldAsFilesWereRead = new ArrayList<>();
    try (Connection observer = DriverManager.getConnection(database.url())) {
      importVault((done, total, path) -> {
        try {
          heldAsFilesWereRead.add(ask(observer, LOCKS + " AND granted"));
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }

    assertFalse(heldAsFilesWereRead.isEmpty());
    assertTrue(heldAsFilesWereRead.stream().allMatch(held -> held), heldAsFilesWereRead::toString);
    assertTrue(lockIsFree());
  }

  @Test
  void aLongWaitGoesOnSpellAfterSpellUntilTheLockIsLetGo() throws Exception {
    open();
    CountDownLatch threeSpells = new CountDownLatch(3);
    List<Long> toldSeconds = new CopyOnWriteArrayList<>();
    Future<ImportLock> taking;
    try (Connection otherProcess = DriverManager.getConnection(database.url())) {
      takeLock(otherProcess);

      taking = executor.submit(() -> ImportLock.take(jdbi, Duration.ofMillis(50), seconds -> {
        toldSeconds.add(seconds);
        threeSpells.countDown();
      }));

      assertTrue(threeSpells.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "a wait in spells: " + toldSeconds);
      assertFalse(taking.isDone());
    }
    ImportLock lock = taking.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    try {
      assertFalse(lockIsFree(), "the lock is the importer's once the other process has ended");
    } finally {
      lock.close();
    }

    assertEquals(0L, toldSeconds.get(0));
    assertTrue(lockIsFree());
  }

  @Test
  void aFailureWhileWaitingIsTheErrorReportedAndTheStoreStaysUsable() throws Exception {
    open();
    AtomicInteger spells = new AtomicInteger();
    try (Connection otherProcess = DriverManager.getConnection(database.url())) {
      takeLock(otherProcess);

      IllegalStateException failed = assertThrows(IllegalStateException.class,
          () -> ImportLock.take(jdbi, Duration.ofMillis(50), seconds -> {
            if (spells.incrementAndGet() > 1) {
              throw new IllegalStateException("stopped waiting");
            }
          }));

      assertEquals("stopped waiting", failed.getMessage());
      // Let go before the connection closes: a server lets a closed session's locks go a moment later, not at once.
      letGo(otherProcess);
    }
    assertTrue(lockIsFree());
    assertEquals(new ImportSummary(6, 0, 0, 0, List.of(), 2, 0), importVault(VaultImporter.Progress.NONE));
  }

  /** Takes this schema's import lock on {@code connection}, as another Kith process importing would. */
  private static void takeLock(Connection connection) throws SQLException {
    ask(connection, "SELECT pg_advisory_lock" + LOCK_ARGUMENTS + " IS NOT NULL");
  }

  /** Lets go of the lock {@code connection} holds. */
  private static void letGo(Connection connection) throws SQLException {
    ask(connection, "SELECT pg_advisory_unlock" + LOCK_ARGUMENTS);
  }

  /**
   * Whether a connection of another process could take the lock now. It lets it go again before its connection
   * closes, so that the next check does not race the server releasing a closed session's lock.
   */
  private boolean lockIsFree() throws SQLException {
    try (Connection connection = DriverManager.getConnection(database.url())) {
      boolean free = ask(connection, "SELECT pg_try_advisory_lock" + LOCK_ARGUMENTS);
      if (free) {
        letGo(connection);
      }
      return free;
    }
  }

  /** Waits until the import asks for the lock the other connection holds: the server shows it not granted. */
  private static void awaitLockRequested(Connection holder) throws SQLException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!ask(holder, LOCKS + " AND NOT granted")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the import never asked for the lock");
      }
    }
  }

  private static boolean ask(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getBoolean(1);
    }
  }
}
