package kith.contact;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** *Decisions* on a card (and *More decisions*): every decision with the person, a page at a time, in place. */
public final class DecisionsListAction implements BlockActionHandler {
  private final WhoAnswers answers;
  private final Replies replies;
  private final Background background;

  public DecisionsListAction(WhoAnswers answers, Replies replies, Background background) {
    this.answers = answers;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    int page = CardButton.page(req, 0);
    background.run("decisions", () -> CardButton.tellingTheUser(replies, req, () -> {
      CardButton.replaceOriginal(replies, req, answers.decisions(CardButton.contactId(req), page));
    }));
    return ctx.ack();
  }
}
