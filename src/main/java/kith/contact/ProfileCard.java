package kith.contact;

import static com.slack.api.model.block.Blocks.divider;
import static kith.contact.SlackText.SECTION_LIMIT;
import static kith.contact.SlackText.clip;
import static kith.contact.SlackText.clipLine;
import static kith.contact.SlackText.inline;
import static kith.contact.SlackText.lines;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The profile card in Block Kit: what {@link CardText} prints, as a Slack message. Pure: the same card gives the
 * same blocks. Everything from notes is escaped, and every Block Kit limit holds however long the notes are: the
 * card has a fixed set of blocks (under 20), and each text is clipped or ends in "+N more".
 */
public final class ProfileCard {
  static final int LIST_LINES = 10;
  static final int OTHER_SECTIONS = 3;
  private static final int FIELD = 300;
  private static final int BACKGROUND = 2800;
  private static final int SECTION_BODY = 1500;
  private static final int CONTEXT_LIST = 1000;

  private ProfileCard() {}

  /**
   * The card of {@code card}; {@code sharedByUserId} is the Slack user who shared it in a channel, or null while
   * only its reader sees it.
   */
  public static List<LayoutBlock> card(Card card, LocalDate today, String sharedByUserId) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SlackBlocks.header(clip(nameOf(card.name()), SlackBlocks.HEADER_LIMIT)));
    String intro = intro(card);
    if (!intro.isEmpty()) {
      blocks.add(SlackBlocks.section(intro));
    }
    List<String> about = about(card, today);
    if (!about.isEmpty()) {
      blocks.add(SlackBlocks.context(about));
    }
    List<String> details = details(card, today);
    if (!details.isEmpty()) {
      blocks.add(divider());
      details.forEach(text -> blocks.add(SlackBlocks.section(text)));
    }
    otherSections(card, blocks);
    if (sharedByUserId != null) {
      SlackText.mention(sharedByUserId).ifPresent(who -> blocks.add(SlackBlocks.context("Shared by " + who)));
    }
    List<BlockElement> buttons = buttons(card.contactId(), sharedByUserId == null,
        CardPage.cardHasMore(card) ? 1 : 0);
    if (!card.decisions().isEmpty()) {
      buttons.add(SlackBlocks.button(WhoIds.DECISIONS, "Decisions", card.contactId() + ":0"));
    }
    if (sharedByUserId == null) {
      buttons.add(SlackBlocks.button(WhoIds.LINK_CHANNEL, "File decisions here", Long.toString(card.contactId())));
    }
    blocks.add(SlackBlocks.actions(WhoIds.ACTIONS_BLOCK, buttons));
    return blocks;
  }

  /** Page {@code page.page()} of a card, after *More*: its interactions, key facts and decisions. */
  public static List<LayoutBlock> page(CardPage page, LocalDate today) {
    // today is not needed yet: a page shows no task and no "ago"; it stays for the same shape as card().
    String suffix = " — more (page " + (page.page() + 1) + ")";
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SlackBlocks.header(clip(nameOf(page.name()), SlackBlocks.HEADER_LIMIT - suffix.length()) + suffix));
    List<String> texts = new ArrayList<>();
    if (!page.interactions().isEmpty()) {
      texts.add(lines("*Earlier context*", page.interactions(), CardLines::interaction,
          CardPage.INTERACTIONS_PER_PAGE, SECTION_LIMIT));
    }
    if (!page.keyFacts().isEmpty()) {
      texts.add(lines("*More key facts*", page.keyFacts(), CardLines::fact, LIST_LINES, SECTION_LIMIT));
    }
    if (!page.decisions().isEmpty()) {
      texts.add(lines("*More decisions*", page.decisions(), CardLines::decision, LIST_LINES, SECTION_LIMIT));
    }
    if (texts.isEmpty()) {
      texts.add("_Nothing more in the notes._");
    }
    texts.forEach(text -> blocks.add(SlackBlocks.section(text)));
    blocks.add(SlackBlocks.actions(WhoIds.ACTIONS_BLOCK,
        buttons(page.contactId(), false, page.hasMore() ? page.page() + 1 : 0)));
    return blocks;
  }

  /** The name as a header shows it; a header cannot be empty. */
  static String nameOf(String name) {
    return name == null || name.isBlank() ? "Unnamed contact" : name.strip();
  }

  /** Who they are: role · organisation, relationship, email, other names. */
  private static String intro(Card card) {
    StringJoiner text = new StringJoiner("\n");
    if (card.mentionedOnly()) {
      text.add("_No note of their own: named in other notes._");
    }
    String roleAt = joinNonEmpty(" · ", clipLine(card.role(), FIELD), clipLine(card.organisation(), FIELD));
    labelled(text, "", roleAt);
    labelled(text, "*Relationship:* ", clipLine(card.relationship(), FIELD));
    labelled(text, "*Email:* ", clipLine(card.email(), FIELD));
    if (!card.aliases().isEmpty()) {
      text.add("*Also known as:* " + inline(card.aliases(), ", ", CONTEXT_LIST));
    }
    return text.toString();
  }

  /** The small print under the intro: last contact, projects, customers. */
  private static List<String> about(Card card, LocalDate today) {
    List<String> about = new ArrayList<>();
    Card.LastContact last = card.lastContact();
    if (last != null && last.date() != null) {
      String ago = last.ago() != null ? clipLine(last.ago(), FIELD) : Ago.describe(last.date(), today);
      about.add("Last contact: " + CardText.human(last.date()) + " · " + ago);
    } else if (!card.mentionedOnly()) {
      about.add("Last contact: unknown");
    }
    if (!card.relatedProjects().isEmpty()) {
      about.add("Projects: " + inline(card.relatedProjects(), ", ", CONTEXT_LIST));
    }
    if (!card.relatedCustomers().isEmpty()) {
      about.add("Customers: " + inline(card.relatedCustomers(), ", ", CONTEXT_LIST));
    }
    return about;
  }

  /** One section text for each part of the card that has something in it, in the order of {@link CardText}. */
  private static List<String> details(Card card, LocalDate today) {
    List<String> texts = new ArrayList<>();
    if (!card.interactions().isEmpty()) {
      texts.add(recentContext(card));
    }
    if (!card.openTasks().isEmpty()) {
      texts.add(lines("*Open tasks*", card.openTasks(), task -> CardLines.task(task, today), LIST_LINES,
          SECTION_LIMIT));
    }
    if (!card.decisions().isEmpty()) {
      texts.add(lines("*Decisions*", card.decisions(), CardLines::decision, LIST_LINES, SECTION_LIMIT));
    }
    if (!card.keyFacts().isEmpty()) {
      texts.add(lines("*Key facts*", card.keyFacts(), CardLines::fact, LIST_LINES, SECTION_LIMIT));
    }
    inlineSection(texts, "*Topics*", card.topics(), " · ");
    inlineSection(texts, "*Related people*", card.relatedPeople(), ", ");
    if (card.background() != null && !card.background().isBlank()) {
      texts.add("*Background*\n" + clip(card.background().strip(), BACKGROUND));
    }
    if (!card.appearsIn().isEmpty()) {
      texts.add(lines("*Appears in*", card.appearsIn(), CardLines::appearance, LIST_LINES, SECTION_LIMIT));
    }
    return texts;
  }

  private static String recentContext(Card card) {
    List<Card.Interaction> shown =
        card.interactions().subList(0, Math.min(card.interactions().size(), CardPage.INTERACTIONS_PER_PAGE));
    int total = Math.max(card.interactionCount(), card.interactions().size());
    String count = total > shown.size() ? " (" + shown.size() + " of " + total + ")" : "";
    return lines("*Recent context*" + count, shown, CardLines::interaction, shown.size(), SECTION_LIMIT);
  }

  private static void inlineSection(List<String> texts, String heading, List<String> items, String separator) {
    if (!items.isEmpty()) {
      texts.add(heading + "\n" + inline(items, separator, SECTION_LIMIT - heading.length() - 1));
    }
  }

  /** The note's sections Kith does not read, as written: the first few, and how many more there are. */
  private static void otherSections(Card card, List<LayoutBlock> blocks) {
    List<Card.Section> sections = card.otherSections();
    for (Card.Section section : sections.subList(0, Math.min(sections.size(), OTHER_SECTIONS))) {
      String heading = clipLine(section.heading(), FIELD);
      blocks.add(SlackBlocks.section("*" + (heading.isEmpty() ? "Notes" : heading) + "*\n"
          + clip(section.body() == null ? "" : section.body().strip(), SECTION_BODY)));
    }
    if (sections.size() > OTHER_SECTIONS) {
      int more = sections.size() - OTHER_SECTIONS;
      blocks.add(SlackBlocks.context("+" + more + (more == 1 ? " more section" : " more sections") + " in the note"));
    }
  }

  /** Share (while only its reader sees the card), Brief me, and More when {@code nextPage} is not 0. */
  private static List<BlockElement> buttons(long contactId, boolean shareable, int nextPage) {
    String id = Long.toString(contactId);
    List<BlockElement> buttons = new ArrayList<>();
    if (shareable) {
      buttons.add(SlackBlocks.button(WhoIds.SHARE, "Share in channel", id));
    }
    buttons.add(SlackBlocks.button(WhoIds.BRIEF, "Brief me", id));
    if (nextPage > 0) {
      buttons.add(SlackBlocks.button(WhoIds.MORE, "More", id + ":" + nextPage));
    }
    return buttons;
  }

  private static void labelled(StringJoiner text, String label, String value) {
    if (!value.isEmpty()) {
      text.add(label + value);
    }
  }

  private static String joinNonEmpty(String separator, String... parts) {
    StringJoiner joiner = new StringJoiner(separator);
    for (String part : parts) {
      if (!part.isEmpty()) {
        joiner.add(part);
      }
    }
    return joiner.toString();
  }
}
