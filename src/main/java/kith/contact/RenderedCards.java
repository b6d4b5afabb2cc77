package kith.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Each person's /who card as the JSON Slack receives, rendered once and kept for the day, for a store only this
 * process writes ({@link KeptCards}). Rendering a card (decoding its kept row, building its blocks, writing their
 * JSON) was most of what a /who cost Kith; a card changes only when the store or the directory does, or when the
 * day does (its "3 days ago", a task now overdue), so a /who for the same person renders it again only then.
 *
 * <p>Nothing here is the reference: what is kept was rendered from the store and the directory, and is used only
 * while both are as they were when its rendering began ({@link KeptCards#generation()}, {@link Directory#state()})
 * and on the day of Kith's clock it was rendered on. Any write to a table a card is read from, any change of the
 * directory, and midnight set the whole lot aside at once; a rendering that began before such a change is never
 * used after it. Only a /who for a name that finds one person uses it: every other answer is rendered each time.
 * A store other processes write keeps nothing, and nothing is kept here either.
 */
final class RenderedCards {
  /** What a kept rendering costs beyond its text, about: the map's entry, its key, the string. */
  private static final int ENTRY_BYTES = 100;

  private final KeptCards kept;
  private final Directory directory;
  private final Clock clock;
  /** At most this much is kept: a card past it is rendered for each /who, as before. */
  private final long budgetBytes;
  private volatile Renderings current = new Renderings(-1, null, LocalDate.MIN);

  /** The renderings of one day, from the kept rows of one generation and one state of the directory. */
  private static final class Renderings {
    final long generation;
    final Directory.Snapshot directory;
    final LocalDate day;
    final ConcurrentHashMap<Long, String> json = new ConcurrentHashMap<>();
    final AtomicLong bytes = new AtomicLong();

    Renderings(long generation, Directory.Snapshot directory, LocalDate day) {
      this.generation = generation;
      this.directory = directory;
      this.day = day;
    }

    /**
     * Keeps {@code json} as {@code contactId}'s rendering, unless that would spend more than {@code budgetBytes} in
     * all; false then. Counted once: of two threads rendering the same card at once, one keeps its rendering.
     */
    boolean keep(long contactId, String json, long budgetBytes) {
      long cost = ENTRY_BYTES + KeptCards.bytes(json);
      if (bytes.addAndGet(cost) > budgetBytes) {
        bytes.addAndGet(-cost);
        return false;
      }
      if (this.json.putIfAbsent(contactId, json) != null) {
        bytes.addAndGet(-cost);
      }
      return true;
    }

    boolean currentFor(long generation, Directory.Snapshot directory, LocalDate day) {
      return this.generation == generation && this.directory == directory && this.day.equals(day);
    }
  }

  /** Cards rendered on the days of {@code clock}, the clock their renderings read. */
  RenderedCards(KeptCards kept, Directory directory, Clock clock, long budgetBytes) {
    this.kept = kept;
    this.directory = directory;
    this.clock = clock;
    this.budgetBytes = budgetBytes;
  }

  /** For {@code kept} over {@code directory}, keeping about an eighth of the heap at most. */
  static RenderedCards of(KeptCards kept, Directory directory, Clock clock) {
    return new RenderedCards(kept, directory, clock, Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * Contact {@code contactId}'s card as rendered today: kept, or made by {@code render} now (and kept when the store
   * is this process's alone, and the day did not change while it rendered).
   */
  String card(long contactId, LongFunction<String> render) {
    if (!kept.keepsRows()) {
      return render.apply(contactId);
    }
    // Taken before rendering: a change that comes while it renders makes this lot stale, never the rendering current.
    Renderings renderings = renderingsFor(today());
    String json = renderings.json.get(contactId);
    if (json == null) {
      json = render.apply(contactId);
      if (today().equals(renderings.day)) {
        renderings.keep(contactId, json, budgetBytes);
      }
    }
    return json;
  }

  /**
   * Renders each of {@code contactIds} not kept rendered today yet, until the budget is spent, the store is closing,
   * or the store, the directory or the day changes (the fill that follows a write renders them again); how many it
   * rendered and kept.
   */
  int renderAll(Collection<Long> contactIds, LongFunction<String> render) {
    if (!kept.keepsRows()) {
      return 0;
    }
    Renderings renderings = renderingsFor(today());
    int rendered = 0;
    for (long contactId : contactIds) {
      if (kept.stopped() || !isCurrent(renderings)) {
        break;
      }
      if (!renderings.json.containsKey(contactId)) {
        if (!renderings.keep(contactId, render.apply(contactId), budgetBytes)) {
          break;
        }
        rendered++;
      }
    }
    return rendered;
  }

  /** How many cards are kept rendered for today, as the store and the directory are now. */
  int size() {
    Renderings renderings = current;
    return isCurrent(renderings) ? renderings.json.size() : 0;
  }

  /** True while the store, the directory and the day are those {@code renderings} were made for. */
  private boolean isCurrent(Renderings renderings) {
    return renderings.currentFor(kept.generation(), directory.state(), today());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The renderings current now for {@code today}: those kept, or a new empty lot when anything changed. A caller
   * that read the day before midnight, when another has begun the next day's lot, gets a lot of its own that no one
   * else uses: the two do not take turns replacing each other's.
   */
  private Renderings renderingsFor(LocalDate today) {
    long generation = kept.generation();
    Directory.Snapshot state = directory.state();
    Renderings renderings = current;
    if (renderings.currentFor(generation, state, today)) {
      return renderings;
    }
    synchronized (this) {
      // Read again: a thread that read them before another's change must not bring back the lot it made stale.
      generation = kept.generation();
      state = directory.state();
      if (current.currentFor(generation, state, today)) {
        return current;
      }
      Renderings fresh = new Renderings(generation, state, today);
      if (!current.day.isAfter(today)) {
        current = fresh;
      }
      return fresh;
    }
  }
}
