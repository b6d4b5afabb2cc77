package kith.slack;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
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
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON of a message Kith answers a request with, written straight from the SDK's block objects. Bolt turns an
 * acknowledgement into JSON with the SDK's Gson, which builds a whole tree of each block by reflection and then
 * prints it: on a /who card that was a third of what the request allocated. The shapes Kith's replies use are
 * written here field by field, exactly as the SDK's Gson writes them (nulls left out); any other shape, or one of
 * these with a field this does not write, goes to the SDK's Gson, so the JSON Slack receives never changes. Pure.
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
    AsciiOut out = new AsciiOut(EXPECTED_CHARS);
    try (JsonWriter json = new JsonWriter(out)) {
      json.beginObject();
      if (responseType != null) {
        json.name("response_type").value(responseType);
      }
      if (text != null) {
        json.name("text").value(text);
      }
      if (blocks != null && !blocks.isEmpty()) {
        json.name("blocks");
        blocks(json, blocks);
      }
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toString();
  }

  private static void blocks(JsonWriter json, List<LayoutBlock> blocks) throws IOException {
    json.beginArray();
    for (LayoutBlock block : blocks) {
      block(json, block);
    }
    json.endArray();
  }

  private static void block(JsonWriter json, LayoutBlock block) throws IOException {
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
      SdkGson.GSON.toJson(block, LayoutBlock.class, json);
    }
  }

  private static void button(JsonWriter json, ButtonElement button) throws IOException {
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
  private static void text(JsonWriter json, Object text) throws IOException {
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

  private static void blockId(JsonWriter json, String blockId) throws IOException {
    optional(json, "block_id", blockId);
  }

  private static void optional(JsonWriter json, String name, String value) throws IOException {
    if (value != null) {
      json.name(name).value(value);
    }
  }

  /**
   * Collects the JSON as ASCII, every other character as JSON's six-character escape (a backslash, {@code u}
   * and four hex digits), which JSON allows inside a string, the only place such characters occur. One em dash
   * in a card would otherwise make the whole text two bytes a character, copied again on the way out.
   */
  private static final class AsciiOut extends Writer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final StringBuilder text;

    AsciiOut(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
      put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      write(CharBuffer.wrap(chars), offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      write((CharSequence) string, offset, length);
    }

    /** Appends runs of ASCII whole, escaping what lies between them. */
    private void write(CharSequence chars, int offset, int length) {
      int run = offset;
      for (int i = offset; i < offset + length; i++) {
        if (chars.charAt(i) >= 0x80) {
          text.append(chars, run, i);
          put(chars.charAt(i));
          run = i + 1;
        }
      }
      text.append(chars, run, offset + length);
    }

    private void put(char c) {
      if (c < 0x80) {
        text.append(c);
      } else {
        text.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
