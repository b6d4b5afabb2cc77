package kith.contact;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** A candidate picked from "several match" or "closest names": the picker is replaced by that person's card. */
public final class PickCandidateAction implements BlockActionHandler {
  private final WhoAnswers answers;
  private final Replies replies;
  private final Background background;

  public PickCandidateAction(WhoAnswers answers, Replies replies, Background background) {
    this.answers = answers;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    background.run("pick", () -> CardButton.tellingTheUser(replies, req, () -> {
      CardButton.replaceOriginal(replies, req, answers.card(CardButton.contactId(req), null));
    }));
    return ctx.ack();
  }
}
