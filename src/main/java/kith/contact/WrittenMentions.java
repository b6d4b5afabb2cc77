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
 * mentions (people named without a note, where each person appears). Read back from the store, the benchmark's
 * 20,000 notes' mentions were decoded twice there: half of the ~2.5 s its import then ran on one thread. Only the
 * notes the import did not write are read from the store, and only when there are any. An import writes under its
 * lock ({@code ImportLock}), and nothing else writes mentions, so what the store holds is what was stored before
 * and not written since, plus what is kept here.
 */
public final class WrittenMentions {
  private final Set<Long> storedBefore;
  private final Map<Long, List<Mention>> byNote = new HashMap<>();

  /** For an import that began with these notes' contacts stored, archived ones included. */
  public WrittenMentions(Collection<Long> notesStoredBefore) {
    this.storedBefore = new HashSet<>(notesStoredBefore);
  }

  /** Keeps the mentions of notes just stored: call it once their transaction has committed. */
  public void add(SavedNotes saved) {
    byNote.putAll(saved.mentionsByNote());
  }

  /** Every mention in every note, archived ones too, as {@link StoredMentions#forEach} reads them all. */
  void forEach(Handle handle, Consumer<Sourced> each) {
    byNote.forEach((id, named) -> named.forEach(mention -> each.accept(new Sourced(id, mention))));
    if (!byNote.keySet().containsAll(storedBefore)) {
      StoredMentions.forEachExcept(handle, byNote.keySet(), each);
    }
  }
}
