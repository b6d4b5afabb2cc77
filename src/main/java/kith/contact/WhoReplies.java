package kith.contact;

import static kith.contact.SlackText.clipLine;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The /who replies other than the card: help, "several match", "no one matches", refusal and errors, each as
 * blocks and as the plain text Slack shows in notifications. Pure; everything a user typed or a note holds is
 * escaped, since a message's {@code text} is mrkdwn too.
 */
public final class WhoReplies {
  /** Candidates the picker offers; the rest are counted. */
  static final int CANDIDATES = 10;
  /** Closest names offered after no match. */
  static final int CLOSEST = 3;
  private static final int QUERY = 200;
  private static final int FIELD = 300;
  private static final int NAMES = 2000;

  private static final String[][] USAGE = {
    {"/who Kushal Datta", "their card (any case, no accents, first or last name alone, aliases, small typos)"},
    {"/who @user", "the card of a Slack user linked to a note"},
    {"/who link @user Kushal Datta", "links a Slack user to a note"},
    {"@Kith who is Kushal?", "ask in a channel Kith is in"},
    {"@Kith brief me on Kushal", "a brief before you meet them"},
  };
  private static final String PRIVATE = "A /who card is only for you until you press Share in channel.";

  private WhoReplies() {}

  public static List<LayoutBlock> help() {
    StringJoiner text = new StringJoiner("\n", "*Look someone up in your notes*\n", "");
    for (String[] usage : USAGE) {
      text.add("• `" + usage[0] + "`: " + usage[1]);
    }
    return List.of(SlackBlocks.section(text.toString()),
        SlackBlocks.context("A `/who` card is only for you until you press *Share in channel*."));
  }

  public static String helpText() {
    StringJoiner text = new StringJoiner("\n", "Look someone up in your notes:\n", "\n" + PRIVATE);
    for (String[] usage : USAGE) {
      text.add(usage[0] + " — " + usage[1]);
    }
    return text.toString();
  }

  /** "Several people match “query”:" and a button for each candidate, with their role · organisation. */
  public static List<LayoutBlock> picker(String query, List<NameEntry> candidates) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SlackBlocks.section("Several people match " + quoted(query) + ":"));
    for (int i = 0; i < Math.min(candidates.size(), CANDIDATES); i++) {
      NameEntry candidate = candidates.get(i);
      blocks.add(SlackBlocks.actions(null, List.of(pick(i, candidate))));
      blocks.add(SlackBlocks.context(whoTheyAre(candidate)));
    }
    if (candidates.size() > CANDIDATES) {
      blocks.add(SlackBlocks.context("+" + (candidates.size() - CANDIDATES) + " more: type more of the name."));
    }
    return blocks;
  }

  public static String pickerText(String query, List<NameEntry> candidates) {
    return "Several people match " + quoted(query) + ": " + SlackText.inline(names(candidates), ", ", NAMES);
  }

  /** "No one matches “query”." and the closest names as buttons, when there are any. */
  public static List<LayoutBlock> notFound(String query, List<NameEntry> closest) {
    List<LayoutBlock> blocks = new ArrayList<>();
    List<NameEntry> offered = closest.subList(0, Math.min(closest.size(), CLOSEST));
    blocks.add(SlackBlocks.section("No one matches " + quoted(query) + "."
        + (offered.isEmpty() ? "" : " Did you mean one of these?")));
    if (!offered.isEmpty()) {
      List<BlockElement> buttons = new ArrayList<>();
      for (int i = 0; i < offered.size(); i++) {
        buttons.add(pick(i, offered.get(i)));
      }
      blocks.add(SlackBlocks.actions(null, buttons));
    }
    blocks.add(SlackBlocks.context("Try a first or last name, an alias, or `/who help`."));
    return blocks;
  }

  public static String notFoundText(String query, List<NameEntry> closest) {
    List<NameEntry> offered = closest.subList(0, Math.min(closest.size(), CLOSEST));
    return "No one matches " + quoted(query) + "."
        + (offered.isEmpty() ? "" : " Closest: " + SlackText.inline(names(offered), ", ", NAMES) + ".");
  }

  /** For someone Kith does not serve: says nothing about anyone. */
  public static String refusal() {
    return "Sorry, Kith is limited to certain people in this workspace. Ask its admin for access.";
  }

  /** Slack refused or failed a call; {@code whatFailed} is shown as the detail, for whoever reports it. */
  public static String error(String whatFailed) {
    String detail = clipLine(whatFailed, FIELD);
    return "Sorry, something went wrong talking to Slack" + (detail.isEmpty() ? "" : " (" + detail + ")")
        + ". Please try again in a moment.";
  }

  /** The same as {@link #error}, for call sites that name the text form. */
  public static String errorText(String whatFailed) {
    return error(whatFailed);
  }

  /** The card as one line: "Kushal Datta — Staff Engineer · Apollo". */
  public static String fallback(Card card) {
    String name = SlackText.clip(ProfileCard.nameOf(card.name()), SlackBlocks.HEADER_LIMIT);
    String roleAt = join(clipLine(card.role(), FIELD), clipLine(card.organisation(), FIELD));
    String what = !roleAt.isEmpty() ? roleAt
        : card.relationship() != null && !card.relationship().isBlank() ? clipLine(card.relationship(), FIELD)
        : card.mentionedOnly() ? "named in other notes" : "";
    return what.isEmpty() ? name : name + " — " + what;
  }

  /** A further page as one line: "Kushal Datta — more (page 2)". */
  public static String fallback(CardPage page) {
    return SlackText.clip(ProfileCard.nameOf(page.name()), SlackBlocks.HEADER_LIMIT)
        + " — more (page " + (page.page() + 1) + ")";
  }

  private static BlockElement pick(int index, NameEntry entry) {
    return SlackBlocks.button(WhoIds.PICK + "_" + index,
        SlackText.clip(entry.name(), SlackBlocks.BUTTON_TEXT_LIMIT), Long.toString(entry.contactId()));
  }

  private static String whoTheyAre(NameEntry entry) {
    String roleAt = join(clipLine(entry.role(), FIELD), clipLine(entry.organisation(), FIELD));
    if (!roleAt.isEmpty()) {
      return entry.mentionedOnly() ? roleAt + " · named in other notes" : roleAt;
    }
    return entry.mentionedOnly() ? "Named in other notes" : "No role or organisation noted";
  }

  private static String quoted(String query) {
    return "“" + clipLine(query, QUERY) + "”";
  }

  private static List<String> names(List<NameEntry> entries) {
    return entries.stream().map(NameEntry::name).toList();
  }

  private static String join(String role, String organisation) {
    return role.isEmpty() || organisation.isEmpty() ? role + organisation : role + " · " + organisation;
  }
}
