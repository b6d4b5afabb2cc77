package kith.contact;

import static kith.contact.SlackText.clipLine;

import java.time.LocalDate;

/**
 * One mrkdwn line per item of a card, escaped, each part clipped. The clips are sized so that a full page of
 * interactions (5) and of key facts (10) always fits in one 3000-char section; decisions and tasks, which can hold a
 * link, fit what fits and say "+N more".
 */
public final class CardLines {
  static final int WHEN = 30;
  static final int HEADLINE = 100;
  static final int SUMMARY = 380;
  static final int VIA = 50;
  static final int FACT = 280;
  static final int TASK = 200;
  static final int DECISION = 200;
  static final int NOTE_OF = 100;

  private CardLines() {}

  /** "• 3 Jan 2026 · *Prep* — Went through the pricing _(via Jane Doe)_" */
  static String interaction(Card.Interaction interaction) {
    return "• " + interaction(interaction, SUMMARY);
  }

  /** The interaction without its bullet, its summary cut to {@code summaryMax}: shared with briefs. */
  public static String interaction(Card.Interaction interaction, int summaryMax) {
    StringBuilder line = new StringBuilder(when(interaction));
    String headline = clipLine(interaction.headline(), HEADLINE);
    if (!headline.isEmpty()) {
      line.append(" · *").append(headline).append('*');
    }
    String summary = clipLine(interaction.summary(), summaryMax);
    if (!summary.isEmpty()) {
      line.append(" — ").append(summary);
    }
    String via = clipLine(interaction.via(), VIA);
    if (!via.isEmpty()) {
      line.append(" _(via ").append(via).append(")_");
    }
    return line.toString();
  }

  static String fact(String fact) {
    return "• " + clipLine(fact, FACT);
  }

  /** "☐ Send the deck — due 9 Jan 2026 · *overdue*" */
  public static String task(Card.Task task, LocalDate today) {
    StringBuilder line = new StringBuilder("☐ ").append(clipLine(task.text(), TASK));
    if (task.due() != null) {
      line.append(" — due ").append(CardText.human(task.due()));
      if (task.due().isBefore(today)) {
        line.append(" · *overdue*");
      }
    }
    return line.toString();
  }

  /** "✅ Go with the annual plan — 12 Dec 2025 · from <https://…|Slack>" */
  public static String decision(Card.Decision decision) {
    StringBuilder line = new StringBuilder("✅ ").append(clipLine(decision.text(), DECISION));
    if (decision.date() != null) {
      line.append(" — ").append(CardText.human(decision.date()));
    }
    boolean fromSlack = "slack".equalsIgnoreCase(decision.source());
    String link = SlackText.link(decision.link(), fromSlack ? "Slack" : "link").orElse(null);
    if (fromSlack) {
      line.append(" · from ").append(link != null ? link : "Slack");
      SlackText.mention(decision.recordedBy()).ifPresent(who -> line.append(", recorded by ").append(who));
    } else if (link != null) {
      line.append(" · ").append(link);
    }
    return line.toString();
  }

  /** "• Kushal Datta's note — 3 interactions via them, latest 7 Nov 2025" */
  static String appearance(Card.Appearance appearance) {
    String what = "via".equals(appearance.how())
        ? appearance.count() + (appearance.count() == 1 ? " interaction" : " interactions") + " via them"
        : "listed as related";
    String latest = appearance.latest() != null ? ", latest " + CardText.human(appearance.latest()) : "";
    return "• " + clipLine(appearance.noteOf(), NOTE_OF) + "'s note — " + what + latest;
  }

  private static String when(Card.Interaction interaction) {
    if (interaction.date() != null) {
      return CardText.human(interaction.date());
    }
    String written = clipLine(interaction.dateText(), WHEN);
    return written.isEmpty() ? "undated" : written;
  }
}
