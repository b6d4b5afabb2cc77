package kith.contact;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kith.contact.CardStore.ReadyRow;
import kith.db.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every ready card's row ({@link ReadyRow}, what {@link CardStore#ready} reads) kept in memory, for a store that
 * only this process writes: an H2 file, which one process holds open at a time. A /who then reads its card without
 * a statement: on the benchmark's store, reading the row through H2 (the card, its appearances and whether decisions
 * were recorded: five index lookups, the pages of a random card decoded into H2's cache and kept there past the young
 * collections) made the request path a fifth slower under load and the young collections twice as long.
 *
 * <p>Nothing here is the reference: the store is. A row is kept only as the store had it, and every statement that
 * writes a table the row is read from ({@link CardTableWrites}), through this {@link Jdbi}, forgets every kept row when
 * its transaction ends (at once for a statement outside one), whatever it changed; a row read before that commit
 * and kept meanwhile is dropped with the rest, and one whose read began before it is not kept ({@link #generation}).
 * So Kith writes those tables only through Jdbi's statements ({@code Update}, {@code PreparedBatch}, a query) or
 * through {@link DirectBatch}, which tells {@link DirectWrites}: never through a {@code Script}, a {@code Batch} or
 * JDBC otherwise, which this does not see, nor with a schema change inside a transaction (H2 commits at once).
 * Kith's own writes all go through those two; a store several processes
 * share (PostgreSQL) keeps nothing here, as another process's writes would not be seen. Once a server asks to
 * {@link #keepFilled keep them filled}, every row is read on the thread it gives, and again a few seconds after
 * writes made them forgotten (an import, a decision recorded); until then a card not kept is read from the store,
 * as always, and kept.
 */
public final class KeptCards {
  private static final Logger LOG = LoggerFactory.getLogger(KeptCards.class);

  /** A store several processes may write: nothing is kept, every card is read from the store. */
  public static final KeptCards NONE = new KeptCards(null, 0);

  /** What a kept row costs beyond its text, about: the map's entry and its key, the row, two strings. */
  private static final int ROW_BYTES = 160;

  private final Jdbi jdbi;
  /**
   * At most this much is kept (a quarter of the heap by default), so that a vault far larger than the heap was sized
   * for costs speed, not memory: a row past it is read from the store each time.
   */
  private final long budgetBytes;
  private final ConcurrentHashMap<Long, ReadyRow> rows = new ConcurrentHashMap<>();
  /** About what the kept rows take ({@link #bytes(ReadyRow)}). */
  private long keptBytes;
  /**
   * Raised each time the rows are forgotten; a row read before a raise is not kept after it. Volatile, and raised
   * after the rows are cleared, so that {@link #generation()} may read it without the lock: whoever sees a raise
   * sees the rows forgotten.
   */
  private volatile long generation;
  /** The generation the last complete fill read; a fill at the current one has nothing to do. */
  private long filledAt = -1;
  /** Where a fill is scheduled after writes; null until a server asks to keep the rows filled. */
  private ScheduledExecutorService refills;
  private Duration refillDelay;
  /** Run on the fills' thread after each fill that read every row. */
  private Runnable afterFill = () -> { };
  private boolean refillPending;
  private volatile boolean stopped;

  private KeptCards(Jdbi jdbi, long budgetBytes) {
    this.jdbi = jdbi;
    this.budgetBytes = budgetBytes;
  }

  /**
   * The cards kept for {@code database}: over its Jdbi when only this process writes it (from now on the statements
   * that write a table a card row is read from forget the kept rows), else {@link #NONE}.
   */
  public static KeptCards of(Database database) {
    return database.writtenByThisProcessAlone()
        ? over(database.jdbi(), Runtime.getRuntime().maxMemory() / 4) : NONE;
  }

  /** The same, keeping rows of about {@code budgetBytes} at most in all: the rest are read from the store. */
  static KeptCards over(Jdbi jdbi, long budgetBytes) {
    KeptCards kept = new KeptCards(jdbi, budgetBytes);
    CardTableWrites.watch(jdbi, kept::forgetAll);
    return kept;
  }

  /** Contact {@code id}'s row as kept, else as {@code store} reads it (and kept, unless a write came meanwhile). */
  Optional<ReadyRow> ready(long id, Supplier<Optional<ReadyRow>> store) {
    ReadyRow kept = rows.get(id);
    if (kept != null) {
      return Optional.of(kept);
    }
    if (jdbi == null) {
      return store.get(); // nothing is kept for a store other processes write
    }
    long before = generation();
    Optional<ReadyRow> read = store.get();
    read.ifPresent(row -> keep(before, id, row));
    return read;
  }

  /** The row kept for contact {@code id}, if any: a card that needs nothing else from the store is built from it. */
  Optional<ReadyRow> kept(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** True when rows are kept: only this process writes the store. */
  boolean keepsRows() {
    return jdbi != null;
  }

  /** The ids of the rows kept now. */
  Set<Long> keptIds() {
    return Set.copyOf(rows.keySet());
  }

  /**
   * Raised each time the kept rows are forgotten (every write to a table they are read from): what is made from
   * rows read at one generation is current only while it is still the generation.
   */
  long generation() {
    return generation;
  }

  /** How many rows are kept. */
  public int size() {
    return rows.size();
  }

  /** Forgets every kept row; rows read before this are not kept after it. */
  public synchronized void forgetAll() {
    rows.clear();
    keptBytes = 0;
    generation++;
    if (refills != null && !refillPending && !stopped) {
      refillPending = true;
      try {
        refills.schedule(this::refill, refillDelay.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException shuttingDown) {
        refillPending = false;
      }
    }
  }

  /**
   * Reads every row on {@code fills}' thread, now and again {@code afterWrites} after writes made them forgotten:
   * what a server does, so that a /who rarely reads its card from the store. After each fill that read every row,
   * {@code afterFill} runs there too (a server renders the cards). Other work on that thread waits the few seconds
   * both take on a large store: {@code kith serve} gives the fills a thread of their own.
   */
  public synchronized void keepFilled(ScheduledExecutorService fills, Duration afterWrites, Runnable afterFill) {
    if (jdbi == null) {
      return;
    }
    refills = fills;
    refillDelay = afterWrites;
    this.afterFill = afterFill;
    refills.execute(() -> {
      long start = System.nanoTime();
      if (fill()) {
        LOG.info("{} cards read into memory in {} ms", String.format("%,d", rows.size()),
            (System.nanoTime() - start) / 1_000_000);
        runAfterFill(afterFill);
      }
    });
  }

  /** No more fills, and a fill or what follows it stops at its next row or card: the store is closing. */
  public void stop() {
    if (jdbi != null) {
      stopped = true;
    }
  }

  /** True once {@link #stop()} was called. */
  boolean stopped() {
    return stopped;
  }

  private void refill() {
    Runnable then;
    synchronized (this) {
      refillPending = false;
      then = afterFill;
    }
    if (fill()) {
      runAfterFill(then);
    }
  }

  /** A pool's thread would keep what {@code then} throws to itself: it is logged, and the next fill runs it again. */
  private void runAfterFill(Runnable then) {
    try {
      then.run();
    } catch (RuntimeException | Error e) {
      if (!stopped) {
        LOG.warn("after reading the cards into memory: {}", e.toString(), e);
      }
      if (e instanceof Error error) {
        throw error;
      }
    }
  }

  /**
   * Reads every row now, on this thread, unless those kept are already all of them as the store has them; true when
   * they are all kept (no write came meanwhile).
   */
  public boolean fill() {
    long before;
    synchronized (this) {
      if (jdbi == null || stopped) {
        return false;
      }
      if (filledAt == generation) {
        return true;
      }
      before = generation;
    }
    try {
      boolean complete = jdbi.withHandle(handle -> readAll(handle, before));
      synchronized (this) {
        if (complete && generation == before) {
          filledAt = before;
          return true;
        }
      }
    } catch (RuntimeException e) {
      if (stopped) {
        return false;
      }
      // Only the speed of later cards depends on it: they are read from the store instead.
      LOG.warn("could not read the cards into memory; each is read from the store instead: {}", e.toString());
    }
    return false;
  }

  private boolean readAll(Handle handle, long before) {
    try (PreparedStatement statement = handle.getConnection().prepareStatement(CardStore.EVERY_READY);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        if (stopped || !keep(before, row.getLong(7), CardStore.readyRow(row))) {
          return false;
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("reading every ready card: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps {@code row} read at generation {@code before}, unless the rows were forgotten since (false then) or the
   * budget is spent (the row is left to the store).
   */
  private synchronized boolean keep(long before, long id, ReadyRow row) {
    if (generation != before) {
      return false;
    }
    long bytes = bytes(row);
    ReadyRow previous = rows.get(id);
    long freed = previous == null ? 0 : bytes(previous);
    if (keptBytes - freed + bytes > budgetBytes) {
      return true;
    }
    rows.put(id, row);
    keptBytes += bytes - freed;
    return true;
  }

  /** About what keeping {@code row} takes. */
  static long bytes(ReadyRow row) {
    return ROW_BYTES + bytes(row.notePart()) + (row.appearances() == null ? 0 : bytes(row.appearances()));
  }

  /** Java keeps a string a byte a character when every character is Latin-1, else two. */
  static long bytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        return 2L * text.length();
      }
    }
    return text.length();
  }
}
