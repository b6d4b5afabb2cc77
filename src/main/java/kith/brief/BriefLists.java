package kith.brief;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kith.contact.SlackText;
import kith.contact.WhoReply;

/** A user's scheduled briefs, numbered as {@code /brief cancel <n>} takes them, each with a *Cancel* button. */
final class BriefLists {
  /** A message holds 50 blocks; one is the heading. */
  static final int MAX_SHOWN = 45;

  private BriefLists() {}

  static WhoReply reply(List<BriefStore.Scheduled> upcoming, ZoneId zone) {
    if (upcoming.isEmpty()) {
      return WhoReply.text("You have no briefs scheduled. `/brief <name> at 14:30` schedules one.");
    }
    return new WhoReply(blocks(upcoming, zone, MAX_SHOWN), "Your scheduled briefs: " + upcoming.size());
  }

  static List<LayoutBlock> blocks(List<BriefStore.Scheduled> upcoming, ZoneId zone, int max) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText("*Your scheduled briefs* (" + upcoming.size() + ")"))));
    for (int i = 0; i < Math.min(max, upcoming.size()); i++) {
      BriefStore.Scheduled brief = upcoming.get(i);
      String line = (i + 1) + ". " + Briefs.when(brief.dueAt(), zone) + " · "
          + SlackText.clipLine(brief.title() == null ? "brief" : brief.title(), 200)
          + (brief.meetingKey() != null ? " _(from your calendar)_" : "");
      blocks.add(section(s -> s.text(markdownText(m -> m.text(line).verbatim(true)))
          .accessory(button(b -> b.actionId(BriefIds.CANCEL).text(plainText("Cancel"))
              .value(String.valueOf(brief.id()))))));
    }
    if (upcoming.size() > max) {
      blocks.add(section(s -> s.text(markdownText("+" + (upcoming.size() - max) + " more"))));
    }
    return blocks;
  }
}
