package kith.brief;

import static kith.contact.PlainText.bullets;
import static kith.contact.PlainText.heading;
import static kith.contact.PlainText.joinNonBlank;
import static kith.contact.PlainText.line;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import kith.contact.Card;
import kith.contact.CardText;

/**
 * A brief as plain text, for {@code kith brief <name…>}: what {@link BriefComposer} sends, in full. Nothing is cut
 * but the interactions, of which a brief shows the latest three.
 */
public final class BriefText {
  private static final String RULE = "-".repeat(40);

  private BriefText() {}

  public static String render(Brief brief, LocalDate today, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    out.append(BriefLines.title(brief, Integer.MAX_VALUE)).append('\n');
    if (brief.meetingStart() != null) {
      out.append(BriefLines.meetingTime(brief.meetingStart(), zone)).append('\n');
    }
    if (brief.people().isEmpty()) {
      out.append('\n').append(brief.title() != null
          ? "No one in this meeting is in your notes." : "No one to brief on.").append('\n');
    }
    for (int i = 0; i < brief.people().size(); i++) {
      out.append('\n');
      if (i > 0) {
        out.append(RULE).append("\n\n");
      }
      person(out, brief.people().get(i), today);
    }
    return out.toString();
  }

  private static void person(StringBuilder out, Brief.Person person, LocalDate today) {
    Card card = person.card();
    out.append(BriefLines.name(card)).append('\n');
    if (card.mentionedOnly()) {
      out.append("No note of their own: named in other notes.\n");
    }
    line(out, "", joinNonBlank(" · ", card.role(), card.organisation()));
    line(out, "Relationship: ", card.relationship());
    out.append(BriefLines.lastContact(card, today).map(last -> "Last contact: " + last)
        .orElse("No contact recorded")).append('\n');
    latest(out, card);
    bullets(out, "Open tasks", "☐", card.openTasks().stream().map(task -> task(task, today)).toList());
    bullets(out, "Decisions", "✅", BriefLines.decisions(card).stream().map(BriefText::decision).toList());
    bullets(out, "Key facts", "•", card.keyFacts());
    if (!card.topics().isEmpty()) {
      heading(out, "Topics");
      out.append("  ").append(String.join(" · ", card.topics())).append('\n');
    }
    bullets(out, "Worth raising", "•", BriefLines.worthRaising(person, today).stream()
        .map(raise -> raise.phrase() + ": " + raise.text()).toList());
  }

  private static void latest(StringBuilder out, Card card) {
    if (card.interactions().isEmpty()) {
      return;
    }
    heading(out, "Latest");
    for (Card.Interaction i : BriefLines.latest(card)) {
      String when = i.date() != null ? CardText.human(i.date()) : i.dateText() != null ? i.dateText() : "undated";
      String via = i.via() != null && !i.via().isBlank() ? " (via " + i.via() + ")" : "";
      out.append("  ").append(String.format("%-11s", when)).append("  ")
          .append(joinNonBlank(" — ", i.headline(), i.summary())).append(via).append('\n');
    }
  }

  private static String task(Card.Task task, LocalDate today) {
    if (task.due() == null) {
      return task.text();
    }
    return task.text() + " (due " + CardText.human(task.due()) + (task.due().isBefore(today) ? ", overdue)" : ")");
  }

  private static String decision(Card.Decision decision) {
    StringJoiner details = new StringJoiner(", ", " (", ")").setEmptyValue("");
    if (decision.date() != null) {
      details.add(CardText.human(decision.date()));
    }
    boolean hasLink = decision.link() != null && !decision.link().isBlank();
    if (BriefLines.fromSlack(decision)) {
      details.add("from Slack" + (hasLink ? ": " + decision.link().strip() : ""));
    } else if (hasLink) {
      details.add(decision.link().strip());
    }
    return decision.text() + details;
  }
}
