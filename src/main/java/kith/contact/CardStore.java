package kith.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kith.contact.NoteContentStore.InteractionRow;
import kith.contact.NoteContentStore.RelatedRow;
import kith.contact.NoteContentStore.TextRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reads what a card shows about one contact, on one handle. Unlike the other stores this is not a SqlObject: a
 * card is read for most answers (a /who not kept rendered, a share, a brief, a mention), and attaching a SqlObject
 * builds a handler for each of its methods every time (measured: 83 KB allocated and 50 µs per attach, ten times
 * one of these queries), so it runs its statements through the handle directly. Rows are mapped by
 * {@link CardRowMappers}.
 */
public final class CardStore {

  record ContactRow(
      long id, String kind, String name, boolean archived, String role, String relationship,
      String organisation, String email, String background, LocalDate lastContact) {}

  /**
   * A decision with what orders it among others of its day: when it was recorded (Slack's), then its place in the
   * note (null when it has none), then its id.
   */
  record DecisionRead(Card.Decision decision, Instant recordedAt, Integer order, long id) {}

  record AppearanceRow(long sourceContactId, String how, int count, LocalDate latest) {}

  /**
   * A card kept ready to read: its own part, and where other notes name the person when those are current
   * ({@code appearances} null then means nowhere).
   */
  record ReadyRow(int format, String notePart, String appearances, boolean appearancesCurrent,
      boolean otherDecisions, boolean slackDecisions) {}

  record DocumentRead(int format, String document) {}

  /** What the More button and the briefs read of a note beyond its card. */
  record NoteLists(List<InteractionRow> interactions, List<TextRow> keyFacts) {}

  /** One of a contact's newest interactions, and how many they have in all. */
  record RecentInteractionRow(InteractionRow interaction, int total) {}

  /** One item of one of a card's short lists; what {@code text} and {@code detail} hold depends on the list. */
  record ListItem(String list, String text, String detail, LocalDate due) {}

  /** A card's short lists, in the note's order. Related rows carry no target: a card does not show it. */
  record CardLists(List<String> aliases, List<String> keyFacts, List<Card.Task> openTasks, List<String> topics,
      List<RelatedRow> related, List<Card.Section> sections) {}

  private static final String CONTACT = """
      SELECT id, kind, name, archived, role, relationship, organisation, email, background, last_contact
        FROM contact WHERE id = :id
      """;

  /**
   * Every ready card, and whether decisions were recorded about the person: most people have none, and asking here
   * spares a card the two statements that would read them (each cost as much as this one). Its tables are those
   * {@link CardTableWrites#READ_FROM} names.
   */
  static final String EVERY_READY = """
      SELECT r.format, r.note_part, a.appearances, s.appearances_current,
             EXISTS (SELECT 1 FROM decision d WHERE d.contact_id = r.contact_id AND d.source <> 'note')
               AS other_decisions,
             EXISTS (SELECT 1 FROM decision_subject ds WHERE ds.contact_id = r.contact_id) AS slack_decisions,
             r.contact_id
        FROM ready_card r
        JOIN ready_state s ON s.id = 1
        LEFT JOIN ready_appearances a ON a.contact_id = r.contact_id
      """;

  /** One person's ready card, as {@link #EVERY_READY} has it. */
  private static final String READY = EVERY_READY + " WHERE r.contact_id = ?";

  private static final String DOCUMENT = "SELECT format, document FROM note_document WHERE contact_id = :id";

  private static final String ALIASES =
      "SELECT position, alias AS text FROM contact_alias WHERE contact_id = :id ORDER BY position";

  private static final String INTERACTIONS = """
      SELECT position, happened_on, date_text, title, link, summary, via
        FROM interaction WHERE contact_id = :id ORDER BY position
      """;

  /** A card shows a few interactions and says how many there are: the rest stay on disk. */
  private static final String RECENT_INTERACTIONS = """
      SELECT position, happened_on, date_text, title, link, summary, via, COUNT(*) OVER () AS total
        FROM interaction WHERE contact_id = :id
       ORDER BY happened_on DESC NULLS LAST, position
       FETCH FIRST :limit ROWS ONLY
      """;

