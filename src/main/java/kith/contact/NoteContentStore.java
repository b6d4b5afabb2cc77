package kith.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The rows people notes' content becomes, written and replaced as one, several notes at a time. The row records
 * are also the shape of each list in a {@link NoteDocument}.
 */
public interface NoteContentStore extends SqlObject {

  record TextRow(int position, String text) {}

  record AttributeRow(int position, String source, String key, String valueJson, boolean readable) {}

  record InteractionRow(
      int position, LocalDate happenedOn, String dateText, String title, String link, String summary, String via) {}

  record TaskRow(int position, String text, boolean done, LocalDate due, LocalDate doneOn) {}

  record DecisionRow(int position, String text, LocalDate decidedOn, String link) {}

  record RelatedRow(int position, String kind, String name, String target) {}

  record SectionRow(int position, String heading, String body) {}

  record ReadyCardRow(int format, String notePart) {}

  record DocumentRow(int format, String document) {}

  record MentionsRow(int format, String mentions) {}

  @SqlBatch("INSERT INTO contact_alias (contact_id, position, alias) VALUES (:id, :position, :text)")
  void insertAliases(@Bind("id") List<Long> ids, @BindMethods List<TextRow> rows);

  @SqlBatch("INSERT INTO note_document (contact_id, format, document) VALUES (:id, :format, :document)")
  void insertDocuments(@Bind("id") List<Long> ids, @BindMethods List<DocumentRow> rows);

  @SqlBatch("""
      INSERT INTO decision (contact_id, source, position, text, decided_on, link)
      VALUES (:id, 'note', :position, :text, :decidedOn, :link)
      """)
  void insertNoteDecisions(@Bind("id") List<Long> ids, @BindMethods List<DecisionRow> rows);

  @SqlBatch("INSERT INTO note_mentions (contact_id, format, mentions) VALUES (:id, :format, :mentions)")
  void insertMentions(@Bind("id") List<Long> ids, @BindMethods List<MentionsRow> rows);

  @SqlBatch("INSERT INTO ready_card (contact_id, format, note_part) VALUES (:id, :format, :notePart)")
  void insertReadyCards(@Bind("id") List<Long> ids, @BindMethods List<ReadyCardRow> rows);

  /** The name keys the mentions in these contacts' notes name, before the notes are written again. */
  default Set<String> mentionedKeys(Collection<Long> ids) {
    Set<String> keys = new HashSet<>();
    StoredMentions.forEachOf(getHandle(), ids, mention -> keys.add(mention.mention().nameKey()));
    return keys;
  }

  /**
   * Removes what an import wrote for these contacts; decisions Kith recorded itself stay. The tables a note's
   * lists were kept in before {@link NoteDocument}s are emptied too, so that nothing of an earlier version stays.
   */
  default void deleteNoteContent(Collection<Long> ids) {
    for (String table : List.of("contact_alias", "note_document", "note_mentions", "ready_card", "contact_tag",
        "contact_attribute", "interaction", "key_fact", "topic", "task", "related", "note_section")) {
      getHandle().createUpdate("DELETE FROM " + table + " WHERE contact_id IN (<ids>)").bindList("ids", ids).execute();
    }
    getHandle().createUpdate("DELETE FROM decision WHERE contact_id IN (<ids>) AND source = 'note'")
        .bindList("ids", ids).execute();
    getHandle().createUpdate("DELETE FROM mention WHERE source_contact_id IN (<ids>)").bindList("ids", ids).execute();
  }

  /**
   * Writes every part of each note under the contact id at the same index, keeping each note's order, with the
   * card part of its contact columns at that index too, and returns the people each note names, by contact id.
   */
  default Map<Long, List<Mention>> insertNoteContent(List<Long> ids, List<PeopleNote> notes,
      List<CardNote.Columns> columns) {
    NoteRows rows = new NoteRows();
    for (int i = 0; i < notes.size(); i++) {
      rows.add(ids.get(i), notes.get(i), columns.get(i));
    }
    rows.aliases.insert(this::insertAliases);
    rows.documents.insert(this::insertDocuments);
    rows.decisions.insert(this::insertNoteDecisions);
    rows.mentions.insert(this::insertMentions);
    rows.readyCards.insert(this::insertReadyCards);
    return rows.mentionsByNote();
  }
}
