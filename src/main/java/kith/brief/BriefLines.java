package kith.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import kith.contact.Ago;
import kith.contact.Card;
import kith.contact.CardText;

/**
 * What a brief says before it becomes Block Kit or text, so the Slack message and the command line never disagree.
 * Nothing here is escaped.
 */
final class BriefLines {
  /** The interactions a brief shows of each person: the card has up to five, a brief is read in a minute. */
  static final int LATEST = 3;
  /** How old an undiscussed decision or a missed due date must be, in days, before the brief raises it. */
  static final int STALE_DAYS = 30;

  private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private BriefLines() {}

  /**
   * Something to bring up: a decision or a task nobody has talked about since.
   *
   * @param since the decision's date or the task's due date
   * @param phrase "Decided 12 Dec 2025, not discussed since"
   * @param text the decision or the task, as the note has it
   */
  record Raise(LocalDate since, String phrase, String text) {}

  /**
   * "Brief: Apollo QBR", or "Brief: Kushal Datta and Priya Shah" for a brief without a meeting, naming at most
   * {@code maxNames} people.
   */
  static String title(Brief brief, int maxNames) {
    if (brief.title() != null && !brief.title().isBlank()) {
      return "Brief: " + brief.title().strip();
    }
    return brief.people().isEmpty() ? "Brief" : "Brief: " + names(brief.people(), maxNames);
  }

  /** "Kushal Datta and Priya Shah", "Kushal Datta, Priya Shah and Jeff Denworth", "Kushal Datta and 2 more". */
  static String names(List<Brief.Person> people, int maxNames) {
    List<String> names = people.stream().map(person -> name(person.card())).toList();
    if (names.size() > maxNames) {
      return String.join(", ", names.subList(0, maxNames)) + " and " + (names.size() - maxNames) + " more";
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  static String name(Card card) {
    return card.name() == null || card.name().isBlank() ? "Unnamed contact" : card.name().strip();
  }

  /** "Wed 25 Nov, 14:30" in the reader's zone. */
  static String meetingTime(Instant start, ZoneId zone) {
    return MEETING.format(start.atZone(zone));
  }

  /** "3 Jan 2026 · 11 months ago", counted from {@code today} so a brief sent later is still right. */
  static Optional<String> lastContact(Card card, LocalDate today) {
    Card.LastContact last = card.lastContact();
    if (last == null || last.date() == null) {
      return Optional.empty();
    }
    return Optional.of(CardText.human(last.date()) + " · " + Ago.describe(last.date(), today));
  }

  static List<Card.Interaction> latest(Card card) {
    return card.interactions().subList(0, Math.min(LATEST, card.interactions().size()));
  }

  /** The card's decisions newest first, undated last: the store sends them so, this keeps it so. */
  static List<Card.Decision> decisions(Card card) {
    return card.decisions().stream()
        .sorted(Comparator.comparing(Card.Decision::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .reversed())
        .toList();
  }

  static boolean fromSlack(Card.Decision decision) {
    return "slack".equalsIgnoreCase(decision.source());
  }

  /**
   * Decisions older than {@value #STALE_DAYS} days and tasks due more than that long ago, with no contact dated
   * after them; the longest-neglected first.
   */
  static List<Raise> worthRaising(Brief.Person person, LocalDate today) {
    LocalDate cutoff = today.minusDays(STALE_DAYS);
    LocalDate lastTalk = lastTalk(person);
    List<Raise> raises = new ArrayList<>();
    for (Card.Decision decision : person.card().decisions()) {
      if (unattended(decision.date(), cutoff, lastTalk)) {
        raises.add(new Raise(decision.date(),
            "Decided " + CardText.human(decision.date()) + ", not discussed since", decision.text()));
      }
    }
    for (Card.Task task : person.card().openTasks()) {
      if (unattended(task.due(), cutoff, lastTalk)) {
        raises.add(new Raise(task.due(), "Task due " + CardText.human(task.due()) + ", no contact since",
            task.text()));
      }
    }
    raises.sort(Comparator.comparing(Raise::since));
    return raises;
  }

  private static boolean unattended(LocalDate date, LocalDate cutoff, LocalDate lastTalk) {
    return date != null && date.isBefore(cutoff) && (lastTalk == null || !lastTalk.isAfter(date));
  }

  /**
   * The newest day we spoke: every interaction date, the card's own interactions in case the caller passed fewer,
   * and a last contact the note states, since "no contact since" must not contradict the note.
   */
  private static LocalDate lastTalk(Brief.Person person) {
    Card card = person.card();
    Stream<LocalDate> fromCard = card.interactions().stream().map(Card.Interaction::date);
    Stream<LocalDate> stated = card.lastContact() == null ? Stream.empty() : Stream.of(card.lastContact().date());
    return Stream.of(person.interactionDates().stream(), fromCard, stated)
        .flatMap(dates -> dates)
        .filter(date -> date != null)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}
