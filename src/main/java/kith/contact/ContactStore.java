package kith.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import kith.vault.PeopleNote;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The contacts table: notes' contacts, mentioned-only contacts, archiving. */
public interface ContactStore extends NoteContentStore {

  /** What the importer needs to know of a stored note to decide whether to touch it. */
  record StoredNote(long id, String notePath, String contentHash, String nameKey, boolean archived) {}

  /** The columns a people note fills. */
  record NoteColumns(
      String name,
      String nameKey,
      String notePath,
      String contentHash,
      String noteType,
      String title,
      String lastContactText,
      LocalDate lastContact,
      String createdText,
      LocalDate created,
      String role,
      String relationship,
      String organisation,
      String email,
      String background,
      Instant updatedAt) {

    static NoteColumns of(PeopleNote note, Instant now) {
      PeopleNote.Frontmatter fm = note.frontmatter();
      PeopleNote.Profile profile = note.profile();
      return new NoteColumns(
          note.name(), NameKey.of(note.name()), note.path(), note.contentHash(),
          fm.type(), fm.title(), fm.lastContactText(), fm.lastContact(), fm.createdText(), fm.created(),
          profile.role(), profile.relationship(), profile.organisation(), profile.email(),
          profile.background(), now);
    }
  }

  @SqlQuery("""
      SELECT id, note_path, content_hash, name_key, archived FROM contact WHERE kind = 'note'
      """)
  @RegisterConstructorMapper(StoredNote.class)
  List<StoredNote> storedNotes();

  @SqlUpdate("""
      INSERT INTO contact (kind, name, name_key, note_path, content_hash, note_type, title,
                           last_contact_text, last_contact, created_text, created,
                           role, relationship, organisation, email, background, updated_at)
      VALUES ('note', :name, :nameKey, :notePath, :contentHash, :noteType, :title,
              :lastContactText, :lastContact, :createdText, :created,
              :role, :relationship, :organisation, :email, :background, :updatedAt)
      """)
  @GetGeneratedKeys("id")
  long insertNoteContact(@BindMethods NoteColumns columns);

  @SqlUpdate("""
      UPDATE contact SET name = :name, name_key = :nameKey, note_path = :notePath,
             content_hash = :contentHash, note_type = :noteType, title = :title,
             last_contact_text = :lastContactText, last_contact = :lastContact,
             created_text = :createdText, created = :created, role = :role,
             relationship = :relationship, organisation = :organisation, email = :email,
             background = :background, updated_at = :updatedAt, archived = FALSE
       WHERE id = :id
      """)
  void updateNoteContact(@Bind("id") long id, @BindMethods NoteColumns columns);

  /**
   * Stores {@code note} as a whole, in one transaction: a new contact when {@code existingId} is null, else
   * that contact's note content replaced. Decisions Kith recorded itself are kept.
   *
   * @return the contact's id
   */
  @Transaction
  default long saveNote(Long existingId, PeopleNote note, Instant now) {
    NoteColumns columns = NoteColumns.of(note, now);
    long id;
    if (existingId == null) {
      id = insertNoteContact(columns);
    } else {
      id = existingId;
      updateNoteContact(id, columns);
      deleteNoteContent(id);
    }
    insertNoteContent(id, note);
    return id;
  }

  @SqlUpdate("UPDATE contact SET archived = TRUE, updated_at = :now WHERE id IN (<ids>) AND archived = FALSE")
  int archive(@BindList("ids") Collection<Long> ids, @Bind("now") Instant now);

  /** A note moved to another path: same person, same contact, so nothing linked to it is lost. */
  @SqlUpdate("UPDATE contact SET note_path = :path, updated_at = :now WHERE id = :id")
  void moveNote(@Bind("id") long id, @Bind("path") String path, @Bind("now") Instant now);
}
