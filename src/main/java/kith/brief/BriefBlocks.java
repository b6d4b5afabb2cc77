package kith.brief;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.List;
import kith.contact.SlackText;

/**
 * The Block Kit shapes of a brief, each holding Block Kit's limits whatever it is given. Texts come in escaped;
 * these only make sure they are short enough.
 */
final class BriefBlocks {
  static final int MESSAGE_LIMIT = 50;
  static final int HEADER_LIMIT = 150;
  static final int CONTEXT_ELEMENTS_LIMIT = 10;

  private BriefBlocks() {}

  static LayoutBlock header(String escapedText) {
    return Blocks.header(h -> h.text(plainText(fit(escapedText, HEADER_LIMIT), true)));
  }

  static LayoutBlock section(String mrkdwnText) {
    return Blocks.section(s -> s.text(mrkdwn(mrkdwnText)));
  }

  static LayoutBlock context(List<String> mrkdwnTexts) {
    List<ContextBlockElement> elements = mrkdwnTexts.stream()
        .limit(CONTEXT_ELEMENTS_LIMIT)
        .<ContextBlockElement>map(BriefBlocks::mrkdwn)
        .toList();
    return Blocks.context(elements);
  }

  static LayoutBlock context(String mrkdwnText) {
    return context(List.of(mrkdwnText));
  }

  static LayoutBlock divider() {
    return Blocks.divider();
  }

  /** Verbatim, so names of channels and people in notes stay text; our own links and mentions still work. */
  private static MarkdownTextObject mrkdwn(String text) {
    return MarkdownTextObject.builder().text(fit(text, SlackText.SECTION_LIMIT)).verbatim(true).build();
  }

  /** The last guard: a text that got here too long is cut, never sent. */
  private static String fit(String text, int limit) {
    return text.length() <= limit ? text : SlackText.truncate(text, limit);
  }
}
