package kith.decision;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.reactions.ReactionsGetResponse;
import com.slack.api.model.Reaction;
import com.slack.api.model.event.ReactionRemovedEvent;
import java.util.List;
import java.util.Set;
import kith.slack.Background;
import kith.slack.SlackApi;
import org.jdbi.v3.core.Jdbi;

/**
 * Removing the decision emoji undoes the decision when no one else's decision reaction remains on the message
 * (asked of {@code reactions.get}, since Slack only tells us about the one removed).
 */
public final class DecisionReactionRemoved implements BoltEventHandler<ReactionRemovedEvent> {
  private final Set<String> emojis;
  private final DecisionRecorder recorder;
  private final SlackApi api;
  private final Jdbi jdbi;
  private final Background background;

  DecisionReactionRemoved(Set<String> emojis, DecisionRecorder recorder, SlackApi api, Jdbi jdbi,
      Background background) {
    this.emojis = emojis;
    this.recorder = recorder;
    this.api = api;
    this.jdbi = jdbi;
    this.background = background;
  }

  @Override
  public Response apply(EventsApiPayload<ReactionRemovedEvent> payload, EventContext ctx) {
    ReactionRemovedEvent event = payload.getEvent();
    if (!emojis.contains(event.getReaction()) || event.getItem() == null
        || !"message".equals(event.getItem().getType())) {
      return ctx.ack();
    }
    String channel = event.getItem().getChannel();
    String ts = event.getItem().getTs();
    background.run("undo decision", () ->
        jdbi.withExtension(DecisionStore.class, s -> s.byMessage(channel, ts))
            .filter(DecisionStore.Recorded::standing)
            .filter(decision -> !decisionReactionRemains(channel, ts))
            .ifPresent(decision -> recorder.undo(decision.id(), event.getUser())));
    return ctx.ack();
  }

  private boolean decisionReactionRemains(String channel, String ts) {
    ReactionsGetResponse response = api.call("reactions.get", SlackApi.Safety.IDEMPOTENT,
        methods -> methods.reactionsGet(r -> r.channel(channel).timestamp(ts).full(true)));
    List<Reaction> reactions = response.getMessage() == null || response.getMessage().getReactions() == null
        ? List.of() : response.getMessage().getReactions();
    return reactions.stream().anyMatch(r -> emojis.contains(r.getName()) && r.getCount() != null && r.getCount() > 0);
  }
}
