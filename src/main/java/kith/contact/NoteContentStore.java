package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import kith.vault.PeopleNote;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.SqlObject;

/** The rows a people note's content becomes, written and replaced as one. */
public interface NoteContentStore extends SqlObject {

  record TextRow(int position, String text) {}

  record AttributeRow(int position, String source, String key, String valueJson, boolean readable) {}

  record InteractionRow(
      int position, LocalDate happenedOn, String dateText, String title, String link, String summary, String via) {}

  record TaskRow(int position, String text, boolean done, LocalDate due, LocalDate doneOn) {}

  record DecisionRow(int position, String text, LocalDate decidedOn, String link) {}

  record RelatedRow(int position, String kind, String name, String target) {}

  record SectionRow(int position, String heading, String body) {}

  record MentionRow(int position, String name, String nameKey, String how, String detail, LocalDate happenedOn) {}

  @SqlBatch("INSERT INTO contact_alias (contact_id, position, alias) VALUES (:id, :position, :text)")
  void insertAliases(@Bind("id") long id, @BindMethods List<TextRow> rows);

  @SqlBatch("INSERT INTO contact_tag (contact_id, position, tag) VALUES (:id, :position, :text)")
  void insertTags(@Bind("id") long id, @BindMethods List<TextRow> rows);

  @SqlBatch("""
      INSERT INTO contact_attribute (contact_id, position, source, attr_key, value_json, readable)
      VALUES (:id, :position, :source, :key, :valueJson, :readable)
      """)
  void insertAttributes(@Bind("id") long id, @BindMethods List<AttributeRow> rows);

  @SqlBatch("""
      INSERT INTO interaction (contact_id, position, happened_on, date_text, title, link, summary, via)
      VALUES (:id, :position, :happenedOn, :dateText, :title, :link, :summary, :via)
      """)
  void insertInteractions(@Bind("id") long id, @BindMethods List<InteractionRow> rows);

  @SqlBatch("INSERT INTO key_fact (contact_id, position, text) VALUES (:id, :position, :text)")
  void insertKeyFacts(@Bind("id") long id, @BindMethods List<TextRow> rows);

  @SqlBatch("INSERT INTO topic (contact_id, position, text) VALUES (:id, :position, :text)")
  void insertTopics(@Bind("id") long id, @BindMethods List<TextRow> rows);

  @SqlBatch("""
      INSERT INTO task (contact_id, position, text, done, due, done_on)
      VALUES (:id, :position, :text, :done, :due, :doneOn)
      """)
  void insertTasks(@Bind("id") long id, @BindMethods List<TaskRow> rows);

  @SqlBatch("""
      INSERT INTO decision (contact_id, source, position, text, decided_on, link)
      VALUES (:id, 'note', :position, :text, :decidedOn, :link)
      """)
  void insertNoteDecisions(@Bind("id") long id, @BindMethods List<DecisionRow> rows);

  @SqlBatch("""
      INSERT INTO related (contact_id, position, kind, name, target)
      VALUES (:id, :position, :kind, :name, :target)
      """)
  void insertRelated(@Bind("id") long id, @BindMethods List<RelatedRow> rows);

  @SqlBatch("""
      INSERT INTO note_section (contact_id, position, heading, body)
      VALUES (:id, :position, :heading, :body)
      """)
  void insertSections(@Bind("id") long id, @BindMethods List<SectionRow> rows);

  @SqlBatch("""
      INSERT INTO mention (source_contact_id, position, name, name_key, how, detail, happened_on)
      VALUES (:id, :position, :name, :nameKey, :how, :detail, :happenedOn)
      """)
  void insertMentions(@Bind("id") long id, @BindMethods List<MentionRow> rows);

  /** Removes what an import wrote for contact {@code id}; decisions Kith recorded itself stay. */
  default void deleteNoteContent(long id) {
    for (String table : List.of("contact_alias", "contact_tag", "contact_attribute", "interaction", "key_fact",
        "topic", "task", "related", "note_section")) {
      getHandle().execute("DELETE FROM " + table + " WHERE contact_id = ?", id);
    }
    getHandle().execute("DELETE FROM decision WHERE contact_id = ? AND source = 'note'", id);
    getHandle().execute("DELETE FROM mention WHERE source_contact_id = ?", id);
  }

  /** Writes every part of {@code note} under contact {@code id}, keeping the note's order. */
  default void insertNoteContent(long id, PeopleNote note) {
    insertAliases(id, numbered(note.aliases(), TextRow::new));
    insertTags(id, numbered(note.frontmatter().tags(), TextRow::new));
    insertAttributes(id, numbered(note.attributes(), (i, a) ->
        new AttributeRow(i, a.source().name().toLowerCase(), a.key(), a.valueJson(), a.readable())));
    insertInteractions(id, numbered(note.interactions(), (i, x) ->
        new InteractionRow(i, x.date(), x.dateText(), x.title(), x.link(), x.summary(), x.via())));
    insertKeyFacts(id, numbered(note.keyFacts(), TextRow::new));
    insertTopics(id, numbered(note.topics(), TextRow::new));
    insertTasks(id, numbered(note.tasks(), (i, t) -> new TaskRow(i, t.text(), t.done(), t.due(), t.doneOn())));
    insertNoteDecisions(id, numbered(note.decisions(), (i, d) -> new DecisionRow(i, d.text(), d.date(), d.link())));
    insertRelated(id, numbered(note.related(), (i, r) ->
        new RelatedRow(i, r.kind().name().toLowerCase(), r.name(), r.target())));
    insertSections(id, numbered(note.otherSections(), (i, s) -> new SectionRow(i, s.heading(), s.body())));
    insertMentions(id, Mentions.of(note));
  }

  private static <T, R> List<R> numbered(List<T> items, BiFunction<Integer, T, R> row) {
    List<R> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(row.apply(i, items.get(i)));
    }
    return rows;
  }
}
