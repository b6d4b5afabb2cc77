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
    String[] parts = CardButton.value(req).split(":", 2);
    int page = parts.length == 2 && parts[1].matches("\\d{1,6}") ? Integer.parseInt(parts[1]) : 0;
    background.run("decisions", () -> CardButton.tellingTheUser(replies, req, () -> {
      WhoReply reply = answers.decisions(CardButton.contactId(req), page);
      replies.respond(req.getPayload().getResponseUrl(), Replies.Mode.REPLACE_ORIGINAL, reply.blocks(), reply.text());
    }));
    return ctx.ack();
  }
}
