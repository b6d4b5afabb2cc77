package kith.contact;

import java.util.List;

/**
 * A further page of a card, for the card's *More* button: the next interactions, key facts and decisions.
 * Page 0 is the card itself.
 */
public record CardPage(
    long contactId,
    String name,
    int page,
    List<Card.Interaction> interactions,
    List<String> keyFacts,
    List<Card.Decision> decisions,
    boolean hasMore) {

  public static final int INTERACTIONS_PER_PAGE = CardNote.RECENT_INTERACTIONS;
  public static final int FACTS_PER_PAGE = 10;
  public static final int DECISIONS_PER_PAGE = 10;

  /** True when {@code card} has more than its first page shows. */
  public static boolean cardHasMore(Card card) {
    return card.interactionCount() > INTERACTIONS_PER_PAGE
        || card.keyFacts().size() > FACTS_PER_PAGE
        || card.decisions().size() > DECISIONS_PER_PAGE;
  }

  static <T> List<T> slice(List<T> all, int page, int perPage) {
    int from = Math.min(all.size(), page * perPage);
    return all.subList(from, Math.min(all.size(), from + perPage));
  }
}
