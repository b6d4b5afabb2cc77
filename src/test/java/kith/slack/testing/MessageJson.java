package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_ID;
import static kith.slack.testing.TestWorkspace.BOT_ID;
import static kith.slack.testing.TestWorkspace.BOT_USER_ID;
import static kith.slack.testing.TestWorkspace.TEAM_ID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.slack.testing.WorkspaceData.Message;

/**
 * A stored message as conversations.history, conversations.replies and reactions.get return it: with its blocks,
 * its thread summary (parents) or parent (replies), and its reactions.
 */
public final class MessageJson {
  private final WorkspaceData data;

  public MessageJson(WorkspaceData data) {
    this.data = data;
  }

  public JsonArray array(List<Message> messages) {
    JsonArray array = new JsonArray();
    messages.forEach(message -> array.add(of(message)));
    return array;
  }

  public JsonObject of(Message message) {
    JsonObject json = new JsonObject();
    json.addProperty("type", "message");
    if (BOT_USER_ID.equals(message.user())) {
      json.addProperty("bot_id", BOT_ID);
      json.addProperty("app_id", APP_ID);
    } else {
      byte[] identity = (message.channel() + message.ts()).getBytes(StandardCharsets.UTF_8);
      json.addProperty("client_msg_id", UUID.nameUUIDFromBytes(identity).toString());
    }
    json.addProperty("text", message.text());
    json.addProperty("user", message.user());
    json.addProperty("ts", message.ts());
    json.addProperty("team", TEAM_ID);
    json.add("blocks", RichText.blocks(message.text()));
    if (message.threadTs() != null) {
      json.addProperty("thread_ts", message.threadTs());
    }
    if (message.isReply()) {
      data.message(message.channel(), message.threadTs())
          .ifPresent(parent -> json.addProperty("parent_user_id", parent.user()));
    } else {
      addThreadSummary(json, message);
    }
    addReactions(json, data.reactions(message.channel(), message.ts()));
    return json;
  }

  private static void addReactions(JsonObject json, Map<String, List<String>> reactions) {
    if (reactions.isEmpty()) {
      return;
    }
    JsonArray array = new JsonArray();
    reactions.forEach((name, users) -> {
      JsonObject reaction = new JsonObject();
      reaction.addProperty("name", name);
      reaction.add("users", WebApiAnswers.strings(users));
      reaction.addProperty("count", users.size());
      array.add(reaction);
    });
    json.add("reactions", array);
  }

  private void addThreadSummary(JsonObject json, Message parent) {
    List<Message> replies = data.thread(parent.channel(), parent.ts()).stream().filter(Message::isReply).toList();
    if (replies.isEmpty()) {
      return;
    }
    json.addProperty("thread_ts", parent.ts());
    json.addProperty("reply_count", replies.size());
    List<String> replyUsers = replies.stream().map(Message::user).distinct().toList();
    json.addProperty("reply_users_count", replyUsers.size());
    json.addProperty("latest_reply", replies.get(replies.size() - 1).ts());
    json.add("reply_users", WebApiAnswers.strings(replyUsers));
  }
}
