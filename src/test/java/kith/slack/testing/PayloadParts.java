package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_ID;
import static kith.slack.testing.TestWorkspace.BOT_ID;
import static kith.slack.testing.TestWorkspace.BOT_USER_ID;
import static kith.slack.testing.TestWorkspace.TEAM_DOMAIN;
import static kith.slack.testing.TestWorkspace.TEAM_ID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/** The pieces {@link Payloads} assembles: team, user and channel objects, a bot message with a button, ids. */
public final class PayloadParts {
  private PayloadParts() {}

  public static JsonObject botMessage(String ts, JsonObject button) {
    JsonObject actions = new JsonObject();
    actions.addProperty("type", "actions");
    actions.addProperty("block_id", Payloads.ACTIONS_BLOCK_ID);
    actions.add("elements", array(button));
    JsonObject message = new JsonObject();
    message.addProperty("bot_id", BOT_ID);
    message.addProperty("type", "message");
    message.addProperty("text", "This content can't be displayed.");
    message.addProperty("user", BOT_USER_ID);
    message.addProperty("ts", ts);
    message.addProperty("app_id", APP_ID);
    message.addProperty("team", TEAM_ID);
    message.add("blocks", array(actions));
    return message;
  }

  public static JsonObject button(String actionId, String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    text.addProperty("emoji", true);
    JsonObject button = new JsonObject();
    button.addProperty("type", "button");
    button.addProperty("action_id", actionId);
    button.add("text", text);
    button.addProperty("value", value);
    return button;
  }

  public static JsonObject team() {
    JsonObject team = new JsonObject();
    team.addProperty("id", TEAM_ID);
    team.addProperty("domain", TEAM_DOMAIN);
    return team;
  }

  public static JsonObject user(String userId) {
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("username", userName(userId));
    user.addProperty("name", userName(userId));
    user.addProperty("team_id", TEAM_ID);
    return user;
  }

  public static JsonObject channel(String channelId) {
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    channel.addProperty("name", channelName(channelId));
    return channel;
  }

  /** The names Slack gives in payloads: its own for DMs and private groups, a made-up one otherwise. */
  public static String channelName(String channelId) {
    if (channelId.startsWith("D")) {
      return "directmessage";
    }
    if (channelId.startsWith("G")) {
      return "privategroup";
    }
    return "channel-" + channelId.toLowerCase(Locale.ROOT);
  }

  public static String userName(String userId) {
    return userId.toLowerCase(Locale.ROOT);
  }

  public static long eventTime(JsonObject event) {
    for (String field : new String[] {"event_ts", "ts"}) {
      if (event.has(field) && event.get(field).isJsonPrimitive()) {
        return Long.parseLong(event.get(field).getAsString().split("\\.")[0]);
      }
    }
    return Instant.now().getEpochSecond();
  }

  /** Slack's event_context is opaque to apps; it is a base64 JSON of the event's coordinates. */
  public static String eventContext(JsonObject event) {
    JsonObject context = new JsonObject();
    context.addProperty("et", event.has("type") ? event.get("type").getAsString() : "");
    context.addProperty("tid", TEAM_ID);
    context.addProperty("aid", APP_ID);
    if (event.has("channel") && event.get("channel").isJsonPrimitive()) {
      context.addProperty("cid", event.get("channel").getAsString());
    }
    return "4-" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(context.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static JsonArray array(JsonObject... elements) {
    JsonArray array = new JsonArray();
    for (JsonObject element : elements) {
      array.add(element);
    }
    return array;
  }
}
