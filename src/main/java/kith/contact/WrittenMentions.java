package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * the benchmark's 20,000 notes' mentions were ~1.3 s of the ~2.7 s its import then ran on one thread.
 *
 * <p>The store is read only when it holds mentions not kept here: from notes stored before the import and not
 * written by it, from notes written past the bound on what is kept ({@link #forHeap}), or from anyone else (one
 * import runs at a time, {@code ImportLock}, and nothing else writes mentions, but an H2 store shared through its
 * server mode takes no lock across processes). The passes count what the store holds to tell: each kept note that
 * names someone has its value there (written, committed, and only an import removes one), so a store holding as
 * many values as that and no mention rows from before V10 holds nothing else. When they read it, they fetch every
 * note's value, as before, decode only those not kept here, and keep those too, while there is room, so that
 * the other pass reads nothing.
 */
public final class WrittenMentions {
  /**
   * About what is kept here, per mention and per note: a note's id, list and entry ~80 bytes; a mention with its
   * name, name key and date ~160 bytes (measured on the benchmark's notes: 166 bytes a mention, 13 a note).
   */
  private static final int NOTE_BYTES = 80;
  private static final int MENTION_BYTES = 160;

  private final long mostBytes;
  private final Map<Long, List<Mention>> byNote = new HashMap<>();
  private long keptBytes;
  /** How many of the notes kept name someone: the values of {@code note_mentions} they wrote. */
  private long keptNaming;

  /** For an import, keeping about {@code mostBytes} of mentions at most. */
  public WrittenMentions(long mostBytes) {
    this.mostBytes = mostBytes;
  }

  /**
   * What to keep at most: an eighth of the heap. The benchmark's 20,000 notes name 260,000 people, ~43 MB; a vault
   * several times larger, or a small heap, has the rest read back.
   */
  public static long forHeap() {
    return Runtime.getRuntime().maxMemory() / 8;
  }

  /** Keeps the mentions of notes just stored, while there is room: call it once their transaction has committed. */
  public void add(SavedNotes saved) {
    saved.mentionsByNote().forEach((id, named) -> {
      forget(id); // a note written twice in one import keeps only what it names now
      keep(id, named);
    });
  }

  private void keep(long id, List<Mention> named) {
    long bytes = NOTE_BYTES + (long) MENTION_BYTES * named.size();
    if (keptBytes + bytes <= mostBytes) {
      byNote.put(id, List.copyOf(named));
      keptBytes += bytes;
      keptNaming += named.isEmpty() ? 0 : 1;
    }
  }

  private void forget(long id) {
    List<Mention> old = byNote.remove(id);
    if (old != null) {
      keptBytes -= NOTE_BYTES + (long) MENTION_BYTES * old.size();
      keptNaming -= old.isEmpty() ? 0 : 1;
    }
  }

  /**
   * Every mention in every note, archived ones too. For the import's thread, once it has written its last note.
   */
  void forEach(Handle handle, Consumer<Sourced> each) {
    byNote.forEach((id, named) -> named.forEach(mention -> each.accept(new Sourced(id, mention))));
    StoredMentions.Counts stored = StoredMentions.valuesAndRows(handle);
    if (stored.equals(new StoredMentions.Counts(keptNaming, 0))) {
      return;
    }
    // What is read is kept too, in the room left, for the import's other pass: an import that edited one note of
    // the benchmark's 20,000 read and decoded every other note's mentions twice. Not when mention rows from before
    // V10 are there: a note's rows are not a value, which is what the count above tells kept notes by.
    Reading reading = new Reading(stored.legacyRows() == 0 ? mostBytes - keptBytes : 0);
    StoredMentions.forEachExcept(handle, byNote.keySet(), mention -> {
      each.accept(mention);
      reading.add(mention);
    });
    reading.notes.forEach(this::keep);
  }

  /** The notes read from the store, each whole, while they fit in {@code room}. */
  private static final class Reading {
    private final long room;
    private final Map<Long, List<Mention>> notes = new LinkedHashMap<>();
    /** Notes that did not fit: the rest of their mentions is not kept either. */
    private final Set<Long> left = new HashSet<>();
    private long bytes;

    Reading(long room) {
      this.room = room;
    }

    void add(Sourced mention) {
      long id = mention.sourceContactId();
      if (left.contains(id)) {
        return;
      }
      List<Mention> named = notes.get(id);
      long more = MENTION_BYTES + (named == null ? NOTE_BYTES : 0);
      if (bytes + more > room) {
        if (named != null) {
          notes.remove(id);
          bytes -= NOTE_BYTES + (long) MENTION_BYTES * named.size();
        }
        left.add(id);
        return;
      }
      notes.computeIfAbsent(id, note -> new ArrayList<>()).add(mention.mention());
      bytes += more;
    }
  }
}
