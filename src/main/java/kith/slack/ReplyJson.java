package kith.slack;

import com.google.gson.Gson;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import kith.JsonText;

/**
 * The JSON of a message Kith answers a request with, written straight from the SDK's block objects. Bolt turns an
 * acknowledgement into JSON with the SDK's Gson, which builds a whole tree of each block by reflection and then
 * prints it: on a /who card that was a third of what the request allocated. The shapes Kith's replies use are
 * written here field by field, with the same names and values as the SDK's Gson writes them (nulls left out); any
 * other shape, or one of these with a field this does not write, goes to the SDK's Gson, so the JSON Slack
 * receives never changes. Written as ASCII ({@link JsonText.Escapes#ASCII}). Pure.
 */
public final class ReplyJson {
  private ReplyJson() {}

  /**
   * The SDK's Gson, built only when a reply has a shape this does not write: no reply of Kith's has one, so the
   * first /who after start-up does not build one more Gson with the SDK's many type adapters for nothing.
   */
  private static final class SdkGson {
    static final Gson GSON = GsonFactory.createSnakeCase();
  }

  /** Acknowledges a request with a message only the asker sees: what {@code ctx.ack(r -> …)} sends, cheaper. */
  public static Response ephemeralAck(String text, List<LayoutBlock> blocks) {
    return Response.json(200, message("ephemeral", text, blocks));
  }

  /**
   * {@code {"response_type":…,"text":…,"blocks":[…]}}; no {@code blocks} when there are none, and no
   * {@code response_type} when it is null (Slack's default then: only the asker sees it).
   */
  public static String message(String responseType, String text, List<LayoutBlock> blocks) {
    return JsonText.write(JsonText.Escapes.ASCII, json -> {
      json.beginObject();
      optional(json, "response_type", responseType);
      optional(json, "text", text);
      if (blocks != null && !blocks.isEmpty()) {
        json.name("blocks");
        blocks(json, blocks);
      }
      json.endObject();
    });
  }

  private static void blocks(JsonText json, List<LayoutBlock> blocks) {
    json.beginArray();
    for (LayoutBlock block : blocks) {
      block(json, block);
    }
    json.endArray();
  }

  private static void block(JsonText json, LayoutBlock block) {
    if (block instanceof SectionBlock section && section.getFields() == null && section.getAccessory() == null
        && section.getExpand() == null && isWritten(section.getText())) {
      json.beginObject().name("type").value(section.getType());
      if (section.getText() != null) {
        json.name("text");
        text(json, section.getText());
      }
      blockId(json, section.getBlockId());
      json.endObject();
    } else if (block instanceof HeaderBlock header) {
      json.beginObject().name("type").value(header.getType());
      blockId(json, header.getBlockId());
      if (header.getText() != null) {
        json.name("text");
        text(json, header.getText());
      }
      json.endObject();
    } else if (block instanceof ContextBlock context && allWritten(context.getElements())) {
      json.beginObject().name("type").value(context.getType());
      if (context.getElements() != null) {
        json.name("elements").beginArray();
        for (ContextBlockElement element : context.getElements()) {
          text(json, element);
        }
        json.endArray();
      }
      blockId(json, context.getBlockId());
      json.endObject();
    } else if (block instanceof DividerBlock divider) {
      json.beginObject().name("type").value(divider.getType());
      blockId(json, divider.getBlockId());
      json.endObject();
    } else if (block instanceof ActionsBlock actions && allButtons(actions.getElements())) {
      json.beginObject().name("type").value(actions.getType());
      if (actions.getElements() != null) {
        json.name("elements").beginArray();
        for (BlockElement element : actions.getElements()) {
          button(json, (ButtonElement) element);
        }
        json.endArray();
      }
      blockId(json, actions.getBlockId());
      json.endObject();
    } else {
      json.raw(SdkGson.GSON.toJson(block, LayoutBlock.class));
    }
  }

  private static void button(JsonText json, ButtonElement button) {
    json.beginObject().name("type").value(button.getType());
    if (button.getText() != null) {
      json.name("text");
      text(json, button.getText());
    }
    optional(json, "action_id", button.getActionId());
    optional(json, "url", button.getUrl());
    optional(json, "value", button.getValue());
    optional(json, "style", button.getStyle());
    optional(json, "accessibility_label", button.getAccessibilityLabel());
    json.endObject();
  }

  /** Plain or mrkdwn text; {@link #isWritten} says which objects get here. */
  private static void text(JsonText json, Object text) {
    if (text instanceof MarkdownTextObject markdown) {
      json.beginObject().name("type").value(markdown.getType());
      optional(json, "text", markdown.getText());
      if (markdown.getVerbatim() != null) {
        json.name("verbatim").value(markdown.getVerbatim());
      }
      json.endObject();
    } else {
      PlainTextObject plain = (PlainTextObject) text;
      json.beginObject().name("type").value(plain.getType());
      optional(json, "text", plain.getText());
      if (plain.getEmoji() != null) {
        json.name("emoji").value(plain.getEmoji());
      }
      json.endObject();
    }
  }

  private static boolean isWritten(Object text) {
    return text == null || text instanceof MarkdownTextObject || text instanceof PlainTextObject;
  }

  private static boolean allWritten(List<ContextBlockElement> elements) {
    if (elements != null) {
      for (ContextBlockElement element : elements) {
        if (element == null || !isWritten(element)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Buttons without a confirmation dialogue, the only element Kith's replies put in an actions block. */
  private static boolean allButtons(List<BlockElement> elements) {
    if (elements != null) {
      for (BlockElement element : elements) {
        if (!(element instanceof ButtonElement button) || button.getConfirm() != null) {
          return false;
        }
      }
    }
    return true;
  }

  private static void blockId(JsonText json, String blockId) {
    optional(json, "block_id", blockId);
  }

  private static void optional(JsonText json, String name, String value) {
    if (value != null) {
      json.name(name).value(value);
    }
  }
}
