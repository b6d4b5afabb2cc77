package kith.web;

import static kith.slack.testing.TestWorkspace.APP_ID;
import static kith.slack.testing.TestWorkspace.VERIFICATION_TOKEN;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;
import kith.decision.DecisionIds;
import kith.slack.testing.PayloadParts;
import kith.slack.testing.Payloads;

/**
 * The decision requests {@link Payloads} has no builder for, in the shapes Slack sends: a thread reply as a
 * {@code message} event, a choice in the confirmation's people select, and the select's search as the user types.
 */
final class DecisionPayloads {
  private DecisionPayloads() {}

  /** A {@code message} event for a reply {@code ts} in the thread of {@code threadTs}, by a person (no bot_id). */
  static JsonObject threadReply(
      String eventId, String userId, String channel, String ts, String threadTs, String parentUserId, String text) {
    JsonObject event = Payloads.userMessage(new JsonObject(), "message", userId, channel, text, ts, threadTs);
    event.addProperty("parent_user_id", parentUserId);
    event.addProperty("channel_type", "channel");
    return Payloads.event(eventId, event);
  }

  /**
   * block_actions from the multi_external_select of decision {@code decisionId}'s confirmation, with
   * {@code chosen} (contact id → label) selected after the change.
   */
  static JsonObject peopleChosen(
      long decisionId, Map<Long, String> chosen, String userId, String channel, String responseUrl,
      String confirmationTs) {
    JsonObject payload = Payloads.blockAction(DecisionIds.PEOPLE, "unused", userId, channel, responseUrl,
        confirmationTs);
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    String blockId = DecisionIds.PEOPLE + ":" + decisionId;
    action.remove("text");
    action.remove("value");
    action.addProperty("type", "multi_external_select");
    action.addProperty("block_id", blockId);
    JsonArray options = new JsonArray();
    chosen.forEach((contactId, label) -> options.add(option(String.valueOf(contactId), label)));
    action.add("selected_options", options);

    JsonObject selected = new JsonObject();
    selected.addProperty("type", "multi_external_select");
    selected.add("selected_options", options.deepCopy());
    JsonObject block = new JsonObject();
    block.add(DecisionIds.PEOPLE, selected);
    payload.getAsJsonObject("state").getAsJsonObject("values").add(blockId, block);
    return payload;
  }

  /** block_suggestion: the people select of decision {@code decisionId} asks for options matching {@code typed}. */
  static JsonObject peopleSuggestion(
      long decisionId, String typed, String userId, String channel, String confirmationTs) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_suggestion");
    payload.add("user", PayloadParts.user(userId));
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", confirmationTs);
    container.addProperty("channel_id", channel);
    container.addProperty("is_ephemeral", false);
    payload.add("container", container);
    payload.addProperty("api_app_id", APP_ID);
    payload.addProperty("token", VERIFICATION_TOKEN);
    payload.addProperty("action_id", DecisionIds.PEOPLE);
    payload.addProperty("block_id", DecisionIds.PEOPLE + ":" + decisionId);
    payload.addProperty("value", typed);
    payload.add("team", PayloadParts.team());
    payload.add("enterprise", JsonNull.INSTANCE);
    payload.addProperty("is_enterprise_install", false);
    payload.add("channel", PayloadParts.channel(channel));
    return payload;
  }

  private static JsonObject option(String value, String label) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", label);
    text.addProperty("emoji", true);
    JsonObject option = new JsonObject();
    option.add("text", text);
    option.addProperty("value", value);
    return option;
  }
}
