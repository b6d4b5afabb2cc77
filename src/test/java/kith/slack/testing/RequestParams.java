package kith.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A Web API call's parameters as one JSON object, however the SDK sent them: form fields (most methods), a JSON body
 * (some methods), or a query string. Form fields that carry JSON — {@code blocks}, {@code attachments}, {@code view}…
 * — are parsed, so tests compare trees rather than strings.
 */
public final class RequestParams {
  /** Form fields whose value the Web API documents as a JSON string. */
  public static final Set<String> JSON_FIELDS =
      Set.of("blocks", "attachments", "view", "metadata", "unfurls", "user_auth_blocks", "options", "inputs");

  private RequestParams() {}

  public static JsonObject parse(String contentType, String body, String rawQuery) {
    JsonObject params = new JsonObject();
    addForm(params, rawQuery);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String trimmed = body == null ? "" : body.strip();
    if (type.startsWith("application/json") || (!type.contains("form") && trimmed.startsWith("{"))) {
      if (!trimmed.isEmpty()) {
        JsonParser.parseString(trimmed).getAsJsonObject().entrySet()
            .forEach(entry -> params.add(entry.getKey(), entry.getValue()));
      }
    } else {
      addForm(params, body);
    }
    return params;
  }

  private static void addForm(JsonObject params, String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      params.add(name, JSON_FIELDS.contains(name) ? jsonOrString(value) : new JsonPrimitive(value));
    }
  }

  private static JsonElement jsonOrString(String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      try {
        return JsonParser.parseString(trimmed);
      } catch (JsonParseException e) {
        // Not JSON after all: keep the text, as Slack would reject it with invalid_blocks and so on.
      }
    }
    return new JsonPrimitive(value);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
