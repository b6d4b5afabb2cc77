package kith.decision;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;

/** *Undo* on a confirmation: the decision is undone, its lines leave the notes, the confirmation says so. */
public final class UndoDecisionAction implements BlockActionHandler {
  private final DecisionRecorder recorder;
  private final Background background;

  UndoDecisionAction(DecisionRecorder recorder, Background background) {
    this.recorder = recorder;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String value = req.getPayload().getActions().get(0).getValue();
    String user = req.getPayload().getUser().getId();
    if (value != null && value.matches("\\d{1,18}")) {
      background.run("undo decision", () -> recorder.undo(Long.parseLong(value), user));
    }
    return ctx.ack();
  }
}
