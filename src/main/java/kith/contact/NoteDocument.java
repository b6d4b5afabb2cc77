package kith.contact;

import java.util.List;
import kith.contact.NoteContentStore.AttributeRow;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.SectionRow;
import kith.contact.NoteContentStore.TaskRow;
import kith.contact.NoteContentStore.TextRow;

/**
 * What a note lists, kept as one JSON document per note ({@code note_document}): each list in the note's order,
 * as the rows the content tables held before. These lists are only read whole with their note, never searched.
 */
record NoteDocument(
    List<TextRow> tags,
    List<AttributeRow> attributes,
    List<InteractionRow> interactions,
    List<TextRow> keyFacts,
    List<TextRow> topics,
    List<TaskRow> tasks,
    List<RelatedRow> related,
    List<SectionRow> sections) {

  /** The version of the JSON. Raise it when the document, or a row in it, changes shape. */
  static final int FORMAT = 1;

  /** About what a note's document takes on the benchmark's vault. */
  private static final int EXPECTED_CHARS = 8 * 1024;

  /** The tasks not done yet, as a card lists them. */
  List<Card.Task> openTasks() {
    return tasks.stream().filter(task -> !task.done()).map(task -> new Card.Task(task.text(), task.due())).toList();
  }

  /** The sections Kith does not interpret, as a card shows them. */
  List<Card.Section> cardSections() {
    return sections.stream().map(section -> new Card.Section(section.heading(), section.body())).toList();
  }

  static List<String> texts(List<TextRow> rows) {
    return rows.stream().map(TextRow::text).toList();
  }

  String json() {
    return StoredJson.of(this, NoteDocument.class, EXPECTED_CHARS);
  }

  static NoteDocument of(String json) {
    return StoredJson.read(json, NoteDocument.class);
  }
}
