package kith.contact;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/**
 * *Share in channel*: posts the same card visibly, marked as shared by the person who clicked — in the thread
 * when the card was answered in one, else in the channel.
 */
public final class ShareCardAction implements BlockActionHandler {
  private final WhoAnswers answers;
  private final Replies replies;
  private final Background background;

  public ShareCardAction(WhoAnswers answers, Replies replies, Background background) {
    this.answers = answers;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    background.run("share card", () -> CardButton.tellingTheUser(replies, req, () -> share(req)));
    return ctx.ack();
  }

  private void share(BlockActionRequest req) {
    WhoReply card = answers.card(CardButton.contactId(req), CardButton.userId(req));
    BlockActionPayload.Container container = req.getPayload().getContainer();
    String thread = container == null ? null : container.getThreadTs();
    if (thread != null && container.getChannelId() != null) {
      replies.post(container.getChannelId(), thread, card.blocks(), card.text());
    } else {
      replies.respond(req.getPayload().getResponseUrl(), Replies.Mode.IN_CHANNEL, card.blocks(), card.text());
    }
  }
}
