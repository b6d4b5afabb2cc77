package kith.slack.testing;

import static kith.slack.testing.TestWorkspace.APP_ID;
import static kith.slack.testing.TestWorkspace.BOT_ID;
import static kith.slack.testing.TestWorkspace.BOT_NAME;
import static kith.slack.testing.TestWorkspace.BOT_USER_ID;
import static kith.slack.testing.TestWorkspace.DM_CHANNEL_ID;
import static kith.slack.testing.TestWorkspace.TEAM_ID;
import static kith.slack.testing.TestWorkspace.TEAM_NAME;
import static kith.slack.testing.TestWorkspace.WORKSPACE_URL;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kith.slack.testing.WorkspaceData.Message;

/**
 * The Web API's successful answers, as the SDK parses them, computed from a call's parameters and the workspace
 * data. Unknown methods get {@code {"ok":true}}; lookups of what does not exist get Slack's own error codes.
 */
public final class WebApiAnswers {
  private static final String[] NOT_SENT_ON_SUCCESS = {"error", "warning", "needed", "provided"};

  private final WorkspaceData data;
  private final Supplier<String> socketModeUrl;
  private final MessageJson messageJson;
  private final AtomicInteger viewIds = new AtomicInteger();

  public WebApiAnswers(WorkspaceData data, Supplier<String> socketModeUrl) {
    this.data = data;
    this.socketModeUrl = socketModeUrl;
    this.messageJson = new MessageJson(data);
  }

  public JsonObject answer(String method, JsonObject params) {
    return switch (method) {
      case "auth.test" -> authTest();
      case "chat.postMessage" -> postMessage(params);
      case "chat.postEphemeral" -> postEphemeral();
      case "chat.update" -> update(params);
      case "chat.getPermalink" -> permalink(params);
      case "conversations.open" -> conversationsOpen();
      case "users.info" -> UserJson.usersInfo(data.user(string(params, "user")));
      case "users.lookupByEmail" -> data.userByEmail(string(params, "email"))
          .map(UserJson::lookupByEmail)
          .orElseGet(() -> error("users_not_found"));
      case "usergroups.users.list" -> usergroupMembers(params);
      case "views.publish" -> viewsPublish(params);
      case "reactions.get" -> reactionsGet(params);
      case "conversations.history" -> history(params);
      case "conversations.replies" -> replies(params);
      case "apps.connections.open" -> connectionsOpen();
      default -> ok();
    };
  }

  public static JsonObject ok() {
    JsonObject body = new JsonObject();
    body.addProperty("ok", true);
    return body;
  }

  public static JsonObject error(String error) {
    JsonObject body = new JsonObject();
    body.addProperty("ok", false);
    body.addProperty("error", error);
    return body;
  }

  /** Drops the error-only fields of a recorded shape and marks it ok. */
  static JsonObject succeeded(JsonObject shape) {
    for (String field : NOT_SENT_ON_SUCCESS) {
      shape.remove(field);
    }
    shape.addProperty("ok", true);
    return shape;
  }

  private JsonObject authTest() {
    JsonObject body = succeeded(JsonResources.payload("auth.test.json"));
    body.addProperty("url", WORKSPACE_URL);
    body.addProperty("team", TEAM_NAME);
    body.addProperty("user", BOT_NAME);
    body.addProperty("team_id", TEAM_ID);
    body.addProperty("user_id", BOT_USER_ID);
    body.addProperty("bot_id", BOT_ID);
    body.addProperty("is_enterprise_install", false);
    body.addProperty("app_name", "Kith");
    body.addProperty("app_id", APP_ID);
    // Not part of a single-workspace bot token's answer: Bolt would take them as the request's enterprise.
    body.remove("enterprise_id");
    body.remove("expires_in");
    return body;
  }

  private JsonObject postMessage(JsonObject params) {
    String channel = string(params, "channel");
    // Posting to a user id lands in the DM with them.
    String postedTo = channel != null && (channel.startsWith("U") || channel.startsWith("W")) ? DM_CHANNEL_ID : channel;
    String ts = SlackIds.newTs();
    JsonObject body = ok();
    body.addProperty("channel", postedTo);
    body.addProperty("ts", ts);
    body.add("message", botMessage(params, ts));
    return body;
  }

  private static JsonObject postEphemeral() {
    JsonObject body = succeeded(JsonResources.payload("chat.postEphemeral.json"));
    body.addProperty("message_ts", SlackIds.newTs());
    return body;
  }

  private JsonObject update(JsonObject params) {
    String ts = string(params, "ts");
    JsonObject body = ok();
    body.addProperty("channel", string(params, "channel"));
    body.addProperty("ts", ts);
    body.addProperty("text", orEmpty(string(params, "text")));
    body.add("message", botMessage(params, ts));
    return body;
  }

  private static JsonObject permalink(JsonObject params) {
    String channel = string(params, "channel");
    JsonObject body = succeeded(JsonResources.payload("chat.getPermalink.json"));
    body.addProperty("channel", channel);
    body.addProperty(
        "permalink",
        WORKSPACE_URL + "archives/" + channel + "/" + SlackIds.permalinkTs(string(params, "message_ts")));
    return body;
  }

