package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import kith.contact.NoteContentStore.AttributeRow;
import kith.contact.NoteContentStore.DecisionRow;
import kith.contact.NoteContentStore.DocumentRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.MentionsRow;
import kith.contact.NoteContentStore.ReadyCardRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;
import kith.contact.NoteMentions.Mention;
import kith.vault.PeopleNote;

/**
 * The rows several notes' content becomes, gathered per table so that each table takes one batch for all of
 * them: a statement per table and note cost more than the rows themselves. A note's lists go into one
 * {@link NoteDocument}, and the people it names into one {@link NoteMentions} value; what is searched or joined
 * (aliases, decisions) stays in rows.
 */
final class NoteRows {

  /** One table's rows, each beside its contact's id, as {@code @SqlBatch} iterates them in step. */
  static final class Table<R> {
    private final List<Long> ids = new ArrayList<>();
    private final List<R> rows = new ArrayList<>();

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
  final Table<DocumentRow> documents = new Table<>();
  final Table<DecisionRow> decisions = new Table<>();
  final Table<MentionsRow> mentions = new Table<>();
  final Table<ReadyCardRow> readyCards = new Table<>();
  private final Map<Long, List<Mention>> mentionsByNote = new HashMap<>();

  /**
   * Adds every part of {@code note} under contact {@code id}, numbered in the note's order, and its ready card
   * with the note's {@code columns} as the contact row gets them.
   */
  void add(long id, PeopleNote note, CardNote.Columns columns) {
    List<TextRow> noteAliases = numbered(note.aliases(), TextRow::new);
    NoteDocument document = new NoteDocument(
        numbered(note.frontmatter().tags(), TextRow::new),
        numbered(note.attributes(), (i, a) ->
            new AttributeRow(i, a.source().name().toLowerCase(), a.key(), a.valueJson(), a.readable())),
        numbered(note.interactions(), (i, x) ->
            new InteractionRow(i, x.date(), x.dateText(), x.title(), x.link(), x.summary(), x.via())),
        numbered(note.keyFacts(), TextRow::new),
        numbered(note.topics(), TextRow::new),
        numbered(note.tasks(), (i, t) -> new TaskRow(i, t.text(), t.done(), t.due(), t.doneOn())),
        numbered(note.related(), (i, r) -> new RelatedRow(i, r.kind().name().toLowerCase(), r.name(), r.target())),
        numbered(note.otherSections(), (i, s) -> new SectionRow(i, s.heading(), s.body())));
    aliases.addRows(id, noteAliases);
    documents.addRows(id, List.of(new DocumentRow(NoteDocument.FORMAT, document.json())));
    List<DecisionRow> noteDecisions =
        numbered(note.decisions(), (i, d) -> new DecisionRow(i, d.text(), d.date(), d.link()));
    decisions.addRows(id, noteDecisions);
    List<Mention> named = Mentions.of(note);
    mentionsByNote.put(id, named);
    if (!named.isEmpty()) {
      mentions.addRows(id, List.of(new MentionsRow(NoteMentions.FORMAT, NoteMentions.json(named))));
    }
    CardNote card = CardNote.of(columns,
        NoteDocument.texts(noteAliases),
        noteDecisions.stream().map(d -> new Card.Decision(d.text(), d.decidedOn(), d.link(), "note", null)).toList(),
        document);
    readyCards.addRows(id, List.of(new ReadyCardRow(ReadyCards.FORMAT, ReadyCards.json(card))));
  }

  /** The people each note gathered so far names, by its contact id. */
  Map<Long, List<Mention>> mentionsByNote() {
    return mentionsByNote;
  }

  private static <T, R> List<R> numbered(List<T> items, BiFunction<Integer, T, R> row) {
    List<R> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(row.apply(i, items.get(i)));
    }
    return rows;
  }
}
