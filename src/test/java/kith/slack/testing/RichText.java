package kith.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rich_text block Slack attaches to a typed message: user mentions as user elements, the rest as text. */
public final class RichText {
  private static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

  private RichText() {}

  /** {@code [ {type: rich_text, elements: [ {type: rich_text_section, elements: [...]} ]} ]} for the text. */
  public static JsonArray blocks(String text) {
    JsonArray elements = new JsonArray();
    Matcher mention = USER_MENTION.matcher(text);
    int at = 0;
    while (mention.find()) {
      addText(elements, text.substring(at, mention.start()));
      JsonObject user = new JsonObject();
      user.addProperty("type", "user");
      user.addProperty("user_id", mention.group(1));
      elements.add(user);
      at = mention.end();
    }
    addText(elements, text.substring(at));
    JsonObject section = new JsonObject();
    section.addProperty("type", "rich_text_section");
    section.add("elements", elements);
    JsonArray sections = new JsonArray();
    sections.add(section);
    JsonObject block = new JsonObject();
    block.addProperty("type", "rich_text");
    block.addProperty("block_id", Integer.toString(Math.abs(text.hashCode() % 100_000), 36));
    block.add("elements", sections);
    JsonArray blocks = new JsonArray();
    blocks.add(block);
    return blocks;
  }

  private static void addText(JsonArray elements, String text) {
    if (!text.isEmpty()) {
      JsonObject element = new JsonObject();
      element.addProperty("type", "text");
      element.addProperty("text", text);
      elements.add(element);
    }
  }
}
