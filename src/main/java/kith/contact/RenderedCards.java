package kith.contact;

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
 * <p>Nothing here is the reference: what is kept was rendered from the kept rows and the directory, and is used
 * only while both are as they were when its rendering began ({@link KeptCards#generation()},
 * {@link Directory#state()}) and on the day it was rendered for. Any write to a table a card is read from, any
 * change of the directory, and midnight set the whole lot aside at once; a rendering that began before such a
 * change is never used after it. A store other processes write keeps nothing, and nothing is kept here either.
 */
final class RenderedCards {
  /** What a kept rendering costs beyond its text, about: the map's entry, its key, the string. */
  private static final int ENTRY_BYTES = 100;

  private final KeptCards kept;
  private final Directory directory;
  /** At most this much is kept: a card past it is rendered for each /who, as before. */
  private final long budgetBytes;
  private volatile Renderings current = new Renderings(-1, null, LocalDate.MIN);

  /** The renderings of one day, from the kept rows of one generation and one state of the directory. */
  private static final class Renderings {
    final long generation;
    final Object directory;
    final LocalDate day;
    final ConcurrentHashMap<Long, String> json = new ConcurrentHashMap<>();
    final AtomicLong bytes = new AtomicLong();

    Renderings(long generation, Object directory, LocalDate day) {
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

    boolean currentFor(long generation, Object directory, LocalDate day) {
      return this.generation == generation && this.directory == directory && this.day.equals(day);
    }
  }

  RenderedCards(KeptCards kept, Directory directory, long budgetBytes) {
    this.kept = kept;
    this.directory = directory;
    this.budgetBytes = budgetBytes;
  }

  /** For {@code kept} over {@code directory}, keeping about an eighth of the heap at most. */
  static RenderedCards of(KeptCards kept, Directory directory) {
    return new RenderedCards(kept, directory, Runtime.getRuntime().maxMemory() / 8);
  }

  /**
   * Contact {@code contactId}'s card as rendered for {@code today}: kept, or made by {@code render} now (and kept
   * when the store is this process's alone).
   */
  String card(long contactId, LocalDate today, LongFunction<String> render) {
    if (!kept.keepsRows()) {
      return render.apply(contactId);
    }
    // Taken before rendering: a change that comes while it renders makes this lot stale, never the rendering current.
    Renderings renderings = renderingsFor(today);
    String json = renderings.json.get(contactId);
    if (json == null) {
      json = render.apply(contactId);
      renderings.keep(contactId, json, budgetBytes);
    }
    return json;
  }

  /**
   * Renders each of {@code contactIds} not kept rendered for {@code today} yet, until the budget is spent or the
   * store or the directory changes (the fill that follows a write renders them again); how many are kept rendered.
   */
  int renderAll(Collection<Long> contactIds, LocalDate today, LongFunction<String> render) {
    if (!kept.keepsRows()) {
      return 0;
    }
    Renderings renderings = renderingsFor(today);
    for (long contactId : contactIds) {
      if (!renderings.json.containsKey(contactId)
          && (!renderings.keep(contactId, render.apply(contactId), budgetBytes)
              || !renderings.currentFor(kept.generation(), directory.state(), today))) {
        break;
      }
    }
    return size(today);
  }

  /** How many cards are kept rendered for {@code today}, as the store and the directory are now. */
  int size(LocalDate today) {
    Renderings renderings = current;
    return renderings.currentFor(kept.generation(), directory.state(), today) ? renderings.json.size() : 0;
  }

  /** The renderings current now for {@code today}: those kept, or a new empty lot when anything changed. */
  private Renderings renderingsFor(LocalDate today) {
    long generation = kept.generation();
    Object state = directory.state();
    Renderings renderings = current;
    if (renderings.currentFor(generation, state, today)) {
      return renderings;
    }
    synchronized (this) {
      // Read again: a thread that read them before another's change must not bring back the lot it made stale.
      generation = kept.generation();
      state = directory.state();
      if (!current.currentFor(generation, state, today)) {
        current = new Renderings(generation, state, today);
      }
      return current;
    }
  }
}
