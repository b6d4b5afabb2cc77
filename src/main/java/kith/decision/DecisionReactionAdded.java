package kith.decision;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import java.util.Set;
import kith.slack.Background;
import kith.slack.Replies;

/** A decision emoji on a message records that message as a decision. */
public final class DecisionReactionAdded implements BoltEventHandler<ReactionAddedEvent> {
  private final Set<String> emojis;
  private final DecisionRecorder recorder;
  private final Replies replies;
  private final Background background;

  DecisionReactionAdded(Set<String> emojis, DecisionRecorder recorder, Replies replies, Background background) {
    this.emojis = emojis;
    this.recorder = recorder;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
    ReactionAddedEvent event = payload.getEvent();
    if (!emojis.contains(event.getReaction()) || event.getItem() == null
        || !"message".equals(event.getItem().getType())) {
      return ctx.ack();
    }
    String channel = event.getItem().getChannel();
    String ts = event.getItem().getTs();
    background.run("record decision", () -> {
      if (recorder.record(channel, ts, event.getUser(), "reaction", false)
          instanceof DecisionRecorder.Outcome.Unreadable unreadable) {
        Unreadable.tell(replies, channel, event.getUser(), null, unreadable.error());
      }
    });
    return ctx.ack();
  }
}
