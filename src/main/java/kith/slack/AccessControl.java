package kith.slack;

import com.google.gson.JsonObject;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns away, politely and with no data, whoever {@link Access} does not allow. */
public final class AccessControl implements Middleware {
  static final String REFUSAL = "Sorry, Kith is only open to some people in this workspace, because the notes it "
      + "holds about people are private. Ask whoever runs Kith here if you need access.";
  static final String CANNOT_CHECK = "Sorry, I couldn't check whether you may use Kith (Slack did not answer). "
      + "Please try again in a minute.";
  private static final Logger log = LoggerFactory.getLogger(AccessControl.class);

  private final Access access;
  private final Replies replies;
  private final Background background;

  public AccessControl(Access access, Replies replies, Background background) {
    this.access = access;
    this.replies = replies;
    this.background = background;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String userId = req.getContext().getRequestUserId();
    if (!access.restricted() || userId == null) {
      return chain.next(req);
    }
    String refusal;
    try {
      if (access.allows(userId)) {
        return chain.next(req);
      }
      refusal = REFUSAL;
    } catch (SlackCallException e) {
      refusal = CANNOT_CHECK;
    }
    log.info("refused {} from {}", req.getRequestType(), userId);
    return refuse(req, userId, refusal);
  }

  private Response refuse(Request req, String userId, String text) {
    if (req.getRequestType() == RequestType.Command) {
      JsonObject body = new JsonObject();
      body.addProperty("response_type", "ephemeral");
      body.addProperty("text", text);
      return Response.json(200, body.toString());
    }
    String responseUrl = req.getResponseUrl();
    if (responseUrl != null) {
      background.run("refusal", () -> replies.ephemeralText(responseUrl, text));
    } else if (req.getRequestType() == RequestType.Event) {
      String channel = EventFields.channel(req);
      if (channel != null) {
        background.run("refusal", () -> replies.ephemeralInChannel(channel, userId, EventFields.threadTs(req), text));
      }
    }
    return Response.ok();
  }
}