  /**
   * Every short list a card shows, in one statement rather than six, from the tables of a note stored before
   * {@link NoteDocument}s.
   */
  private static final String LEGACY_LISTS = """
      SELECT 'alias' AS list, position, alias AS text, CAST(NULL AS VARCHAR(1000)) AS detail,
             CAST(NULL AS DATE) AS due
        FROM contact_alias WHERE contact_id = :id
      UNION ALL SELECT 'fact', position, text, NULL, NULL FROM key_fact WHERE contact_id = :id
      UNION ALL SELECT 'topic', position, text, NULL, NULL FROM topic WHERE contact_id = :id
      UNION ALL SELECT 'task', position, text, NULL, due FROM task WHERE contact_id = :id AND done = FALSE
      UNION ALL SELECT 'related', position, name, kind, NULL FROM related WHERE contact_id = :id
      UNION ALL SELECT 'section', position, heading, body, NULL FROM note_section WHERE contact_id = :id
       ORDER BY list, position
      """;

  private static final String KEY_FACTS =
      "SELECT position, text FROM key_fact WHERE contact_id = :id ORDER BY position";

  private static final String NOTE_DECISIONS = """
      SELECT position, text, decided_on, link, source FROM decision WHERE contact_id = :id AND source = 'note'
       ORDER BY position
      """;

  /**
   * The decisions Kith recorded rather than read from the note: any the decision table holds from another source
   * than the note, which an import never touches, and those recorded in Slack and not undone
   * ({@link #SLACK_DECISIONS}). Two statements, not one UNION: H2 keeps no parsed UNION, so it parsed and planned
   * that one again on every card, which was a fifth of a /who's time in the request thread.
   */
  private static final String OTHER_DECISIONS = """
      SELECT text, decided_on, link, source, CAST(NULL AS VARCHAR(32)) AS recorded_by,
             CAST(NULL AS TIMESTAMP) AS recorded_at, position AS ord, id
        FROM decision WHERE contact_id = :id AND source <> 'note'
      """;

  private static final String SLACK_DECISIONS = """
      SELECT d.text, d.decided_on, d.permalink AS link, 'slack' AS source, d.recorded_by, d.recorded_at,
             0 AS ord, d.id
        FROM slack_decision d JOIN decision_subject s ON s.decision_id = d.id
       WHERE s.contact_id = :id AND d.undone_at IS NULL
      """;

  private final Handle handle;

  CardStore(Handle handle) {
    this.handle = handle;
  }

  Optional<ContactRow> contact(long id) {
    return handle.createQuery(CONTACT).bind("id", id).map(CardRowMappers.CONTACT).findOne();
  }

  /**
   * Contact {@code id}'s card as it is kept ready to read, when it is. Read through JDBC itself ({@link DirectRead}),
   * as the one statement a card not kept in memory runs: through Jdbi it took longer than H2 took to run it (once
   * compiled, on the benchmark's store: ~15 µs against ~7).
   */
  Optional<ReadyRow> ready(long id) {
    return DirectRead.firstRow(handle, READY, id, CardStore::readyRow, "reading the ready card of contact " + id);
  }

  /** The ready row a result of {@link #EVERY_READY} is at; its contact is column 7. */
  static ReadyRow readyRow(ResultSet row) throws SQLException {
    return new ReadyRow(row.getInt(1), row.getString(2), row.getString(3), row.getBoolean(4), row.getBoolean(5),
        row.getBoolean(6));
  }

  /** The note's document, when it has one in a format this version reads. */
  Optional<NoteDocument> document(long id) {
    return handle.createQuery(DOCUMENT).bind("id", id).map(CardRowMappers.DOCUMENT).findOne()
        .flatMap(row -> NoteDocument.of(row.document(), row.format()));
  }

