package kith.contact;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The name index's entries kept as one value ({@link NameEntriesText}), valid while no transaction has changed a
 * contact's name, aliases, role, organisation, kind or archived flag since they were read. Every transaction that
 * changes one of those calls {@link #namesChanged}.
 */
public interface ReadyNamesStore {

  /** Marks the kept entries outdated; part of the transaction that changes them. */
  @SqlUpdate("UPDATE ready_state SET names_version = names_version + 1 WHERE id = 1")
  void namesChanged();

  @SqlQuery("SELECT names_version FROM ready_state WHERE id = 1")
  long namesVersion();

  @SqlUpdate("DELETE FROM ready_names")
  void deleteAll();

  @SqlUpdate("""
      INSERT INTO ready_names (id, names_version, format, entries) VALUES (1, :version, :format, :entries)
      """)
  void insert(@Bind("version") long version, @Bind("format") int format, @Bind("entries") String entries);

  /** Keeps {@code entries}, read at {@code version}. */
  @Transaction
  default void keep(long version, int format, String entries) {
    deleteAll();
    insert(version, format, entries);
  }
}
