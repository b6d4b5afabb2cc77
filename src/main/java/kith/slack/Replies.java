package kith.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Kith answers in Slack after the acknowledgement: through a {@code response_url} (ephemeral, replacing
 * the original, or visible in the channel), or through the Web API (ephemeral in a thread, a thread reply, a DM).
 */
public final class Replies {
  private static final Logger log = LoggerFactory.getLogger(Replies.class);
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private final Slack slack;
  private final SlackApi api;

  public Replies(Slack slack, SlackApi api) {
    this.slack = slack;
    this.api = api;
  }

  /** How a response_url message is shown. */
  public enum Mode {
    EPHEMERAL,
    REPLACE_ORIGINAL,
    IN_CHANNEL
  }

  public void ephemeralText(String responseUrl, String text) {
    respond(responseUrl, Mode.EPHEMERAL, List.of(), text);
  }

  /** Posts to a response_url; retried once on a rate limit, since Slack did not take it then. */
  public void respond(String responseUrl, Mode mode, List<LayoutBlock> blocks, String text) {
    JsonObject body = new JsonObject();
    body.addProperty("response_type", mode == Mode.IN_CHANNEL ? "in_channel" : "ephemeral");
    body.addProperty("replace_original", mode == Mode.REPLACE_ORIGINAL);
    body.addProperty("text", text);
    if (!blocks.isEmpty()) {
      body.add("blocks", GSON.toJsonTree(blocks));
    }
    // A request's thread waits on Slack without its turn (RequestTurn).
    RequestTurn.whileWaiting(() -> {
      post(responseUrl, body.toString());
      return null;
    });
  }

  private void post(String responseUrl, String body) {
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        WebhookResponse response = slack.send(responseUrl, body);
        if (response.getCode() == 200) {
          return;
        }
        log.warn("response_url answered HTTP {}: {}", response.getCode(), response.getBody());
        if (response.getCode() != 429) {
          throw new SlackCallException("response_url", "HTTP " + response.getCode(), null);
        }
      } catch (IOException e) {
        throw new SlackCallException("response_url", "network: " + e.getClass().getSimpleName(), e);
      }
    }
    throw new SlackCallException("response_url", "HTTP 429", null);
  }

  public void ephemeralInChannel(String channel, String userId, String threadTs, String text) {
    ephemeralInChannel(channel, userId, threadTs, List.of(), text);
  }

  public void ephemeralInChannel(String channel, String userId, String threadTs, List<LayoutBlock> blocks,
      String text) {
    api.call("chat.postEphemeral", SlackApi.Safety.NOT_IDEMPOTENT, methods -> methods.chatPostEphemeral(r -> r
        .channel(channel).user(userId).threadTs(threadTs).text(text).blocks(blocks.isEmpty() ? null : blocks)));
  }

  /** A visible message in a channel or thread. */
  public String post(String channel, String threadTs, List<LayoutBlock> blocks, String text) {
    return api.call("chat.postMessage", SlackApi.Safety.NOT_IDEMPOTENT, methods -> methods.chatPostMessage(r -> r
        .channel(channel).threadTs(threadTs).text(text).blocks(blocks.isEmpty() ? null : blocks)
        .unfurlLinks(false).unfurlMedia(false))).getTs();
  }

  /** A direct message from Kith to {@code userId}. */
  public String directMessage(String userId, List<LayoutBlock> blocks, String text) {
    String channel = api.call("conversations.open", SlackApi.Safety.IDEMPOTENT,
        methods -> methods.conversationsOpen(r -> r.users(List.of(userId)))).getChannel().getId();
    return post(channel, null, blocks, text);
  }
}
