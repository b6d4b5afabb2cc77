package kith.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The payload shapes in {@code src/test/resources/payloads/}, read once; every caller gets its own copy. */
public final class JsonResources {
  private static final Map<String, JsonObject> SHAPES = new ConcurrentHashMap<>();

  private JsonResources() {}

  /** A fresh copy of {@code payloads/<name>}, free to modify. */
  public static JsonObject payload(String name) {
    return SHAPES.computeIfAbsent(name, JsonResources::read).deepCopy();
  }

  private static JsonObject read(String name) {
    String path = "/payloads/" + name;
    try (InputStream in = JsonResources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        JsonElement parsed = JsonParser.parseReader(reader);
        return parsed.getAsJsonObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }
}
