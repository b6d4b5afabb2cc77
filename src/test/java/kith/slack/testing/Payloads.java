package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_ID;
import static kith.slack.testing.TestWorkspace.BOT_USER_ID;
import static kith.slack.testing.TestWorkspace.DM_CHANNEL_ID;
import static kith.slack.testing.TestWorkspace.TEAM_DOMAIN;
import static kith.slack.testing.TestWorkspace.TEAM_ID;
import static kith.slack.testing.TestWorkspace.VERIFICATION_TOKEN;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Requests Slack sends to Kith, built on the recorded shapes in {@code payloads/} (see SOURCES.txt there) and filled
 * with the values a test names; everything else takes {@link TestWorkspace}'s ids. Each call returns a fresh object a
 * test may change further.
 */
public final class Payloads {
  /** The block_id of the actions block {@link #blockAction} puts its button in. */
  public static final String ACTIONS_BLOCK_ID = "kith_actions";

  private Payloads() {}

  /** A slash command's form fields, in the order Slack sends them. */
  public static Map<String, String> slashCommand(
      String command, String text, String userId, String channelId, String responseUrl) {
    JsonObject shape = JsonResources.payload("SlashCommandPayload.json");
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : shape.keySet()) {
      String value =
          switch (name) {
            case "token" -> VERIFICATION_TOKEN;
            case "api_app_id" -> APP_ID;
            case "team_id" -> TEAM_ID;
            case "team_domain" -> TEAM_DOMAIN;
            case "channel_id" -> channelId;
            case "channel_name" -> PayloadParts.channelName(channelId);
            case "user_id" -> userId;
            case "user_name" -> PayloadParts.userName(userId);
            case "command" -> command;
            case "text" -> text;
            case "response_url" -> responseUrl;
            case "trigger_id" -> SlackIds.triggerId();
            case "is_enterprise_install" -> "false";
            default -> null; // enterprise_id, enterprise_name: only sent on Enterprise Grid
          };
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  /** A button click on a message Kith posted: a block_actions payload with one button action. */
  public static JsonObject blockAction(
      String actionId, String value, String userId, String channelId, String responseUrl, String messageTs) {
    JsonObject payload = JsonResources.payload("bolt-test.BlockActionTest.realPayload.json");
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    payload.remove("view");
    payload.remove("actions");
    payload.add("enterprise", JsonNull.INSTANCE);
    payload.addProperty("is_enterprise_install", false);
    payload.add("team", PayloadParts.team());
    payload.add("user", PayloadParts.user(userId));
    payload.addProperty("api_app_id", APP_ID);
    payload.addProperty("token", VERIFICATION_TOKEN);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", false);
    payload.add("container", container);
    payload.addProperty("trigger_id", SlackIds.triggerId());
    payload.add("channel", PayloadParts.channel(channelId));

    action.addProperty("action_id", actionId);
    action.addProperty("block_id", ACTIONS_BLOCK_ID);
    action.getAsJsonObject("text").addProperty("text", value);
    action.addProperty("value", value);
    action.remove("style");
    action.addProperty("type", "button");
    action.addProperty("action_ts", SlackIds.newTs());
    payload.add("message", PayloadParts.botMessage(messageTs, PayloadParts.button(actionId, value)));
    JsonObject state = new JsonObject();
    state.add("values", new JsonObject());
    payload.add("state", state);
    payload.addProperty("response_url", responseUrl);
    payload.add("actions", PayloadParts.array(action));
    return payload;
  }

  /** An app_mention event_callback; {@code threadTs} null for a mention outside a thread. */
  public static JsonObject appMention(
      String eventId, String userId, String channelId, String text, String ts, String threadTs) {
    JsonObject event =
        JsonResources.payload("bolt-test.EventTest.appMentionPayload.json").getAsJsonObject("event");
    return event(eventId, userMessage(event, "app_mention", userId, channelId, text, ts, threadTs));
  }

  /**
   * Fills {@code event} with what Slack sends for a message a person typed: {@code type}, the text and its rich-text
   * blocks, author, channel and timestamps; {@code threadTs} null outside a thread.
   */
  public static JsonObject userMessage(
      JsonObject event, String type, String userId, String channelId, String text, String ts, String threadTs) {
    event.addProperty("client_msg_id", UUID.randomUUID().toString());
    event.addProperty("type", type);
    event.addProperty("text", text);
    event.addProperty("user", userId);
    event.addProperty("ts", ts);
    event.addProperty("team", TEAM_ID);
    event.add("blocks", RichText.blocks(text));
    event.addProperty("channel", channelId);
    event.addProperty("event_ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    return event;
  }

  /** An event_callback envelope around any event, as Slack delivers it to an app installed in one workspace. */
  public static JsonObject event(String eventId, JsonObject innerEvent) {
    JsonObject envelope = JsonResources.payload("ReactionAddedPayload.json");
    envelope.addProperty("token", VERIFICATION_TOKEN);
    envelope.addProperty("team_id", TEAM_ID);
    envelope.remove("enterprise_id");
    envelope.addProperty("api_app_id", APP_ID);
    envelope.add("event", innerEvent);
    envelope.addProperty("type", "event_callback");
    envelope.addProperty("event_id", eventId);
    envelope.addProperty("event_time", PayloadParts.eventTime(innerEvent));
    JsonObject authorization = envelope.getAsJsonArray("authorizations").get(0).getAsJsonObject();
    authorization.add("enterprise_id", JsonNull.INSTANCE);
    authorization.addProperty("team_id", TEAM_ID);
    authorization.addProperty("user_id", BOT_USER_ID);
    authorization.addProperty("is_bot", true);
    authorization.addProperty("is_enterprise_install", false);
    envelope.addProperty("is_ext_shared_channel", false);
    envelope.addProperty("event_context", PayloadParts.eventContext(innerEvent));
    envelope.addProperty("context_team_id", TEAM_ID);
    envelope.add("context_enterprise_id", JsonNull.INSTANCE);
    return envelope;
  }

  /** reaction_added on a message; {@code itemUserId} wrote the message. */
  public static JsonObject reactionAdded(
      String eventId, String userId, String reaction, String channel, String messageTs, String itemUserId) {
    return reaction("ReactionAddedPayload.json", eventId, userId, reaction, channel, messageTs, itemUserId);
  }

  /** reaction_removed on a message; {@code itemUserId} wrote the message. */
  public static JsonObject reactionRemoved(
      String eventId, String userId, String reaction, String channel, String messageTs, String itemUserId) {
    return reaction("ReactionRemovedPayload.json", eventId, userId, reaction, channel, messageTs, itemUserId);
  }

  /**
   * A message shortcut (message_action) on a message that {@code userId} also wrote; change {@code message.user} for
   * someone else's message. {@code threadTs} null for a message outside a thread.
   */
  public static JsonObject messageShortcut(
      String callbackId,
      String userId,
      String channelId,
      String messageTs,
      String messageText,
      String threadTs,
      String responseUrl) {
    JsonObject payload = JsonResources.payload("bolt-test.MessageShortcutTest.realPayload.json");
    payload.addProperty("token", VERIFICATION_TOKEN);
    payload.addProperty("action_ts", SlackIds.newTs());
    payload.add("team", PayloadParts.team());
    payload.add("user", PayloadParts.user(userId));
    payload.add("channel", PayloadParts.channel(channelId));
    payload.addProperty("is_enterprise_install", false);
    payload.add("enterprise", JsonNull.INSTANCE);
    payload.addProperty("callback_id", callbackId);
    payload.addProperty("trigger_id", SlackIds.triggerId());
    payload.addProperty("message_ts", messageTs);
    JsonObject message = payload.getAsJsonObject("message");
    message.addProperty("client_msg_id", UUID.randomUUID().toString());
    message.addProperty("text", messageText);
    message.addProperty("user", userId);
    message.addProperty("ts", messageTs);
    message.addProperty("team", TEAM_ID);
    message.add("blocks", RichText.blocks(messageText));
    if (threadTs != null) {
      message.addProperty("thread_ts", threadTs);
    }
    payload.addProperty("response_url", responseUrl);
    return payload;
  }

  /** app_home_opened for the Home tab, the first time (no view published yet). */
  public static JsonObject appHomeOpened(String eventId, String userId) {
    JsonObject event = JsonResources.payload("AppHomeOpenedPayload.json").getAsJsonObject("event");
    event.addProperty("user", userId);
    event.addProperty("channel", DM_CHANNEL_ID);
    event.addProperty("tab", "home");
    event.addProperty("event_ts", SlackIds.newTs());
    event.remove("view");
    return event(eventId, event);
  }

  /** The challenge Slack sends when the request URL is saved in the app's settings. */
  public static JsonObject urlVerification(String challenge) {
    JsonObject payload = new JsonObject();
    payload.addProperty("token", VERIFICATION_TOKEN);
    payload.addProperty("challenge", challenge);
    payload.addProperty("type", "url_verification");
    return payload;
  }

  private static JsonObject reaction(
      String shape, String eventId, String userId, String reaction, String channel, String messageTs,
      String itemUserId) {
    JsonObject event = JsonResources.payload(shape).getAsJsonObject("event");
    event.addProperty("user", userId);
    JsonObject item = event.getAsJsonObject("item");
    item.addProperty("type", "message");
    item.addProperty("channel", channel);
    item.addProperty("ts", messageTs);
    event.addProperty("reaction", reaction);
    event.addProperty("item_user", itemUserId);
    event.addProperty("event_ts", SlackIds.newTs());
    return event(eventId, event);
  }
}
