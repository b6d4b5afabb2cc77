package kith.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;

/** Reads the few fields of an Events API request that middleware needs before a handler sees it. */
final class EventFields {
  private EventFields() {}

  /** The channel of an {@code app_mention} — the only event worth answering with a refusal — else null. */
  static String channel(Request<?> req) {
    JsonObject event = event(req);
    return event != null && "app_mention".equals(text(event, "type")) ? text(event, "channel") : null;
  }

  /** The thread a reply should go to: the event's thread, else the message itself. */
  static String threadTs(Request<?> req) {
    JsonObject event = event(req);
    if (event == null) {
      return null;
    }
    String thread = text(event, "thread_ts");
    return thread != null ? thread : text(event, "ts");
  }

  private static JsonObject event(Request<?> req) {
    if (!(req instanceof EventRequest)) {
      return null;
    }
    JsonElement body = JsonParser.parseString(req.getRequestBodyAsString());
    if (!body.isJsonObject() || !body.getAsJsonObject().has("event")) {
      return null;
    }
    JsonElement event = body.getAsJsonObject().get("event");
    return event.isJsonObject() ? event.getAsJsonObject() : null;
  }

  private static String text(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}
