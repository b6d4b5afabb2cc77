package kith.contact;

import kith.slack.Replies;

/** Sends a person's card to a user by DM: what *Brief me* and "brief me on …" do until briefs have their own. */
public final class CardDelivery {
  private final WhoAnswers answers;
  private final Replies replies;

  public CardDelivery(WhoAnswers answers, Replies replies) {
    this.answers = answers;
    this.replies = replies;
  }

  /** Sends the card and returns what to tell the user where they asked. */
  public String sendByDm(String userId, long contactId) {
    WhoReply card = answers.card(contactId, null);
    if (card.blocks().isEmpty()) {
      return card.text();
    }
    replies.directMessage(userId, card.blocks(), card.text());
    return "Sent you a DM with the card.";
  }
}
