package kith.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.CardStore.ReadyRow;
import kith.contact.CardStore.RecentInteractionRow;
import kith.contact.NoteContentStore.InteractionRow;
import org.jdbi.v3.core.Jdbi;

/** Builds profile cards from the store. */
public final class Cards {
  private static final Comparator<CardStore.DecisionRead> DECISION_ORDER =
      Comparator.comparing((CardStore.DecisionRead read) -> read.decision().date(),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(CardStore.DecisionRead::recordedAt, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(CardStore.DecisionRead::order, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(CardStore.DecisionRead::id);

  private static final Comparator<Card.Appearance> NEWEST_APPEARANCE_FIRST =
      Comparator.comparing(Card.Appearance::latest, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Card.Appearance::noteOf)
          .thenComparing(Card.Appearance::how);

  private final Jdbi jdbi;
  private final Directory directory;
  private final Clock clock;
  private final KeptCards kept;

  /** {@code directory} names the notes a person appears in, and knows which are active. */
  public Cards(Jdbi jdbi, Directory directory, Clock clock) {
    this(jdbi, directory, clock, KeptCards.NONE);
  }

  /** The same, with the card rows {@code kept} in memory read from there. */
  public Cards(Jdbi jdbi, Directory directory, Clock clock, KeptCards kept) {
    this.jdbi = jdbi;
    this.directory = directory;
    this.kept = kept;
    this.clock = clock;
  }

  /** The card rows kept in memory that these cards are read from. */
  KeptCards kept() {
    return kept;
  }

  /** Runs {@code reading} on a handle of its own. */
  private <T> T read(Function<CardStore, T> reading) {
    return jdbi.withHandle(handle -> reading.apply(new CardStore(handle)));
  }

  /**
   * The card of contact {@code id}, or empty when there is no such contact: from the card kept ready to read when
   * there is one in the current format (its row held in memory when that is all the card needs, see
   * {@link KeptCards}), else from the content tables.
   */
  public Optional<Card> card(long id) {
    Optional<ReadyRow> inMemory = kept.kept(id).filter(Cards::needsNothingElse);
    if (inMemory.isPresent()) {
      return inMemory.map(ready -> card(id, ReadyCards.note(ready.notePart()), List.of(), appearances(ready)));
    }
    return read(store -> kept.ready(id, () -> store.ready(id))
        .filter(ready -> ready.format() == ReadyCards.FORMAT)
        .map(ready -> fromReady(store, id, ready))
        .or(() -> fromTables(store, id)));
  }

  /** The card as the content tables have it, never the ready one: tests hold the two to be the same card. */
  Optional<Card> cardFromTables(long id) {
    return read(store -> fromTables(store, id));
  }

  /** Page {@code page} (1 or more) of contact {@code id}'s card, or empty when there is no such contact. */
  public Optional<CardPage> page(long id, int page) {
    return read(store -> store.contact(id).map(row -> {
      CardStore.NoteLists lists = store.noteLists(row.id());
      List<InteractionRow> interactions = new ArrayList<>(lists.interactions());
      interactions.sort(CardNote.NEWEST_FIRST_UNDATED_LAST);
      List<String> facts = NoteDocument.texts(lists.keyFacts());
      List<Card.Decision> decisions = decisions(store, row.id());
      boolean hasMore = interactions.size() > (page + 1) * CardPage.INTERACTIONS_PER_PAGE
          || facts.size() > (page + 1) * CardPage.FACTS_PER_PAGE
          || decisions.size() > (page + 1) * CardPage.DECISIONS_PER_PAGE;
      return new CardPage(row.id(), row.name(), page,
          CardPage.slice(interactions, page, CardPage.INTERACTIONS_PER_PAGE).stream()
              .map(CardNote::interaction).toList(),
          CardPage.slice(facts, page, CardPage.FACTS_PER_PAGE),
          CardPage.slice(decisions, page, CardPage.DECISIONS_PER_PAGE),
          hasMore);
    }));
  }

  /** The dates of every dated interaction with contact {@code id}: what "worth raising" compares against. */
  public List<LocalDate> interactionDates(long id) {
    return read(store -> store.noteLists(id).interactions().stream()
        .map(InteractionRow::happenedOn).filter(Objects::nonNull).toList());
  }

  /** Every decision with contact {@code id}, newest first; empty when there is no such contact. */
  public Optional<List<Card.Decision>> decisions(long id) {
    return read(store -> store.contact(id).map(row -> decisions(store, id)));
  }

  /**
   * Decisions from the note and those Kith recorded, newest first, undated last; of two on one day the one recorded
   * in Slack comes first, the newest recorded first, then the rest in the note's order. A decision recorded in
   * Slack is written back to the note with its permalink, and read again on the next import: it is shown once, as
   * the Slack decision.
   */
  static List<Card.Decision> decisions(List<Card.Decision> fromNote, List<CardStore.DecisionRead> recorded) {
    Set<String> slackLinks = new HashSet<>();
    recorded.stream().map(CardStore.DecisionRead::decision)
        .filter(decision -> "slack".equals(decision.source()) && decision.link() != null)
        .forEach(decision -> slackLinks.add(decision.link()));
    List<CardStore.DecisionRead> all = new ArrayList<>(recorded);
    for (int position = 0; position < fromNote.size(); position++) {
      all.add(new CardStore.DecisionRead(fromNote.get(position), null, position, position));
    }
    return all.stream()
        .filter(read -> "slack".equals(read.decision().source()) || read.decision().link() == null
            || !slackLinks.contains(read.decision().link()))
        .sorted(DECISION_ORDER)
        .map(CardStore.DecisionRead::decision)
        .toList();
  }

  private static List<Card.Decision> decisions(CardStore store, long id) {
    return decisions(store.noteDecisions(id), store.recordedDecisions(id));
  }

  private Card fromReady(CardStore store, long id, ReadyRow ready) {
    CardNote note = ReadyCards.note(ready.notePart());
    List<AppearanceRow> named = !ready.appearancesCurrent() ? store.appearances(id, nameKeys(note)) : appearances(ready);
    return card(id, note, store.recordedDecisions(id, ready), named);
  }

  /**
   * True when a card is its ready row alone: in the current format, with its appearances current and no decision
   * recorded outside the note (most people), so no statement needs to run.
   */
  private static boolean needsNothingElse(ReadyRow ready) {
    return ready.format() == ReadyCards.FORMAT && ready.appearancesCurrent() && !ready.otherDecisions()
        && !ready.slackDecisions();
  }

  private static List<AppearanceRow> appearances(ReadyRow ready) {
    return ready.appearances() == null ? List.of() : ReadyCards.appearances(ready.appearances());
  }

  private Optional<Card> fromTables(CardStore store, long id) {
    return store.contact(id).map(row -> {
      CardNote.Columns columns = new CardNote.Columns(row.name(), "mentioned".equals(row.kind()), row.role(),
          row.organisation(), row.relationship(), row.email(), row.background(), row.lastContact());
      CardNote note = store.document(id)
          .map(document -> CardNote.of(columns, store.aliases(id), store.noteDecisions(id), document))
          .orElseGet(() -> legacyNote(store, id, columns));
      return card(id, note, store.recordedDecisions(id), store.appearances(id, nameKeys(note)));
    });
  }

  /** A note stored before {@link NoteDocument}s, or a person only named in notes: from the tables. */
  private static CardNote legacyNote(CardStore store, long id, CardNote.Columns columns) {
    CardStore.CardLists lists = store.legacyLists(id);
    List<RecentInteractionRow> recent = store.legacyRecentInteractions(id, CardNote.RECENT_INTERACTIONS);
    return CardNote.of(columns, lists.aliases(), recent.stream().map(RecentInteractionRow::interaction).toList(),
        recent.isEmpty() ? 0 : recent.get(0).total(), lists.keyFacts(), lists.openTasks(), store.noteDecisions(id),
        lists.topics(), lists.related(), lists.sections());
  }

  private Card card(long id, CardNote note, List<CardStore.DecisionRead> recorded, List<AppearanceRow> named) {
    return new Card(
        id, note.name(), note.mentionedOnly(), note.aliases(),
        note.role(), note.organisation(), note.relationship(), note.email(), note.background(),
        lastContact(note),
        note.recent(),
        note.interactionCount(),
        note.keyFacts(),
        note.openTasks(),
        decisions(note.decisions(), recorded),
        note.topics(),
        note.relatedCustomers(),
        note.relatedProjects(),
        note.relatedPeople(),
        appearances(named),
        note.otherSections());
  }

  /** When we last spoke: the note's own "last contact" field, else the newest dated interaction. */
  private Card.LastContact lastContact(CardNote note) {
    LocalDate today = LocalDate.now(clock);
    if (note.lastContact() != null) {
      return new Card.LastContact(note.lastContact(), "note", Ago.describe(note.lastContact(), today));
    }
    return note.recent().stream()
        .map(Card.Interaction::date)
        .filter(Objects::nonNull)
        .findFirst()
        .map(date -> new Card.LastContact(date, "interaction", Ago.describe(date, today)))
        .orElse(null);
  }

  private static Set<String> nameKeys(CardNote note) {
    return NameKey.ofPerson(note.name(), note.aliases());
  }

  /** The active notes that name the person, newest mention first; a note archived since is left out. */
  private List<Card.Appearance> appearances(List<AppearanceRow> named) {
    List<Card.Appearance> appearances = new ArrayList<>();
    for (AppearanceRow found : named) {
      directory.entry(found.sourceContactId()).ifPresent(source -> appearances.add(
          new Card.Appearance(source.name(), found.how(), found.count(), found.latest())));
    }
    appearances.sort(NEWEST_APPEARANCE_FIRST);
    return appearances;
  }
}
