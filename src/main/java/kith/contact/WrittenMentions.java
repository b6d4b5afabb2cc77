package kith.contact;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kith.contact.NoteMentions.Mention;
import kith.contact.StoredMentions.Sourced;
import org.jdbi.v3.core.Handle;

/**
 * The people named by each note an import wrote, kept as it wrote them for its last passes over every note's
 * mentions (people named without a note, where each person appears). Read back from the store and decoded, twice,
 * the benchmark's 20,000 notes' mentions were ~1.3 s of the ~2.7 s its import then ran on one thread. Only the
 * notes the import did not write are read from the store, and only when there are any. An import writes under its
 * lock ({@code ImportLock}), and nothing else writes mentions, so what the store holds is what was stored before
 * and not written since, plus what is kept here. What is kept is bounded by the heap ({@link #forHeap}): a note
 * written past the bound is read back like one not written.
 */
public final class WrittenMentions {
  /** About what a mention kept here takes, with its share of its note's list and entry: 166 bytes, measured. */
  private static final int MENTION_BYTES = 170;

  private final Set<Long> storedBefore;
  private final long mostKept;
  private final Map<Long, List<Mention>> byNote = new HashMap<>();
  private long kept;
  /** Whether a note was written whose mentions are not kept. */
  private boolean someNotKept;

  /**
   * For an import that began with these notes' contacts stored, archived ones included, keeping at most
   * {@code mostKept} mentions in hand.
   */
  public WrittenMentions(Collection<Long> notesStoredBefore, long mostKept) {
    this.storedBefore = new HashSet<>(notesStoredBefore);
    this.mostKept = mostKept;
  }

  /**
   * How many mentions to keep at most: about an eighth of the heap. The benchmark's 20,000 notes name 260,000
   * people, ~43 MB; a vault several times larger, or a small heap, has the rest read back.
   */
  public static long forHeap() {
    return Runtime.getRuntime().maxMemory() / 8 / MENTION_BYTES;
  }

  /** Keeps the mentions of notes just stored, while there is room: call it once their transaction has committed. */
  public void add(SavedNotes saved) {
    saved.mentionsByNote().forEach((id, named) -> {
      if (kept + named.size() <= mostKept) {
        byNote.put(id, named);
        kept += named.size();
      } else {
        someNotKept = true;
      }
    });
  }

  /** Every mention in every note, archived ones too, as {@link StoredMentions#forEach} reads them all. */
  void forEach(Handle handle, Consumer<Sourced> each) {
    byNote.forEach((id, named) -> named.forEach(mention -> each.accept(new Sourced(id, mention))));
    if (someNotKept || !byNote.keySet().containsAll(storedBefore)) {
      StoredMentions.forEachExcept(handle, byNote.keySet(), each);
    }
  }
}
