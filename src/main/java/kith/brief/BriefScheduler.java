package kith.brief;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kith.brief.BriefStore.Scheduled;
import kith.contact.SlackText;
import kith.slack.Replies;
import kith.slack.SlackCallException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends scheduled briefs when they are due. Briefs live in the database, so a restart loses none; each is claimed
 * by a conditional update before it is sent, so two instances sharing a database never both send it. A brief that
 * fell due while Kith was down is sent if less than an hour late, else the user is told it was missed. A failed
 * send is retried with backoff; after the last try the user is told.
 */
public final class BriefScheduler {
  static final Duration TOO_LATE = Duration.ofHours(1);
  static final int MAX_ATTEMPTS = 3;
  /** A claim older than this was left by an instance that died while sending. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(BriefScheduler.class);

  private final Jdbi jdbi;
  private final BriefSender sender;
  private final Replies replies;
  private final Clock clock;
  private final String instance = UUID.randomUUID().toString();

  public BriefScheduler(Jdbi jdbi, BriefSender sender, Replies replies, Clock clock) {
    this.jdbi = jdbi;
    this.sender = sender;
    this.replies = replies;
    this.clock = clock;
  }

  /** Sends what is due now; returns how many briefs were sent. */
  public int sendDue() {
    int sent = 0;
    Instant now = clock.instant();
    Instant staleClaims = now.minus(STALE_CLAIM);
    for (Scheduled listed : store(s -> s.due(now, staleClaims))) {
      if (store(s -> s.claim(listed.id(), instance, now, staleClaims))) {
        // Read again: since the list was read another instance may have tried it, or a sync moved it.
        Scheduled brief = store(s -> s.byId(listed.id())).orElseThrow();
        sent += deliver(brief) ? 1 : 0;
      }
    }
    return sent;
  }

  private boolean deliver(Scheduled brief) {
    Instant now = clock.instant();
    if (Duration.between(brief.dueAt(), now).compareTo(TOO_LATE) > 0) {
      jdbi.useExtension(BriefStore.class, s -> s.finish(brief.id(), "missed", null));
      tell(brief.userId(), "I missed sending your brief" + about(brief) + ": Kith was not running at "
          + "the time. Ask again with `/brief <name>`.");
      return false;
    }
    try {
      sender.send(brief.userId(), brief.title(), brief.meetingStart(), store(s -> s.people(brief.id())));
      jdbi.useExtension(BriefStore.class, s -> s.finish(brief.id(), "sent", null));
      return true;
    } catch (SlackCallException e) {
      failed(brief, e.method() + ": " + e.error());
      return false;
    }
  }

  private void failed(Scheduled brief, String error) {
    int attempts = brief.attempts() + 1;
    if (attempts < MAX_ATTEMPTS) {
      Instant next = clock.instant().plus(Duration.ofMinutes(1L << (attempts - 1)));
      jdbi.useExtension(BriefStore.class, s -> s.retryAt(brief.id(), error, next));
      log.warn("brief {} not sent ({}); retrying at {}", brief.id(), error, next);
      return;
    }
    jdbi.useExtension(BriefStore.class, s -> s.finish(brief.id(), "failed", error));
    tell(brief.userId(), "I couldn't send your brief" + about(brief) + " after " + MAX_ATTEMPTS
        + " tries (" + error + "). Try `/brief <name>` again.");
  }

  private void tell(String userId, String text) {
    try {
      replies.directMessage(userId, List.of(), text);
    } catch (SlackCallException e) {
      log.warn("could not tell {} about a brief: {}", userId, e.getMessage());
    }
  }

  private static String about(Scheduled brief) {
    return brief.title() == null ? "" : " for " + SlackText.escape(brief.title());
  }

  private <T> T store(ExtensionCallback<T, BriefStore, RuntimeException> call) {
    return jdbi.withExtension(BriefStore.class, call);
  }
}
