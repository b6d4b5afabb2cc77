package kith.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds contacts by the name a person types. Lookups run against an in-memory {@link NameIndex}, never a scan
 * of the tables; {@link #refresh()} rebuilds it after an import and swaps it in whole.
 */
public final class Directory {
  /** The names version of the empty index a directory starts with, which no store has. */
  private static final long NEVER_BUILT = -1;

  private final Jdbi jdbi;
  private final AtomicReference<Snapshot> snapshot =
      new AtomicReference<>(new Snapshot(NameIndex.empty(), Map.of(), List.of(), NEVER_BUILT));

  /**
   * The index and the entries by id, swapped together. What finds names in a message is built at its first use,
   * when a decision is recorded, not while Kith starts: lookups do not need it.
   */
  static final class Snapshot {
    private final NameIndex index;
    private final Map<Long, NameEntry> byId;
    private final List<NameEntry> entries;
    /** The names version the entries were current at. */
    private final long namesVersion;
    private NamesInText names;

    Snapshot(NameIndex index, Map<Long, NameEntry> byId, List<NameEntry> entries, long namesVersion) {
      this.index = index;
      this.byId = byId;
      this.entries = entries;
      this.namesVersion = namesVersion;
    }

    synchronized NamesInText names() {
      if (names == null) {
        names = NamesInText.of(entries);
      }
      return names;
    }
  }

  public Directory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public NameMatch resolve(String typedName) {
    return snapshot.get().index.resolve(typedName);
  }

  /** The contacts {@code text} names by name or alias, as whole words, in order of appearance. */
  public Set<Long> namedIn(String text) {
    return snapshot.get().names().find(text);
  }

  /** Contacts to offer for a typed fragment, best first: for a select menu whose options are searched. */
  public List<NameEntry> suggest(String typed, int limit) {
    NameMatch match = resolve(typed);
    List<NameEntry> entries = match instanceof NameMatch.Found found ? List.of(found.entry())
        : match instanceof NameMatch.Ambiguous ambiguous ? ambiguous.candidates()
        : ((NameMatch.NotFound) match).closest();
    return entries.stream().limit(limit).toList();
  }

  /** The entry of contact {@code contactId} when it may be looked up (not archived). */
  public Optional<NameEntry> entry(long contactId) {
    return Optional.ofNullable(snapshot.get().byId.get(contactId));
  }

  /**
   * Builds the index from the store: from the entries kept there when no change came after them, or else from the
   * contact table, keeping what it read; unless no change came after the index it has, which it keeps.
   */
  public void refresh() {
    // An import that changed no one, such as one of an unchanged vault, leaves the names version as it was: the
    // index built at that version is the one reading and building again would give (half of re-importing the
    // benchmark's unchanged vault). At start there is none yet, and the kept entries are the one statement run.
    long built = snapshot.get().namesVersion;
    if (built != NEVER_BUILT && built == NameEntries.version(jdbi)) {
      return;
    }
    NameEntries.Current current = NameEntries.readKept(jdbi).orElseGet(() -> NameEntries.readAndKeep(jdbi));
    List<NameEntry> entries = current.kept().entries();
    Map<Long, NameEntry> byId = new HashMap<>(entries.size() * 2);
    entries.forEach(entry -> byId.put(entry.contactId(), entry));
    snapshot.set(new Snapshot(NameIndex.build(entries, current.kept().spellings()), byId, entries,
        current.version()));
  }

  /**
   * What the directory is now: another snapshot after each {@link #refresh()} that changed it. What is made from its
   * entries (a card naming the notes a person appears in) is current while this is the same one.
   */
  Snapshot state() {
    return snapshot.get();
  }

  public int size() {
    return snapshot.get().index.size();
  }
}
