package kith.contact;

import java.util.List;
import java.util.Optional;
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

  /**
   * The version of the JSON. Raise it when the document, or a row in it, changes shape. Format 2 leaves out what
   * the rest gives (rows' positions, an interaction's date text and link when they are its date and title): the
   * benchmark's documents 8,350 → 5,900 characters a note, its store file after one import 531 → 433 MB. A store
   * keeps documents of format 1 until the next import writes their notes again, and they read as they did.
   */
  static final int FORMAT = 2;

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
    return StoredRecords.documentJson(this);
  }

  /** The document {@code json} holds, written in {@code format}; empty for a format this version does not know. */
  static Optional<NoteDocument> of(String json, int format) {
    return switch (format) {
      case FORMAT -> Optional.of(StoredJson.read(json, NoteDocument.class));
      case 1 -> Optional.of(StoredRecords.documentInFormat1(json));
      default -> Optional.empty();
    };
  }
}
