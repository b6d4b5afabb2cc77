package kith.contact;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.vault.FileStamp;
import kith.vault.PeopleNote;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The contacts table: notes' contacts, mentioned-only contacts, archiving. */
public interface ContactStore extends NoteContentStore {

  /**
   * What the importer needs to know of a stored note to decide whether to touch it.
   *
   * @param cardFormat the format of its ready card, or null when it has none
   * @param documentFormat the format of its note document, or null when it has none
   */
  record StoredNote(long id, String notePath, String contentHash, String nameKey, boolean archived,
      Integer cardFormat, Integer documentFormat, Long fileSize, Long fileModified, Long fileChanged) {

    /** The stamp of the file the note was last stored or found unchanged from, or null. */
    public FileStamp fileStamp() {
      return FileStamp.stored(fileSize, fileModified, fileChanged);
    }

    /**
     * False for a note stored by an earlier version of Kith, without a ready card or a note document or with one
     * in another format: it is written again, even unchanged.
     */
    public boolean storedCurrent() {
      return cardFormat != null && cardFormat == ReadyCards.FORMAT
          && documentFormat != null && documentFormat == NoteDocument.FORMAT;
    }
  }

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
      Instant updatedAt,
      FileStamp fileStamp) {

    /** The columns of {@code note}, read from a file with {@code stamp} (or null: see {@link FileStamp}). */
    static NoteColumns of(PeopleNote note, FileStamp stamp, Instant now) {
      PeopleNote.Frontmatter fm = note.frontmatter();
      PeopleNote.Profile profile = note.profile();
      return new NoteColumns(
          note.name(), NameKey.of(note.name()), note.path(), note.contentHash(),
          fm.type(), fm.title(), fm.lastContactText(), fm.lastContact(), fm.createdText(), fm.created(),
          profile.role(), profile.relationship(), profile.organisation(), profile.email(),
          profile.background(), now, stamp);
    }

    public Long fileSize() {
      return fileStamp == null ? null : fileStamp.size();
    }

    public Long fileModified() {
      return fileStamp == null ? null : fileStamp.modified();
    }

    public Long fileChanged() {
      return fileStamp == null ? null : fileStamp.changed();
    }

    /** The format of the note document written with these columns. */
    public int documentFormat() {
      return NoteDocument.FORMAT;
    }

    /** The format of the ready card written with these columns. */
    public int cardFormat() {
      return ReadyCards.FORMAT;
    }

    /** Binds the columns in the order the insert and the update of a note's contact name them. */
    DirectBatch.Values bind(DirectBatch.Values values) throws SQLException {
      return values.text(name).text(nameKey).text(notePath).text(contentHash).text(noteType).text(title)
          .text(lastContactText).date(lastContact).text(createdText).date(created)
          .text(role).text(relationship).text(organisation).text(email).text(background).timestamp(updatedAt)
          .integer(documentFormat()).integer(cardFormat())
          .bigintOrNull(fileSize()).bigintOrNull(fileModified()).bigintOrNull(fileChanged());
    }

    /** What of these columns a card shows. */
    CardNote.Columns cardColumns() {
      return new CardNote.Columns(name, false, role, organisation, relationship, email, background, lastContact);
    }
  }

  @SqlQuery("""
      SELECT id, note_path, content_hash, name_key, archived, card_format, document_format,
             file_size, file_modified, file_changed
        FROM contact WHERE kind = 'note'
      """)
  @RegisterConstructorMapper(StoredNote.class)
  List<StoredNote> storedNotes();

  /** A note to store: a new contact when {@code existingId} is null, else that contact's note content replaced. */
  record NoteSave(Long existingId, PeopleNote note, FileStamp fileStamp) {}

  /** Inserts a contact for each note, as one batch (see {@link DirectBatch}), and returns their ids in order. */
  default long[] insertNoteContacts(List<NoteColumns> columns) {
    return DirectBatch.insertReturning(getHandle(), """
        INSERT INTO contact (kind, name, name_key, note_path, content_hash, note_type, title,
                             last_contact_text, last_contact, created_text, created,
                             role, relationship, organisation, email, background, updated_at,
                             document_format, card_format, file_size, file_modified, file_changed)
        VALUES ('note', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, "id", columns, (values, row) -> row.bind(values), "insert note contacts");
  }

  /** Writes each note's columns over those of the contact with the id at its index, as one batch. */
  default void updateNoteContacts(List<Long> ids, List<NoteColumns> columns) {
    DirectBatch.run(getHandle(), """
        UPDATE contact SET name = ?, name_key = ?, note_path = ?, content_hash = ?, note_type = ?, title = ?,
               last_contact_text = ?, last_contact = ?, created_text = ?, created = ?, role = ?,
               relationship = ?, organisation = ?, email = ?, background = ?, updated_at = ?, archived = FALSE,
               document_format = ?, card_format = ?, file_size = ?, file_modified = ?, file_changed = ?
         WHERE id = ?
        """, ids.size(), (values, i) -> columns.get(i).bind(values).bigint(ids.get(i)), "update note contacts");
  }

  /**
   * Stores each note as a whole, all in one transaction, so that a crash leaves every one of them as it was.
   * Decisions Kith recorded itself are kept. A contact id may appear only once.
   *
   * @return the name keys whose appearances in other notes this may have changed (those the notes' mentions
   *     named before and name now, and the notes' own names and aliases, but for notes written over whose names
   *     and mentions are as they were), and each note's mentions
   */
  @Transaction
  default SavedNotes saveNotes(List<NoteSave> saves, Instant now) {
    Map<Long, List<Mention>> mentionedBefore = Map.of();
    Map<Long, NameEntry> indexedBefore = Map.of();
    Map<Long, NameEntry> indexedAfter = Map.of();
    Set<Long> currentCards = Set.of();
    List<Long> ids = new ArrayList<>();
    List<PeopleNote> notes = new ArrayList<>();
    List<NoteColumns> changed = new ArrayList<>();
    List<NoteColumns> fresh = new ArrayList<>();
    List<PeopleNote> freshNotes = new ArrayList<>();
    for (NoteSave save : saves) {
      NoteColumns columns = NoteColumns.of(save.note(), save.fileStamp(), now);
      if (save.existingId() == null) {
        fresh.add(columns);
        freshNotes.add(save.note());
      } else {
        ids.add(save.existingId());
        notes.add(save.note());
        changed.add(columns);
      }
    }
    // The name index is built again after a change to what it reads; an edit elsewhere in a note leaves it be.
    boolean namesChange = !fresh.isEmpty();
    if (!ids.isEmpty()) {
      mentionedBefore = mentionsOf(ids);
      indexedBefore = NameEntries.of(getHandle(), ids);
      indexedAfter = nameEntries(ids, notes);
      currentCards = withCurrentCard(ids, ReadyCards.FORMAT);
      namesChange = namesChange || !indexedBefore.equals(indexedAfter);
      updateNoteContacts(ids, changed);
      deleteNoteContent(ids);
    }
    List<NoteColumns> columns = new ArrayList<>(changed);
    if (!fresh.isEmpty()) {
      Arrays.stream(insertNoteContacts(fresh)).forEach(ids::add);
      notes.addAll(freshNotes);
      columns.addAll(fresh);
    }
    Map<Long, List<Mention>> mentions =
        insertNoteContent(ids, notes, columns.stream().map(NoteColumns::cardColumns).toList());
    if (namesChange) {
      getHandle().attach(ReadyNamesStore.class).namesChanged();
    }
    // A note written over that names the same people in the same way, and is indexed as before, changed no one
    // else's card: the passes over every note's mentions at the end of the import have nothing to do for it. Unless
    // its card was in another format: a new format rewrites every note, and the appearances and the cards of people
    // only named must then be written in it too, which those passes do.
    Set<Long> asBefore = new HashSet<>();
    for (Map.Entry<Long, NameEntry> before : indexedBefore.entrySet()) {
      long id = before.getKey();
      if (currentCards.contains(id) && before.getValue().equals(indexedAfter.get(id))
          && mentionedBefore.getOrDefault(id, List.of()).equals(mentions.get(id))) {
        asBefore.add(id);
      }
    }
    return new SavedNotes(ids, notes, mentionedBefore, mentions, asBefore);
  }

  @SqlQuery("SELECT id FROM contact WHERE id IN (<ids>) AND card_format = :format")
  Set<Long> withCurrentCard(@BindList("ids") Collection<Long> ids, @Bind("format") int format);

  /** The name index's entries of these contacts once each has the note at the same index saved over it. */
  static Map<Long, NameEntry> nameEntries(List<Long> ids, List<PeopleNote> notes) {
    Map<Long, NameEntry> saved = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      PeopleNote note = notes.get(i);
      saved.put(ids.get(i), new NameEntry(ids.get(i), note.name(), note.aliases(), note.profile().role(),
          note.profile().organisation(), false));
    }
    return saved;
  }

  /** Archives these contacts; returns how many were not archived already. */
  @Transaction
  default int archive(Collection<Long> ids, Instant now) {
    int archived = archiveContacts(ids, now);
    if (archived > 0) {
      getHandle().attach(ReadyNamesStore.class).namesChanged();
    }
    return archived;
  }

  @SqlUpdate("UPDATE contact SET archived = TRUE, updated_at = :now WHERE id IN (<ids>) AND archived = FALSE")
  int archiveContacts(@BindList("ids") Collection<Long> ids, @Bind("now") Instant now);

  /**
   * Each contact's note file stamp, by contact id, as one batch in one transaction: for files found unchanged by
   * their content, or moved unchanged, so the next import need not read them.
   */
  @Transaction
  default void stampNoteFiles(Map<Long, FileStamp> stamps) {
    List<Map.Entry<Long, FileStamp>> rows = List.copyOf(stamps.entrySet());
    DirectBatch.run(getHandle(), "UPDATE contact SET file_size = ?, file_modified = ?, file_changed = ? WHERE id = ?",
        rows.size(), (values, i) -> {
          FileStamp stamp = rows.get(i).getValue();
          values.bigint(stamp.size()).bigint(stamp.modified()).bigintOrNull(stamp.changed())
              .bigint(rows.get(i).getKey());
        }, "stamp note files");
  }

  /** A note moved to another path: same person, same contact, so nothing linked to it is lost. */
  @SqlUpdate("UPDATE contact SET note_path = :path, updated_at = :now WHERE id = :id")
  void moveNote(@Bind("id") long id, @Bind("path") String path, @Bind("now") Instant now);
}
