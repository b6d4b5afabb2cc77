package kith.brief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import kith.contact.Cards;
import kith.contact.SlackPeople;
import kith.slack.Replies;
import kith.slack.SlackCallException;

/** Composes a brief from the store at the moment it is sent, and sends it to the user by DM. */
public final class BriefSender {
  private final Cards cards;
  private final SlackPeople slackPeople;
  private final Replies replies;
  private final Clock clock;

  public BriefSender(Cards cards, SlackPeople slackPeople, Replies replies, Clock clock) {
    this.cards = cards;
    this.slackPeople = slackPeople;
    this.replies = replies;
    this.clock = clock;
  }

  public Brief compose(String title, Instant meetingStart, Collection<Long> contactIds) {
    return BriefAssembler.compose(cards, title, meetingStart, contactIds);
  }

  /**
   * Sends the brief to {@code userId} by DM.
   *
   * @throws SlackCallException when Slack refuses it
   */
  public void send(String userId, String title, Instant meetingStart, Collection<Long> contactIds) {
    Brief brief = compose(title, meetingStart, contactIds);
    ZoneId zone = zoneOf(userId);
    replies.directMessage(userId, BriefComposer.blocks(brief, LocalDate.now(clock.withZone(zone)), zone),
        BriefComposer.fallback(brief));
  }

  /** The user's own time zone, from Slack; UTC when Slack does not say. */
  public ZoneId zoneOf(String userId) {
    try {
      String tz = slackPeople.user(userId).timeZone();
      return tz == null ? ZoneId.of("UTC") : ZoneId.of(tz);
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
