package kith.brief;

import static kith.contact.SlackText.clipLine;

import java.time.LocalDate;
import java.util.StringJoiner;
import kith.contact.Card;
import kith.contact.CardLines;
import kith.contact.CardText;
import kith.contact.SlackText;

/**
 * One mrkdwn line per item of a brief, escaped, each part clipped so that the three latest interactions, or ten
 * tasks, decisions or facts, fit one 3000-char section.
 */
final class BriefBlockLines {
  static final int NAME = 150;
  static final int FIELD = 300;
  private static final int SUMMARY = 600;
  private static final int ITEM = 250;

  private BriefBlockLines() {}

  /** "Staff Engineer · Apollo", either part alone, or empty. */
  static String roleAt(Card card) {
    StringJoiner roleAt = new StringJoiner(" · ");
    for (String part : new String[] {card.role(), card.organisation()}) {
      String clipped = clipLine(part, FIELD);
      if (!clipped.isEmpty()) {
        roleAt.add(clipped);
      }
    }
    return roleAt.toString();
  }

  /** "• 3 Jan 2026 · *QBR prep* — Walked through the roadmap _(via Priya Shah)_" */
  static String interaction(Card.Interaction interaction) {
    return "• " + interaction(interaction, SUMMARY);
  }

  /** The interaction without its bullet, its summary cut to {@code summaryMax}. */
  static String interaction(Card.Interaction interaction, int summaryMax) {
    return CardLines.interaction(interaction, summaryMax);
  }

  static String fact(String fact) {
    return "• " + clipLine(fact, ITEM);
  }

  /** "• Decided 12 Dec 2025, not discussed since: Apollo moves to the annual plan" */
  static String raise(BriefLines.Raise raise) {
    return "• " + raise.phrase() + ": " + clipLine(raise.text(), ITEM);
  }

}
