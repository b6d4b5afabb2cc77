package kith.contact;

import static kith.contact.PlainText.bullets;
import static kith.contact.PlainText.heading;
import static kith.contact.PlainText.joinNonBlank;
import static kith.contact.PlainText.line;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The card as plain text, for the command line. */
public final class CardText {
  private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private CardText() {}

  public static String render(Card card) {
    StringBuilder out = new StringBuilder();
    out.append(card.name()).append('\n');
    if (card.mentionedOnly()) {
      out.append("No note of their own: named in other notes.\n");
    }
    line(out, "", joinNonBlank(" · ", card.role(), card.organisation()));
    line(out, "Relationship: ", card.relationship());
    line(out, "Email: ", card.email());
    if (!card.aliases().isEmpty()) {
      line(out, "Also known as: ", String.join(", ", card.aliases()));
    }
    if (card.lastContact() != null) {
      line(out, "Last contact: ", human(card.lastContact().date()) + " · " + card.lastContact().ago());
    } else if (!card.mentionedOnly()) {
      line(out, "Last contact: ", "unknown");
    }
    interactions(out, card);
    bullets(out, "Key facts", "•", card.keyFacts());
    bullets(out, "Open tasks", "☐", card.openTasks().stream().map(CardText::task).toList());
    bullets(out, "Decisions", "✅", card.decisions().stream().map(CardText::decision).toList());
    if (!card.topics().isEmpty()) {
      heading(out, "Topics");
      out.append("  ").append(String.join(" · ", card.topics())).append('\n');
    }
    related(out, card);
    if (card.background() != null && !card.background().isBlank()) {
      bullets(out, "Background", "•", card.background().lines().toList());
    }
    bullets(out, "Appears in", "•", card.appearsIn().stream().map(CardText::appearance).toList());
    for (Card.Section section : card.otherSections()) {
      heading(out, section.heading().isEmpty() ? "Notes" : section.heading());
      section.body().lines().forEach(l -> out.append("  ").append(l).append('\n'));
    }
    return out.toString();
  }

  /**
   * "3 Jan 2026". Four-digit years are written directly: {@code DateTimeFormatter} is general machinery, costly to
   * run and much code for the JIT to compile while a server warms up (with ISO dates read the same way, ~0.4 s of
   * the compilers' time during the benchmark's /who load); it still writes any other year.
   */
  public static String human(LocalDate date) {
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      return date.format(HUMAN_DATE);
    }
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  private static void interactions(StringBuilder out, Card card) {
    if (card.interactions().isEmpty()) {
      return;
    }
    String count = card.interactionCount() > card.interactions().size()
        ? " (" + card.interactions().size() + " of " + card.interactionCount() + ")" : "";
    heading(out, "Recent context" + count);
    for (Card.Interaction i : card.interactions()) {
      String when = i.date() != null ? human(i.date()) : i.dateText() != null ? i.dateText() : "undated";
      String via = i.via() != null ? " (via " + i.via() + ")" : "";
      out.append("  ").append(String.format("%-11s", when)).append("  ")
          .append(joinNonBlank(" — ", i.headline(), i.summary())).append(via).append('\n');
    }
  }

  private static void related(StringBuilder out, Card card) {
    if (card.relatedCustomers().isEmpty() && card.relatedProjects().isEmpty() && card.relatedPeople().isEmpty()) {
      return;
    }
    heading(out, "Related");
    relatedLine(out, "Customers", card.relatedCustomers());
    relatedLine(out, "Projects", card.relatedProjects());
    relatedLine(out, "People", card.relatedPeople());
  }

  private static void relatedLine(StringBuilder out, String label, List<String> names) {
    if (!names.isEmpty()) {
      out.append("  ").append(label).append(": ").append(String.join(", ", names)).append('\n');
    }
  }

  private static String task(Card.Task task) {
    return task.text() + (task.due() != null ? " (due " + human(task.due()) + ")" : "");
  }

  private static String decision(Card.Decision decision) {
    return decision.text() + (decision.date() != null ? " (" + human(decision.date()) + ")" : "");
  }

  private static String appearance(Card.Appearance a) {
    String what = "via".equals(a.how())
        ? a.count() + (a.count() == 1 ? " interaction" : " interactions") + " via them"
        : "listed as related";
    String latest = a.latest() != null ? ", latest " + human(a.latest()) : "";
    return a.noteOf() + "'s note: " + what + latest;
  }

}
