package kith.decision;

import java.util.List;
import kith.contact.Directory;
import kith.decision.DecisionStore.Recorded;
import kith.slack.Replies;
import kith.slack.SlackApi;
import org.jdbi.v3.core.Jdbi;

/** The confirmation in a decision's thread: posted once, then updated in place as the decision changes. */
final class Confirmations {
  private final Jdbi jdbi;
  private final Replies replies;
  private final SlackApi api;
  private final Directory directory;

  Confirmations(Jdbi jdbi, Replies replies, SlackApi api, Directory directory) {
    this.jdbi = jdbi;
    this.replies = replies;
    this.api = api;
    this.directory = directory;
  }

  void post(long decisionId, String threadTs) {
    Recorded decision = decision(decisionId);
    DecisionView view = view(decision);
    String ts = replies.post(decision.channelId(), threadTs, DecisionBlocks.confirmation(view),
        DecisionBlocks.fallback(view));
    jdbi.useExtension(DecisionStore.class, s -> s.setConfirmation(decisionId, ts));
  }

  /** Shows the decision as it is now; posts a confirmation if there is none yet. */
  void refresh(long decisionId) {
    Recorded decision = decision(decisionId);
    if (decision.confirmationTs() == null) {
      post(decisionId, decision.threadTs() != null ? decision.threadTs() : decision.messageTs());
      return;
    }
    DecisionView view = view(decision);
    api.call("chat.update", SlackApi.Safety.IDEMPOTENT, methods -> methods.chatUpdate(r -> r
        .channel(decision.channelId()).ts(decision.confirmationTs())
        .blocks(DecisionBlocks.confirmation(view)).text(DecisionBlocks.fallback(view))));
  }

  DecisionView view(Recorded decision) {
    List<DecisionView.Subject> subjects = jdbi.withExtension(DecisionStore.class, s -> s.subjects(decision.id()))
        .stream()
        .map(id -> new DecisionView.Subject(id, directory.entry(id).map(e -> e.name()).orElse("(archived)")))
        .toList();
    String undoneBy = decision.standing() ? null : decision.undoneBy() == null ? "" : decision.undoneBy();
    return new DecisionView(decision.id(), decision.text(), decision.permalink(), decision.recordedBy(), subjects,
        undoneBy);
  }

  private Recorded decision(long id) {
    return jdbi.withExtension(DecisionStore.class, s -> s.byId(id)).orElseThrow();
  }
}
