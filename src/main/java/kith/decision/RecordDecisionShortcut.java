package kith.decision;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** The *Record decision* message shortcut: records the message it was used on. */
public final class RecordDecisionShortcut implements MessageShortcutHandler {
  private final DecisionRecorder recorder;
  private final Replies replies;
  private final Background background;

  RecordDecisionShortcut(DecisionRecorder recorder, Replies replies, Background background) {
    this.recorder = recorder;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(MessageShortcutRequest req, MessageShortcutContext ctx) {
    MessageShortcutPayload payload = req.getPayload();
    String channel = payload.getChannel().getId();
    String ts = payload.getMessage().getTs();
    String user = payload.getUser().getId();
    background.run("record decision (shortcut)", () -> {
      DecisionRecorder.Outcome outcome = recorder.record(channel, ts, user, "shortcut", false);
      if (outcome instanceof DecisionRecorder.Outcome.Unreadable unreadable) {
        replies.ephemeralText(payload.getResponseUrl(), Unreadable.explanation(unreadable.error()));
      } else if (outcome instanceof DecisionRecorder.Outcome.AlreadyRecorded) {
        replies.ephemeralText(payload.getResponseUrl(), "That message is already recorded as a decision.");
      }
    });
    return ctx.ack();
  }
}
