package kith.contact;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** *More*: replaces the card, in place, with its next page of interactions, facts and decisions. */
public final class MoreCardAction implements BlockActionHandler {
  private final WhoAnswers answers;
  private final Replies replies;
  private final Background background;

  public MoreCardAction(WhoAnswers answers, Replies replies, Background background) {
    this.answers = answers;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    int page = CardButton.page(req, 1);
    background.run("more", () -> CardButton.tellingTheUser(replies, req, () -> {
      CardButton.replaceOriginal(replies, req, answers.page(CardButton.contactId(req), page));
    }));
    return ctx.ack();
  }
}
