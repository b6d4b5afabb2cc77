package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;

/**
 * What a person's own note puts on their card: everything but the decisions and the notes that name them. It is
 * built in one place from the rows the content tables hold, whether those rows are read back for a card or are
 * about to be written by an import (which keeps it ready to read, see {@link ReadyCards}), so both give one card.
 *
 * @param lastContact the note's own "last contact" field, or null
 * @param recent the newest interactions, newest first, undated last, at most {@link #RECENT_INTERACTIONS}
 * @param interactionCount how many interactions the note has in all
 * @param decisions the decisions the note lists, in its order (a card adds those recorded in Slack)
 */
record CardNote(
    String name,
    boolean mentionedOnly,
    List<String> aliases,
    String role,
    String organisation,
    String relationship,
    String email,
    String background,
    LocalDate lastContact,
    List<Card.Interaction> recent,
    int interactionCount,
    List<String> keyFacts,
    List<Card.Task> openTasks,
    List<Card.Decision> decisions,
    List<String> topics,
    List<String> relatedCustomers,
    List<String> relatedProjects,
    List<String> relatedPeople,
    List<Card.Section> otherSections) {

  /** How many interactions a card shows at first. */
  static final int RECENT_INTERACTIONS = 5;

  /** The order a card lists interactions in; {@link CardStore} sorts the same way in SQL. */
  static final Comparator<InteractionRow> NEWEST_FIRST_UNDATED_LAST =
      Comparator.comparing(InteractionRow::happenedOn, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparingInt(InteractionRow::position);

  /** The contact's own columns, as the contact table holds them. */
  record Columns(String name, boolean mentionedOnly, String role, String organisation, String relationship,
      String email, String background, LocalDate lastContact) {}

  /**
   * The card part of a note from its rows, each list in the note's order.
   *
   * @param newestFirst the newest interactions in card order; more than {@link #RECENT_INTERACTIONS} are cut
   */
  static CardNote of(Columns columns, List<String> aliases, List<InteractionRow> newestFirst, int interactionCount,
      List<String> keyFacts, List<Card.Task> openTasks, List<Card.Decision> decisions, List<String> topics,
      List<RelatedRow> related, List<Card.Section> otherSections) {
    return new CardNote(columns.name(), columns.mentionedOnly(), List.copyOf(aliases), columns.role(),
        columns.organisation(), columns.relationship(), columns.email(), columns.background(), columns.lastContact(),
        newestFirst.stream().limit(RECENT_INTERACTIONS).map(CardNote::interaction).toList(), interactionCount,
        List.copyOf(keyFacts), List.copyOf(openTasks), List.copyOf(decisions), List.copyOf(topics),
        relatedNames(related, "customer"), relatedNames(related, "project"), relatedNames(related, "person"),
        List.copyOf(otherSections));
  }

  /** The card part of a note from its contact columns, its aliases, its decisions and its document. */
  static CardNote of(Columns columns, List<String> aliases, List<Card.Decision> decisions, NoteDocument document) {
    List<InteractionRow> newestFirst = new ArrayList<>(document.interactions());
    newestFirst.sort(NEWEST_FIRST_UNDATED_LAST);
    return of(columns, aliases, newestFirst, document.interactions().size(), NoteDocument.texts(document.keyFacts()),
        document.openTasks(), decisions, NoteDocument.texts(document.topics()), document.related(),
        document.cardSections());
  }

  /** A person only named in other notes: a name and nothing of their own. */
  static CardNote mentioned(String name) {
    return of(new Columns(name, true, null, null, null, null, null, null), List.of(), List.of(), 0, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static Card.Interaction interaction(InteractionRow row) {
    return new Card.Interaction(
        row.happenedOn(), row.dateText(), row.title(), row.link(), row.summary(), row.via());
  }

  private static List<String> relatedNames(List<RelatedRow> related, String kind) {
    return related.stream().filter(r -> r.kind().equals(kind)).map(RelatedRow::name).toList();
  }
}
