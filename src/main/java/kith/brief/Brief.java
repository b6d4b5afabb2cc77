package kith.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kith.contact.Card;

/**
 * A brief: for whom it is, and the people it covers.
 *
 * @param title the meeting's title, or null for a brief asked for on demand
 * @param meetingStart when the meeting starts, or null
 * @param people the people it covers, in the order the brief shows them
 */
public record Brief(String title, Instant meetingStart, List<Person> people) {
  public Brief {
    people = people == null ? List.of() : List.copyOf(people);
  }

  /**
   * One person of a brief.
   *
   * @param card their card: role, organisation, relationship, last contact, interactions (newest first, at most
   *     five), open tasks, decisions (all, newest first, from notes and Slack), key facts, topics
   * @param interactionDates the date of every dated interaction, not only the card's five: what "worth raising"
   *     checks for contact since a decision or a due date
   */
  public record Person(Card card, List<LocalDate> interactionDates) {
    public Person {
      Objects.requireNonNull(card, "card");
      interactionDates = interactionDates == null
          ? List.of() : interactionDates.stream().filter(Objects::nonNull).toList();
    }
  }
}