  List<String> aliases(long id) {
    return NoteDocument.texts(list(ALIASES, id, CardRowMappers.TEXT));
  }

  /** The short lists of a note stored before {@link NoteDocument}s, from their tables. */
  CardLists legacyLists(long id) {
    List<String> aliases = new ArrayList<>();
    List<String> keyFacts = new ArrayList<>();
    List<Card.Task> openTasks = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    List<RelatedRow> related = new ArrayList<>();
    List<Card.Section> sections = new ArrayList<>();
    for (ListItem item : list(LEGACY_LISTS, id, CardRowMappers.LIST_ITEM)) {
      switch (item.list()) {
        case "alias" -> aliases.add(item.text());
        case "fact" -> keyFacts.add(item.text());
        case "task" -> openTasks.add(new Card.Task(item.text(), item.due()));
        case "topic" -> topics.add(item.text());
        case "related" -> related.add(new RelatedRow(related.size(), item.detail(), item.text(), null));
        case "section" -> sections.add(new Card.Section(item.text(), item.detail()));
        default -> throw new IllegalStateException("unknown card list " + item.list());
      }
    }
    return new CardLists(aliases, keyFacts, openTasks, topics, related, sections);
  }

  /**
   * A note's interactions and key facts, each in the note's order: from its document, read once for both, or from
   * the tables of a note stored before {@link NoteDocument}s.
   */
  NoteLists noteLists(long id) {
    return document(id).map(document -> new NoteLists(document.interactions(), document.keyFacts()))
        .orElseGet(() -> new NoteLists(list(INTERACTIONS, id, CardRowMappers.INTERACTION),
            list(KEY_FACTS, id, CardRowMappers.TEXT)));
  }

  /** The newest {@code limit} interactions of a note stored before {@link NoteDocument}s, with the count of all. */
  List<RecentInteractionRow> legacyRecentInteractions(long id, int limit) {
    return handle.createQuery(RECENT_INTERACTIONS).bind("id", id).bind("limit", limit)
        .map(CardRowMappers.RECENT_INTERACTION).list();
  }

  /** The decisions the note lists, in its order. */
  List<Card.Decision> noteDecisions(long id) {
    return list(NOTE_DECISIONS, id, CardRowMappers.NOTE_DECISION);
  }

  /** The decisions Kith recorded about the contact (see {@link #OTHER_DECISIONS}), in no order. */
  List<DecisionRead> recordedDecisions(long id) {
    return recordedDecisions(id, true, true);
  }

  /** The same, reading only the kinds {@code ready} found. */
  List<DecisionRead> recordedDecisions(long id, ReadyRow ready) {
    return recordedDecisions(id, ready.otherDecisions(), ready.slackDecisions());
  }

  private List<DecisionRead> recordedDecisions(long id, boolean other, boolean slack) {
    List<DecisionRead> recorded = new ArrayList<>();
    if (other) {
      recorded.addAll(list(OTHER_DECISIONS, id, CardRowMappers.RECORDED_DECISION));
    }
    if (slack) {
      recorded.addAll(list(SLACK_DECISIONS, id, CardRowMappers.RECORDED_DECISION));
    }
    return recorded;
  }

  /**
   * Where other notes name one of {@code nameKeys}, counted from every stored mention: a card does this only while
   * the appearances kept ready are outdated (an import under way in another process, or one that stopped half-way)
   * or when it is read from the content tables. Which of these notes are active, and whose they are, the caller
   * knows from the name index.
   */
  List<AppearanceRow> appearances(long id, Collection<String> nameKeys) {
    AppearanceCount count = new AppearanceCount();
    StoredMentions.forEachNaming(handle, nameKeys, mention -> {
      if (mention.sourceContactId() != id) {
        count.add(mention);
      }
    });
    return count.byNote();
  }

  private <T> List<T> list(String sql, long id, RowMapper<T> mapper) {
    return handle.createQuery(sql).bind("id", id).map(mapper).list();
  }
}
