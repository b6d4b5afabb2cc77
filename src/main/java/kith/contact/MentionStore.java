package kith.contact;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * People named in notes who have no note of their own become lightweight contacts, so that looking them up
 * shows where they appear. Kept in step with the notes after every import.
 */
public interface MentionStore extends SqlObject {

  record MentionedContact(long id, String nameKey, boolean archived) {}

  /** Names and aliases of every active note contact. */
  @SqlQuery("""
      SELECT name FROM contact WHERE kind = 'note' AND archived = FALSE
      UNION ALL
      SELECT a.alias FROM contact_alias a JOIN contact c ON c.id = a.contact_id
       WHERE c.kind = 'note' AND c.archived = FALSE
      """)
  List<String> activeNoteNames();

  /** One name per person mentioned in an active note (the alphabetically first spelling), by name key. */
  default Map<String, String> mentionedNames(WrittenMentions written) {
    Set<Long> archived = archivedNotes();
    Map<String, String> names = new HashMap<>();
    written.forEach(getHandle(), mention -> {
      if (!archived.contains(mention.sourceContactId())) {
        names.merge(mention.mention().nameKey(), mention.mention().name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    });
    return names;
  }

  @SqlQuery("SELECT id FROM contact WHERE kind = 'note' AND archived = TRUE")
  Set<Long> archivedNotes();

  @SqlQuery("SELECT id, name_key, archived FROM contact WHERE kind = 'mentioned'")
  @RegisterConstructorMapper(MentionedContact.class)
  List<MentionedContact> mentionedContacts();

  @SqlUpdate("""
      INSERT INTO contact (kind, name, name_key, updated_at) VALUES ('mentioned', :name, :nameKey, :now)
      """)
  void insertMentioned(@Bind("name") String name, @Bind("nameKey") String nameKey, @Bind("now") Instant now);

  @SqlUpdate("UPDATE contact SET archived = :archived, updated_at = :now WHERE id = :id")
  void setArchived(@Bind("id") long id, @Bind("archived") boolean archived, @Bind("now") Instant now);

  /**
   * Brings the lightweight contacts in line with the notes, at the end of an import that wrote the {@code written}
   * notes; never deletes one (Kith may have linked it).
   *
   * @return the name keys of those it added, archived or brought back
   */
  @Transaction
  default Set<String> reconcile(Instant now, WrittenMentions written) {
    Set<String> changed = new HashSet<>();
    Set<String> noteKeys = new HashSet<>();
    activeNoteNames().forEach(name -> noteKeys.add(NameKey.of(name)));
    Map<String, String> wanted = new HashMap<>();
    mentionedNames(written).forEach((key, name) -> {
      if (!noteKeys.contains(key)) {
        wanted.put(key, name);
      }
    });
    for (MentionedContact existing : mentionedContacts()) {
      boolean keep = wanted.remove(existing.nameKey()) != null;
      if (keep == existing.archived()) {
        setArchived(existing.id(), !keep, now);
        changed.add(existing.nameKey());
      }
    }
    wanted.forEach((key, name) -> insertMentioned(name, key, now));
    changed.addAll(wanted.keySet());
    if (!changed.isEmpty()) {
      getHandle().attach(ReadyNamesStore.class).namesChanged();
    }
    return changed;
  }
}
