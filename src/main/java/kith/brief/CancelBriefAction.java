package kith.brief;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import kith.slack.Background;
import kith.slack.Replies;

/** *Cancel* next to a scheduled brief, in {@code /brief list} or on the Home tab. */
public final class CancelBriefAction implements BlockActionHandler {
  private final Briefs briefs;
  private final Replies replies;
  private final Background background;

  public CancelBriefAction(Briefs briefs, Replies replies, Background background) {
    this.briefs = briefs;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String value = req.getPayload().getActions().get(0).getValue();
    String user = req.getPayload().getUser().getId();
    String responseUrl = req.getPayload().getResponseUrl();
    if (value != null && value.matches("\\d{1,18}")) {
      background.run("cancel brief", () -> {
        String result = briefs.cancel(user, Long.parseLong(value));
        if (responseUrl != null) {
          replies.ephemeralText(responseUrl, result);
        }
      });
    }
    return ctx.ack();
  }
}
