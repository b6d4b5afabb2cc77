package kith.contact;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** *Brief me*: sends the person's card to the user by DM, and says so where they clicked. */
public final class BriefMeAction implements BlockActionHandler {
  private final CardDelivery delivery;
  private final Replies replies;
  private final Background background;

  public BriefMeAction(CardDelivery delivery, Replies replies, Background background) {
    this.delivery = delivery;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    background.run("brief me", () -> CardButton.tellingTheUser(replies, req, () -> {
      String confirmation = delivery.sendByDm(CardButton.userId(req), CardButton.contactId(req));
      replies.ephemeralText(req.getPayload().getResponseUrl(), confirmation);
    }));
    return ctx.ack();
  }
}
