package kith.contact;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Every decision with one person, a page at a time: for {@code /who <name> decisions} and the *Decisions* button. */
public final class DecisionList {
  public static final int PER_PAGE = 10;

  private DecisionList() {}

  public static List<LayoutBlock> page(long contactId, String name, List<Card.Decision> all, int page) {
    int pages = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    List<Card.Decision> slice = CardPage.slice(all, shown, PER_PAGE);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(SlackText.clip("Decisions with " + name, 150)))));
    if (all.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(m -> m.text("No decisions recorded yet. React to a message with "
          + "the decision emoji, or reply `Decision: …` in a thread, to record one.").verbatim(true)))));
      return blocks;
    }
    String lines = SlackText.lines("", slice, CardLines::decision, PER_PAGE, SlackText.SECTION_LIMIT).trim();
    blocks.add(section(s -> s.text(markdownText(m -> m.text(lines).verbatim(true)))));
    blocks.add(context(c -> c.elements(List.of(markdownText("Page " + (shown + 1) + " of " + pages + " · "
        + all.size() + (all.size() == 1 ? " decision" : " decisions") + ", newest first")))));
    if (shown + 1 < pages) {
      blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(WhoIds.DECISIONS)
          .text(plainText("More decisions")).value(contactId + ":" + (shown + 1)))))));
    }
    return blocks;
  }
}
