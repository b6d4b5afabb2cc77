package kith.decision;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashSet;
import java.util.Set;
import kith.slack.Background;

/** *Change people*: the decision is filed under exactly the people now chosen in the select. */
public final class ChangePeopleAction implements BlockActionHandler {
  private final DecisionRecorder recorder;
  private final Background background;

  ChangePeopleAction(DecisionRecorder recorder, Background background) {
    this.recorder = recorder;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload.Action action = req.getPayload().getActions().get(0);
    long decisionId = decisionId(action.getBlockId());
    if (decisionId < 0) {
      return ctx.ack();
    }
    Set<Long> people = new LinkedHashSet<>();
    if (action.getSelectedOptions() != null) {
      action.getSelectedOptions().stream().map(BlockActionPayload.Action.SelectedOption::getValue)
          .filter(v -> v != null && v.matches("\\d{1,18}")).map(Long::parseLong).forEach(people::add);
    }
    background.run("change people", () -> recorder.changePeople(decisionId, people));
    return ctx.ack();
  }

  /** The decision id from the block id "decision_people:<id>". */
  static long decisionId(String blockId) {
    String prefix = DecisionIds.PEOPLE + ":";
    if (blockId == null || !blockId.startsWith(prefix) || !blockId.substring(prefix.length()).matches("\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(blockId.substring(prefix.length()));
  }
}
