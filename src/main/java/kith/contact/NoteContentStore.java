package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;
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

  // The import's inserts go through JDBC's own batches (DirectBatch): binding by name was an eighth of its writer.

  default void insertAliases(List<Long> ids, List<TextRow> rows) {
    DirectBatch.insert(getHandle(), "INSERT INTO contact_alias (contact_id, position, alias) VALUES (?, ?, ?)",
        ids, rows, (values, row) -> values.integer(row.position()).text(row.text()), "insert aliases");
  }

  default void insertDocuments(List<Long> ids, List<DocumentRow> rows) {
    DirectBatch.insert(getHandle(), "INSERT INTO note_document (contact_id, format, document) VALUES (?, ?, ?)",
        ids, rows, (values, row) -> values.integer(row.format()).text(row.document()), "insert note documents");
  }

  default void insertNoteDecisions(List<Long> ids, List<DecisionRow> rows) {
    DirectBatch.insert(getHandle(), """
        INSERT INTO decision (contact_id, source, position, text, decided_on, link)
        VALUES (?, 'note', ?, ?, ?, ?)
        """, ids, rows,
        (values, row) -> values.integer(row.position()).text(row.text()).date(row.decidedOn()).text(row.link()),
        "insert a note's decisions");
  }

  default void insertMentions(List<Long> ids, List<MentionsRow> rows) {
    DirectBatch.insert(getHandle(), "INSERT INTO note_mentions (contact_id, format, mentions) VALUES (?, ?, ?)",
        ids, rows, (values, row) -> values.integer(row.format()).text(row.mentions()), "insert note mentions");
  }

  default void insertReadyCards(List<Long> ids, List<ReadyCardRow> rows) {
    DirectBatch.insert(getHandle(), "INSERT INTO ready_card (contact_id, format, note_part) VALUES (?, ?, ?)",
        ids, rows, (values, row) -> values.integer(row.format()).text(row.notePart()), "insert ready cards");
  }

  /** The mentions in these contacts' notes by contact, in order, read before the notes are written again. */
  default Map<Long, List<Mention>> mentionsOf(Collection<Long> ids) {
    Map<Long, List<Mention>> byNote = new HashMap<>();
    StoredMentions.forEachOf(getHandle(), ids,
        mention -> byNote.computeIfAbsent(mention.sourceContactId(), id -> new ArrayList<>()).add(mention.mention()));
    return byNote;
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
