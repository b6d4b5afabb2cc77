package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kith.slack.ReplyJson;

/**
 * Blocks as Slack receives them (the SDK's own Gson), compared with golden files as parsed JSON trees.
 * Each is also written by {@link ReplyJson}, which must give the same tree, as an acknowledgement sends them.
 * {@code -Dgolden.update=true} rewrites the files from the renderer and fails, so a rewrite is always read by eye.
 */
public final class SlackGolden {
  private static final Gson SLACK = GsonFactory.createSnakeCase();
  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private SlackGolden() {}

  public static JsonElement tree(List<LayoutBlock> blocks) {
    return JsonParser.parseString(SLACK.toJson(blocks));
  }

  public static void assertGolden(String name, List<LayoutBlock> blocks) {
    JsonElement actual = tree(blocks);
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.writeString(Path.of("src/test/resources/golden", name), PRETTY.toJson(actual) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      fail("rewrote golden/" + name + ": read it, then run again without -Dgolden.update");
    }
    try (InputStream in = SlackGolden.class.getResourceAsStream("/golden/" + name)) {
      assertNotNull(in, "no golden/" + name);
      JsonElement expected = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(expected, actual, () -> "differs from golden/" + name + ", rendered:\n" + PRETTY.toJson(actual));
      JsonElement written = JsonParser.parseString(ReplyJson.message(null, null, blocks)).getAsJsonObject()
          .get("blocks");
      assertEquals(expected, written, () -> "ReplyJson writes golden/" + name + " otherwise:\n" + PRETTY.toJson(written));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every string value anywhere in the tree, so no check depends on how Gson escapes {@code <}. */
  public static List<String> strings(JsonElement element) {
    List<String> out = new ArrayList<>();
    collect(element, out);
    return out;
  }

  private static void collect(JsonElement element, List<String> out) {
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      out.add(element.getAsString());
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, out));
    } else if (element.isJsonObject()) {
      element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), out));
    }
  }

  /** The blocks of a rendering, as JSON objects. */
  public static List<JsonObject> blocks(List<LayoutBlock> blocks) {
    List<JsonObject> out = new ArrayList<>();
    tree(blocks).getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject()));
    return out;
  }

  /** The buttons of the rendering's actions blocks, in order. */
  public static List<JsonObject> buttons(List<LayoutBlock> blocks) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject block : blocks(blocks)) {
      if (block.get("type").getAsString().equals("actions")) {
        block.getAsJsonArray("elements").forEach(e -> out.add(e.getAsJsonObject()));
      }
    }
    return out;
  }

  public static List<String> actionIds(List<LayoutBlock> blocks) {
    return buttons(blocks).stream().map(b -> b.get("action_id").getAsString()).toList();
  }

  public static List<String> values(List<LayoutBlock> blocks) {
    return buttons(blocks).stream().map(b -> b.get("value").getAsString()).toList();
  }

  /** The text of every section and context element, in order. */
  public static List<String> texts(List<LayoutBlock> blocks) {
    List<String> out = new ArrayList<>();
    for (JsonObject block : blocks(blocks)) {
      switch (block.get("type").getAsString()) {
        case "section", "header" -> out.add(block.getAsJsonObject("text").get("text").getAsString());
        case "context" -> block.getAsJsonArray("elements")
            .forEach(e -> out.add(e.getAsJsonObject().get("text").getAsString()));
        default -> { }
      }
    }
    return out;
  }
}
