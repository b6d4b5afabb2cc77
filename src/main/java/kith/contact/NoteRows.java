package kith.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import kith.contact.NoteContentStore.AttributeRow;
import kith.contact.NoteContentStore.DecisionRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.MentionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;
import kith.vault.PeopleNote;

/**
 * The rows several notes' content becomes, gathered per table so that each table takes one batch for all of
 * them: a statement per table and note cost more than the rows themselves.
 */
final class NoteRows {

  /** One table's rows, each beside its contact's id, as {@code @SqlBatch} iterates them in step. */
  static final class Table<R> {
    private final List<Long> ids = new ArrayList<>();
    private final List<R> rows = new ArrayList<>();

    private <T> void add(long id, List<T> items, BiFunction<Integer, T, R> row) {
      for (int i = 0; i < items.size(); i++) {
        ids.add(id);
        rows.add(row.apply(i, items.get(i)));
      }
    }

    private void addRows(long id, List<R> noteRows) {
      noteRows.forEach(row -> {
        ids.add(id);
        rows.add(row);
      });
    }

    void insert(BiConsumer<List<Long>, List<R>> batch) {
      if (!rows.isEmpty()) {
        batch.accept(ids, rows);
      }
    }
  }

  final Table<TextRow> aliases = new Table<>();
  final Table<TextRow> tags = new Table<>();
  final Table<AttributeRow> attributes = new Table<>();
  final Table<InteractionRow> interactions = new Table<>();
  final Table<TextRow> keyFacts = new Table<>();
  final Table<TextRow> topics = new Table<>();
  final Table<TaskRow> tasks = new Table<>();
  final Table<DecisionRow> decisions = new Table<>();
  final Table<RelatedRow> related = new Table<>();
  final Table<SectionRow> sections = new Table<>();
  final Table<MentionRow> mentions = new Table<>();

  /** Adds every part of {@code note} under contact {@code id}, numbered in the note's order. */
  void add(long id, PeopleNote note) {
    aliases.add(id, note.aliases(), TextRow::new);
    tags.add(id, note.frontmatter().tags(), TextRow::new);
    attributes.add(id, note.attributes(), (i, a) ->
        new AttributeRow(i, a.source().name().toLowerCase(), a.key(), a.valueJson(), a.readable()));
    interactions.add(id, note.interactions(), (i, x) ->
        new InteractionRow(i, x.date(), x.dateText(), x.title(), x.link(), x.summary(), x.via()));
    keyFacts.add(id, note.keyFacts(), TextRow::new);
    topics.add(id, note.topics(), TextRow::new);
    tasks.add(id, note.tasks(), (i, t) -> new TaskRow(i, t.text(), t.done(), t.due(), t.doneOn()));
    decisions.add(id, note.decisions(), (i, d) -> new DecisionRow(i, d.text(), d.date(), d.link()));
    related.add(id, note.related(), (i, r) -> new RelatedRow(i, r.kind().name().toLowerCase(), r.name(), r.target()));
    sections.add(id, note.otherSections(), (i, s) -> new SectionRow(i, s.heading(), s.body()));
    mentions.addRows(id, Mentions.of(note));
  }
}
