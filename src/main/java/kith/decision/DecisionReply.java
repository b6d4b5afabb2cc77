package kith.decision;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import kith.slack.Background;
import kith.slack.Replies;

/** A reply in a thread that begins with "Decision:" records itself as a decision. */
public final class DecisionReply implements BoltEventHandler<MessageEvent> {
  private final DecisionRecorder recorder;
  private final Replies replies;
  private final Background background;

  DecisionReply(DecisionRecorder recorder, Replies replies, Background background) {
    this.recorder = recorder;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent message = payload.getEvent();
    boolean threadReply = message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs());
    if (!threadReply || message.getBotId() != null || message.getUser() == null
        || !DecisionText.hasPrefix(message.getText())) {
      return ctx.ack();
    }
    background.run("record decision (reply)", () -> {
      if (recorder.record(message.getChannel(), message.getTs(), message.getUser(), "reply", true)
          instanceof DecisionRecorder.Outcome.Unreadable unreadable) {
        Unreadable.tell(replies, message.getChannel(), message.getUser(), message.getThreadTs(), unreadable.error());
      }
    });
    return ctx.ack();
  }
}
