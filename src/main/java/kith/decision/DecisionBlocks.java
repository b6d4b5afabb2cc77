package kith.decision;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.multiExternalSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.util.ArrayList;
import java.util.List;
import kith.contact.SlackText;

/** The confirmation Kith posts in the thread of a decision, as pure functions of what it shows. */
final class DecisionBlocks {
  static final int MAX_TEXT = 2_800;
  /** Slack allows at most 100 initial options; a decision about more people than that is unusual. */
  private static final int MAX_SUBJECT_OPTIONS = 100;

  private DecisionBlocks() {}

  static List<LayoutBlock> confirmation(DecisionView view) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (view.undoneBy() != null) {
      blocks.add(section(s -> s.text(markdownText(m -> m.text("~" + SlackText.clipLine(view.text(), MAX_TEXT)
          + "~").verbatim(true)))));
      blocks.add(context(c -> c.elements(List.of(markdownText(m -> m.text("Decision undone by "
          + SlackText.mention(view.undoneBy()).orElse("someone")).verbatim(true))))));
      return blocks;
    }
    blocks.add(section(s -> s.text(markdownText(m -> m.text("✅ *Decision recorded:* "
        + SlackText.clipLine(view.text(), MAX_TEXT)).verbatim(true)))));
    blocks.add(context(c -> c.elements(List.of(markdownText(m -> m.text(filing(view)).verbatim(true))))));
    blocks.add(actions(a -> a.blockId(DecisionIds.PEOPLE + ":" + view.id()).elements(List.of(
        button(b -> b.actionId(DecisionIds.UNDO).text(plainText("Undo")).value(String.valueOf(view.id()))
            .style("danger")),
        multiExternalSelect(select -> {
          select.actionId(DecisionIds.PEOPLE).minQueryLength(1)
              .placeholder(plainText(view.subjects().isEmpty() ? "Whom does it concern?" : "Change people"));
          if (!view.subjects().isEmpty()) {
            select.initialOptions(options(view.subjects()));
          }
          return select;
        })))));
    return blocks;
  }

  static String fallback(DecisionView view) {
    return (view.undoneBy() != null ? "Decision undone: " : "Decision recorded: ")
        + SlackText.clipLine(view.text(), 200);
  }

  /** Options for the people select: contacts, labelled by name. */
  static List<OptionObject> options(List<DecisionView.Subject> subjects) {
    return subjects.stream().limit(MAX_SUBJECT_OPTIONS)
        .map(s -> option(plainText(SlackText.truncate(s.name(), 75)), String.valueOf(s.contactId())))
        .toList();
  }

  private static String filing(DecisionView view) {
    String recorded = "recorded by " + SlackText.mention(view.recordedBy()).orElse("someone");
    String link = view.permalink() == null ? "" : SlackText.link(view.permalink(), "thread").map(l -> " · " + l)
        .orElse("");
    if (view.subjects().isEmpty()) {
      return "Not filed under anyone yet: whom does it concern? Choose below. · " + recorded + link;
    }
    List<String> names = view.subjects().stream().limit(10)
        .map(s -> "*" + SlackText.clipLine(s.name(), 100) + "*").toList();
    String more = view.subjects().size() > 10 ? " +" + (view.subjects().size() - 10) + " more" : "";
    return "Filed under " + String.join(", ", names) + more + " · " + recorded + link;
  }
}
