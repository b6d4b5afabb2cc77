package kith.brief;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kith.contact.CardText;
import kith.contact.SlackText;
import kith.decision.DecisionStore;

/**
 * The Home tab, as a pure function of what it shows: upcoming briefs with *Cancel*, the calendar connection,
 * the decisions recorded most recently, and a button that opens a lookup. At most 100 blocks, Slack's limit.
 */
final class HomeTab {
  static final int MAX_BRIEFS = 20;
  static final int MAX_DECISIONS = 10;

  private HomeTab() {}

  static List<LayoutBlock> blocks(List<BriefStore.Scheduled> upcoming, String calendarStatus,
      List<DecisionStore.Recorded> decisions, ZoneId zone) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Kith"))));
    blocks.add(section(s -> s.text(markdownText("Who is this person, and what is open between us?"))
        .accessory(button(b -> b.actionId(BriefIds.LOOKUP).text(plainText("Look someone up")).style("primary")))));
    blocks.add(divider());
    if (upcoming.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText("*Upcoming briefs*\nNone scheduled. `/brief <name> at 14:30` "
          + "schedules one; a connected calendar schedules them before meetings."))));
    } else {
      blocks.addAll(BriefLists.blocks(upcoming, zone, MAX_BRIEFS));
    }
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText(m -> m.text("*Calendar*\n" + calendarStatus).verbatim(true)))));
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText("*Recent decisions*"))));
    if (decisions.isEmpty()) {
      blocks.add(context(c -> c.elements(List.of(markdownText(
          "None yet. React to a message with the decision emoji to record one.")))));
    }
    for (DecisionStore.Recorded decision : decisions.stream().limit(MAX_DECISIONS).toList()) {
      String link = decision.permalink() == null ? ""
          : SlackText.link(decision.permalink(), "thread").map(l -> " · " + l).orElse("");
      String line = "✅ " + SlackText.clipLine(decision.text(), 500) + " — " + CardText.human(decision.decidedOn())
          + link;
      blocks.add(section(s -> s.text(markdownText(m -> m.text(line).verbatim(true)))));
    }
    return blocks;
  }
}