  private static JsonObject conversationsOpen() {
    JsonObject channel = new JsonObject();
    channel.addProperty("id", DM_CHANNEL_ID);
    JsonObject body = ok();
    body.addProperty("no_op", true);
    body.addProperty("already_open", true);
    body.add("channel", channel);
    return body;
  }

  private JsonObject usergroupMembers(JsonObject params) {
    return data.usergroupMembers(string(params, "usergroup"))
        .map(members -> {
          JsonObject body = ok();
          body.add("users", strings(members));
          return body;
        })
        .orElseGet(() -> error("no_such_subteam"));
  }

  private JsonObject viewsPublish(JsonObject params) {
    JsonObject view = params.has("view") && params.get("view").isJsonObject()
        ? params.getAsJsonObject("view").deepCopy()
        : new JsonObject();
    view.addProperty("id", "VKITH" + viewIds.incrementAndGet());
    view.addProperty("team_id", TEAM_ID);
    view.addProperty("app_id", APP_ID);
    view.addProperty("app_installed_team_id", TEAM_ID);
    view.addProperty("bot_id", BOT_ID);
    view.addProperty("hash", SlackIds.newTs().replace('.', '-'));
    JsonObject body = ok();
    body.add("view", view);
    return body;
  }

  private JsonObject reactionsGet(JsonObject params) {
    String channel = string(params, "channel");
    return data.message(channel, string(params, "timestamp"))
        .map(message -> {
          JsonObject body = ok();
          body.addProperty("type", "message");
          body.addProperty("channel", channel);
          body.add("message", messageJson.of(message));
          return body;
        })
        .orElseGet(() -> error("message_not_found"));
  }

  private JsonObject history(JsonObject params) {
    boolean inclusive = flag(params, "inclusive");
    String latest = string(params, "latest");
    String oldest = string(params, "oldest");
    int limit = params.has("limit") ? Integer.parseInt(string(params, "limit")) : 100;
    List<Message> window = data.history(string(params, "channel")).stream()
        .filter(m -> latest == null || before(m.ts(), latest, inclusive))
        .filter(m -> oldest == null || before(oldest, m.ts(), inclusive))
        .toList();
    JsonObject body = ok();
    body.add("messages", messageJson.array(window.subList(0, Math.min(limit, window.size()))));
    body.addProperty("has_more", window.size() > limit);
    body.addProperty("pin_count", 0);
    body.add("response_metadata", nextCursor());
    return body;
  }

  private JsonObject replies(JsonObject params) {
    String channel = string(params, "channel");
    String ts = string(params, "ts");
    String rootTs = data.message(channel, ts).map(Message::rootTs).orElse(ts);
    List<Message> thread = data.thread(channel, rootTs);
    if (thread.isEmpty()) {
      return error("thread_not_found");
    }
    JsonObject body = ok();
    body.add("messages", messageJson.array(thread));
    body.addProperty("has_more", false);
    body.add("response_metadata", nextCursor());
    return body;
  }

  private JsonObject connectionsOpen() {
    String url = socketModeUrl.get();
    if (url == null) {
      return error("socket_mode_stand_in_not_attached");
    }
    JsonObject body = ok();
    body.addProperty("url", url);
    return body;
  }

  private static JsonObject botMessage(JsonObject params, String ts) {
    JsonObject message = new JsonObject();
    message.addProperty("bot_id", BOT_ID);
    message.addProperty("type", "message");
    message.addProperty("text", orEmpty(string(params, "text")));
    message.addProperty("user", BOT_USER_ID);
    message.addProperty("ts", ts);
    message.addProperty("app_id", APP_ID);
    message.addProperty("team", TEAM_ID);
    for (String field : new String[] {"blocks", "attachments", "metadata"}) {
      if (params.has(field) && !params.get(field).isJsonPrimitive()) {
        message.add(field, params.get(field).deepCopy());
      }
    }
    String threadTs = string(params, "thread_ts");
    if (threadTs != null) {
      message.addProperty("thread_ts", threadTs);
      message.addProperty("parent_user_id", BOT_USER_ID);
    }
    return message;
  }

  private static JsonObject nextCursor() {
    JsonObject metadata = new JsonObject();
    metadata.addProperty("next_cursor", "");
    return metadata;
  }

  /** Whether {@code a} comes before {@code b} ({@code a <= b} when inclusive). */
  private static boolean before(String a, String b, boolean inclusive) {
    int order = new BigDecimal(a).compareTo(new BigDecimal(b));
    return inclusive ? order <= 0 : order < 0;
  }

  private static boolean flag(JsonObject params, String name) {
    String value = string(params, name);
    return "true".equals(value) || "1".equals(value);
  }

  /** A parameter as text (JSON when it is not a primitive), or null when absent. */
  public static String string(JsonObject params, String name) {
    JsonElement value = params.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    return value.isJsonPrimitive() ? value.getAsString() : value.toString();
  }

  static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
