package kith.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the name index is built from: every contact a lookup may find (not archived), with its aliases. Read
 * from the contact table, they are kept as one value ({@link ReadyNamesStore}) for the next start to read instead.
 */
final class NameEntries {
  private static final Logger log = LoggerFactory.getLogger(NameEntries.class);

  private static final String ROWS = """
      SELECT c.id, c.kind, c.name, c.role, c.organisation, a.alias
        FROM contact c LEFT JOIN contact_alias a ON a.contact_id = c.id
       WHERE c.archived = FALSE %s
       ORDER BY c.id, a.position
      """;

  /**
   * Written out rather than Jdbi's reflective constructor mapper: the index is read at every start, before the
   * JIT has compiled anything, and reflection was a quarter of the time it took to read twenty thousand rows.
   */
  private static final RowMapper<NameEntryRow> ROW = (row, context) -> new NameEntryRow(
      row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6));

  /**
   * The kept entries when they are in the format given as the one parameter and no change came after them
   * ({@link ReadyNamesStore}).
   */
  private static final String KEPT_CURRENT = """
      SELECT n.entries, n.names_version FROM ready_names n JOIN ready_state s ON s.names_version = n.names_version
       WHERE n.id = 1 AND s.id = 1 AND n.format = ?
      """;

  /** Entries, with the names version they are current at ({@link ReadyNamesStore}). */
  record Current(long version, NameEntriesText.Kept kept) {}

  /** The kept entries' text and version, as read. */
  private record KeptRow(String entries, long version) {}

  private NameEntries() {}

  /**
   * The entries as kept, when no change came after them and they are kept in this version's format. Read through
   * JDBC itself ({@link DirectRead}): at start this is the one statement before the first answer, and Jdbi's first
   * statement in a process registers Jdbi's flight-recorder event, ~0.1 s of the start-up thread, the path to the
   * first answer. Jdbi's statements come later, off that path.
   */
  static Optional<Current> readKept(Jdbi jdbi) {
    Optional<KeptRow> kept = jdbi.withHandle(handle -> DirectRead.firstRow(handle, KEPT_CURRENT,
        NameEntriesText.FORMAT, row -> new KeptRow(row.getString(1), row.getLong(2)),
        "reading the kept name index entries"));
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Current(kept.get().version(), NameEntriesText.read(kept.get().entries())));
    } catch (IllegalArgumentException e) {
      log.warn("the kept name index entries are unreadable ({}); reading the contact table", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The entries from the contact table, with their spellings, then kept. The version is read first: a change
   * committed between the two reads makes what is kept outdated at once, never wrongly current.
   */
  static Current readAndKeep(Jdbi jdbi) {
    long version = version(jdbi);
    List<NameEntry> entries = read(jdbi);
    List<EntrySpellings> spellings = entries.stream().map(EntrySpellings::of).toList();
    try {
      jdbi.useExtension(ReadyNamesStore.class,
          store -> store.keep(version, NameEntriesText.FORMAT, NameEntriesText.write(entries, spellings)));
    } catch (RuntimeException e) {
      // Only a faster next start is lost; another process keeping its own read at once is one way to get here.
      log.warn("could not keep the name index entries: {}", e.getMessage());
    }
    return new Current(version, new NameEntriesText.Kept(entries, spellings));
  }

  /** The names version now: it goes up in every transaction that changes what an entry is made of. */
  static long version(Jdbi jdbi) {
    return jdbi.withExtension(ReadyNamesStore.class, ReadyNamesStore::namesVersion);
  }

  static List<NameEntry> read(Jdbi jdbi) {
    return entries(jdbi.withHandle(handle -> handle.createQuery(ROWS.formatted("")).map(ROW).list()));
  }

  /** The entries of these contacts as {@link #read} reads them, by contact id: none for an archived one. */
  static Map<Long, NameEntry> of(Handle handle, Collection<Long> ids) {
    List<NameEntryRow> rows =
        handle.createQuery(ROWS.formatted("AND c.id IN (<ids>)")).bindList("ids", ids).map(ROW).list();
    return entries(rows).stream().collect(Collectors.toMap(NameEntry::contactId, entry -> entry));
  }

  /** Folds the one-row-per-alias query, a contact's rows together, into one entry per contact. */
  static List<NameEntry> entries(List<NameEntryRow> rows) {
    List<NameEntry> entries = new ArrayList<>(rows.size());
    int start = 0;
    while (start < rows.size()) {
      NameEntryRow row = rows.get(start);
      List<String> aliases = new ArrayList<>(1);
      int end = start;
      for (; end < rows.size() && rows.get(end).id() == row.id(); end++) {
        if (rows.get(end).alias() != null) {
          aliases.add(rows.get(end).alias());
        }
      }
      entries.add(new NameEntry(row.id(), row.name(), aliases, row.role(), row.organisation(),
          "mentioned".equals(row.kind())));
      start = end;
    }
    return entries;
  }
}
