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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kith.Growth;

/**
 * The JSON of a message Kith answers a request with, written straight from the SDK's block objects. Bolt turns an
 * acknowledgement into JSON with the SDK's Gson, which builds a whole tree of each block by reflection and then
 * prints it: on a /who card that was a third of what the request allocated. The shapes Kith's replies use are
 * written here field by field, with the same names and values as the SDK's Gson writes them (nulls left out); any
 * other shape, or one of these with a field this does not write, goes to the SDK's Gson, so the JSON Slack
 * receives never changes. Pure.
 */
public final class ReplyJson {
  /** Most replies fit: a full card is about 3 KB. */
  private static final int EXPECTED_CHARS = 4096;

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
    AsciiJson json = new AsciiJson(EXPECTED_CHARS);
    json.beginObject();
    optional(json, "response_type", responseType);
    optional(json, "text", text);
    if (blocks != null && !blocks.isEmpty()) {
      json.name("blocks");
      blocks(json, blocks);
    }
    json.endObject();
    return json.toString();
  }

  private static void blocks(AsciiJson json, List<LayoutBlock> blocks) {
    json.beginArray();
    for (LayoutBlock block : blocks) {
      block(json, block);
    }
    json.endArray();
  }

  private static void block(AsciiJson json, LayoutBlock block) {
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

  private static void button(AsciiJson json, ButtonElement button) {
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
  private static void text(AsciiJson json, Object text) {
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

  private static void blockId(AsciiJson json, String blockId) {
    optional(json, "block_id", blockId);
  }

  private static void optional(AsciiJson json, String name, String value) {
    if (value != null) {
      json.name(name).value(value);
    }
  }

  /**
   * JSON collected as ASCII bytes, every other character as JSON's six-character escape (a backslash, {@code u} and
   * four hex digits), which JSON allows inside a string, the only place such characters occur. Each character of a
   * value is looked at once, on its way into the bytes: with Gson's writer and a writer escaping behind it, a card's
   * characters were scanned three times and copied one by one (a sixth of a compiled /who's request thread). One em
   * dash in a card would otherwise make the whole text two bytes a character, copied again on the way out.
   */
  private static final class AsciiJson {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private byte[] bytes;
    private int size;
    /** A value ended just before: the next name or value needs a comma. */
    private boolean afterValue;

    AsciiJson(int capacity) {
      bytes = new byte[capacity];
    }

    AsciiJson beginObject() {
      return open('{');
    }

    AsciiJson endObject() {
      return close('}');
    }

    AsciiJson beginArray() {
      return open('[');
    }

    AsciiJson endArray() {
      return close(']');
    }

    /** A name spelled in this class: ASCII letters and underscores, copied as they are. */
    AsciiJson name(String name) {
      separate();
      put('"');
      ascii(name);
      put('"');
      put(':');
      afterValue = false;
      return this;
    }

    AsciiJson value(String value) {
      separate();
      string(value);
      afterValue = true;
      return this;
    }

    AsciiJson value(boolean value) {
      return raw(value ? "true" : "false");
    }

    /** A value the SDK's Gson wrote: outside its strings JSON is ASCII, so escaping the rest is still the same JSON. */
    AsciiJson raw(String json) {
      separate();
      ascii(json);
      afterValue = true;
      return this;
    }

    @Override
    public String toString() {
      return new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
    }

    private AsciiJson open(char bracket) {
      separate();
      put(bracket);
      afterValue = false;
      return this;
    }

    private AsciiJson close(char bracket) {
      put(bracket);
      afterValue = true;
      return this;
    }

    private void separate() {
      if (afterValue) {
        put(',');
      }
    }

    private void string(String value) {
      int length = value.length();
      room(length + 2);
      bytes[size++] = '"';
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
          bytes[size++] = (byte) c;
        } else {
          room(length - i + 7);
          escape(c);
        }
      }
      bytes[size++] = '"';
    }

    /** Characters as they are, but each one outside ASCII as its escape. */
    private void ascii(String text) {
      int length = text.length();
      room(length);
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          bytes[size++] = (byte) c;
        } else {
          room(length - i + 6);
          escape(c);
        }
      }
    }

    /** The caller has made room for the six bytes of the longest escape. */
    private void escape(char c) {
      bytes[size++] = '\\';
      if (c == '"' || c == '\\') {
        bytes[size++] = (byte) c;
      } else if (c == '\n') {
        bytes[size++] = 'n';
      } else {
        bytes[size++] = 'u';
        bytes[size++] = HEX[c >> 12];
        bytes[size++] = HEX[(c >> 8) & 0xf];
        bytes[size++] = HEX[(c >> 4) & 0xf];
        bytes[size++] = HEX[c & 0xf];
      }
    }

    private void put(char c) {
      room(1);
      bytes[size++] = (byte) c;
    }

    private void room(int more) {
      if (Growth.full(bytes.length, size, more)) {
        bytes = Arrays.copyOf(bytes, Growth.grown(bytes.length, size, more));
      }
    }
  }
}
