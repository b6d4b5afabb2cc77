package kith.brief;

import static kith.contact.SlackText.SECTION_LIMIT;
import static kith.contact.SlackText.clipLine;
import static kith.contact.SlackText.inline;
import static kith.contact.SlackText.lines;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import kith.contact.Card;
import kith.contact.CardLines;

/**
 * A brief as a Slack message. Pure: the same brief, day and zone give the same blocks. Everything from notes is
 * escaped, and Block Kit's limits hold however long the notes and however many people: up to six people get their
 * full brief; more get one section each; past what fits in 50 blocks the message names the rest for /who.
 */
public final class BriefComposer {
  static final int LIST_LINES = 10;
  private static final int NAMES_IN_HEADER = 5;
  private static final int NAMES_IN_FALLBACK = 3;
  private static final int FALLBACK = 300;
  private static final int WITH_LIST = 500;
  private static final int FACTS = 2200;
  private static final int COMPACT_SUMMARY = 300;
  private static final int COMPACT_RAISES = 3;
  private static final int COMPACT_RAISES_BUDGET = 1000;

  private BriefComposer() {}

  public static List<LayoutBlock> blocks(Brief brief, LocalDate today, ZoneId zone) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BriefBlocks.header(clipLine(BriefLines.title(brief, NAMES_IN_HEADER), BriefBlocks.HEADER_LIMIT)));
    List<String> about = about(brief, zone);
    if (!about.isEmpty()) {
      blocks.add(BriefBlocks.context(about));
    }
    List<Brief.Person> people = brief.people();
    if (people.isEmpty()) {
      blocks.add(BriefBlocks.section(brief.title() != null
          ? "_No one in this meeting is in your notes._" : "_No one to brief on._"));
      return blocks;
    }
    List<List<LayoutBlock>> full = people.stream().map(person -> full(person, today)).toList();
    int fullCount = full.stream().mapToInt(List::size).sum() + people.size() - 1;
    if (blocks.size() + fullCount <= BriefBlocks.MESSAGE_LIMIT) {
      appendPeople(blocks, full);
      return blocks;
    }
    // One section and one divider each; the last person has no divider but the "+N more" line takes its place.
    int room = (BriefBlocks.MESSAGE_LIMIT - blocks.size() + 1) / 2;
    int shown = people.size() <= room ? people.size() : (BriefBlocks.MESSAGE_LIMIT - blocks.size()) / 2;
    appendPeople(blocks, people.subList(0, shown).stream().map(person -> List.of(compact(person, today))).toList());
    if (shown < people.size()) {
      blocks.add(BriefBlocks.context(more(people.subList(shown, people.size()))));
    }
    return blocks;
  }

  /** The notification text: "Brief for Apollo QBR: Kushal Datta, Priya Shah and Jeff Denworth". */
  public static String fallback(Brief brief) {
    if (brief.title() == null || brief.title().isBlank() || brief.people().isEmpty()) {
      return clipLine(BriefLines.title(brief, NAMES_IN_FALLBACK), FALLBACK);
    }
    return clipLine("Brief for " + brief.title().strip() + ": "
        + BriefLines.names(brief.people(), NAMES_IN_FALLBACK), FALLBACK);
  }

  /** When the meeting is, and with whom when the header names the meeting rather than the people. */
  private static List<String> about(Brief brief, ZoneId zone) {
    List<String> about = new ArrayList<>();
    if (brief.meetingStart() != null) {
      about.add(BriefLines.meetingTime(brief.meetingStart(), zone));
    }
    if (brief.title() != null && !brief.title().isBlank() && !brief.people().isEmpty()) {
      List<String> names = brief.people().stream().map(person -> BriefLines.name(person.card())).toList();
      about.add("With " + inline(names, ", ", WITH_LIST));
    }
    return about;
  }

  private static void appendPeople(List<LayoutBlock> blocks, List<List<LayoutBlock>> people) {
    for (int i = 0; i < people.size(); i++) {
      if (i > 0) {
        blocks.add(BriefBlocks.divider());
      }
      blocks.addAll(people.get(i));
    }
  }

  /** Up to seven blocks: who, last contact, latest, open tasks, decisions, facts and topics, worth raising. */
  private static List<LayoutBlock> full(Brief.Person person, LocalDate today) {
    Card card = person.card();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BriefBlocks.section(intro(card)));
    blocks.add(BriefBlocks.context(lastContact(card, today)));
    if (!card.interactions().isEmpty()) {
      blocks.add(BriefBlocks.section(lines("*Latest*", BriefLines.latest(card), BriefBlockLines::interaction,
          BriefLines.LATEST, SECTION_LIMIT)));
    }
    if (!card.openTasks().isEmpty()) {
      blocks.add(BriefBlocks.section(lines("*Open tasks*", card.openTasks(),
          task -> CardLines.task(task, today), LIST_LINES, SECTION_LIMIT)));
    }
    if (!card.decisions().isEmpty()) {
      blocks.add(BriefBlocks.section(lines("*Decisions*", BriefLines.decisions(card), CardLines::decision,
          LIST_LINES, SECTION_LIMIT)));
    }
    String factsAndTopics = factsAndTopics(card);
    if (!factsAndTopics.isEmpty()) {
      blocks.add(BriefBlocks.section(factsAndTopics));
    }
    List<BriefLines.Raise> raises = BriefLines.worthRaising(person, today);
    if (!raises.isEmpty()) {
      blocks.add(BriefBlocks.section(lines("*Worth raising*", raises, BriefBlockLines::raise, LIST_LINES,
          SECTION_LIMIT)));
    }
    return blocks;
  }

  /** One section: who, last contact, the latest interaction, counts, and the first things worth raising. */
  private static LayoutBlock compact(Brief.Person person, LocalDate today) {
    Card card = person.card();
    String roleAt = BriefBlockLines.roleAt(card);
    StringJoiner text = new StringJoiner("\n");
    text.add(boldName(card) + (roleAt.isEmpty() ? "" : " — " + roleAt));
    String relationship = clipLine(card.relationship(), BriefBlockLines.FIELD);
    if (!relationship.isEmpty()) {
      text.add("*Relationship:* " + relationship);
    }
    text.add(lastContact(card, today));
    if (!card.interactions().isEmpty()) {
      text.add("*Latest:* " + BriefBlockLines.interaction(card.interactions().get(0), COMPACT_SUMMARY));
    }
    String counts = counts(card);
    if (!counts.isEmpty()) {
      text.add("_" + counts + "_");
    }
    List<BriefLines.Raise> raises = BriefLines.worthRaising(person, today);
    if (!raises.isEmpty()) {
      text.add(lines("*Worth raising*", raises, BriefBlockLines::raise, COMPACT_RAISES, COMPACT_RAISES_BUDGET));
    }
    return BriefBlocks.section(text.toString());
  }

  /** "+16 more people: /who them — Ann Lee, Bo Chen, …" */
  private static String more(List<Brief.Person> rest) {
    String lead = "+" + rest.size() + (rest.size() == 1 ? " more person" : " more people") + ": /who them — ";
    List<String> names = rest.stream().map(person -> BriefLines.name(person.card())).toList();
    return lead + inline(names, ", ", SECTION_LIMIT - lead.length());
  }

  private static String intro(Card card) {
    StringJoiner text = new StringJoiner("\n");
    text.add(boldName(card));
    if (card.mentionedOnly()) {
      text.add("_No note of their own: named in other notes._");
    }
    String roleAt = BriefBlockLines.roleAt(card);
    if (!roleAt.isEmpty()) {
      text.add(roleAt);
    }
    String relationship = clipLine(card.relationship(), BriefBlockLines.FIELD);
    if (!relationship.isEmpty()) {
      text.add("*Relationship:* " + relationship);
    }
    return text.toString();
  }

  private static String boldName(Card card) {
    return "*" + clipLine(BriefLines.name(card), BriefBlockLines.NAME) + "*";
  }

  private static String lastContact(Card card, LocalDate today) {
    return BriefLines.lastContact(card, today).map(last -> "Last contact: " + last).orElse("No contact recorded");
  }

  /** Key facts, then topics in what room is left: one section, since both are short in most notes. */
  private static String factsAndTopics(Card card) {
    StringJoiner text = new StringJoiner("\n\n");
    if (!card.keyFacts().isEmpty()) {
      text.add(lines("*Key facts*", card.keyFacts(), BriefBlockLines::fact, LIST_LINES, FACTS));
    }
    if (!card.topics().isEmpty()) {
      String heading = "*Topics*\n";
      int used = text.length() == 0 ? 0 : text.length() + 2;
      text.add(heading + inline(card.topics(), " · ", SECTION_LIMIT - used - heading.length()));
    }
    return text.toString();
  }

  private static String counts(Card card) {
    StringJoiner counts = new StringJoiner(" · ");
    if (!card.openTasks().isEmpty()) {
      counts.add(plural(card.openTasks().size(), "open task"));
    }
    if (!card.decisions().isEmpty()) {
      counts.add(plural(card.decisions().size(), "decision"));
    }
    return counts.toString();
  }

  private static String plural(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
