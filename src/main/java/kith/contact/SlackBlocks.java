package kith.contact;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;

/**
 * The few Block Kit shapes the /who replies use, each holding Block Kit's limits whatever it is given. Texts come
 * in already escaped ({@link SlackText#clip}); these only make sure they are not too long.
 */
final class SlackBlocks {
  static final int HEADER_LIMIT = 150;
  static final int BUTTON_TEXT_LIMIT = 75;
  static final int BUTTON_VALUE_LIMIT = 2000;
  static final int CONTEXT_ELEMENTS_LIMIT = 10;

  private SlackBlocks() {}

  /**
   * Mrkdwn that Slack shows as written: {@code verbatim} stops it turning bare names of channels and mentions in
   * note text into links; our own {@code <url|label>} and {@code <@U…>} still work.
   */
  static MarkdownTextObject mrkdwn(String text) {
    return MarkdownTextObject.builder().text(fit(text, SlackText.SECTION_LIMIT)).verbatim(true).build();
  }

  static SectionBlock section(String mrkdwnText) {
    return Blocks.section(s -> s.text(mrkdwn(mrkdwnText)));
  }

  static HeaderBlock header(String escapedText) {
    return Blocks.header(h -> h.text(plainText(fit(escapedText, HEADER_LIMIT), true)));
  }

  static ContextBlock context(List<String> mrkdwnTexts) {
    List<ContextBlockElement> elements = mrkdwnTexts.stream()
        .limit(CONTEXT_ELEMENTS_LIMIT)
        .<ContextBlockElement>map(SlackBlocks::mrkdwn)
        .toList();
    return Blocks.context(elements);
  }

  static ContextBlock context(String mrkdwnText) {
    return context(List.of(mrkdwnText));
  }

  static ButtonElement button(String actionId, String escapedLabel, String value) {
    if (value.length() > BUTTON_VALUE_LIMIT) {
      throw new IllegalArgumentException("button value longer than " + BUTTON_VALUE_LIMIT);
    }
    String label = fit(escapedLabel, BUTTON_TEXT_LIMIT);
    return BlockElements.button(b -> b.actionId(actionId).text(plainText(label, true)).value(value));
  }

  static ActionsBlock actions(String blockId, List<BlockElement> buttons) {
    return Blocks.actions(a -> a.blockId(blockId).elements(buttons));
  }

  /** The last guard: a text that got here too long is cut, never sent. */
  private static String fit(String text, int limit) {
    return text.length() <= limit ? text : SlackText.truncate(text, limit);
  }
}
