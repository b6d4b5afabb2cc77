package kith.brief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kith.contact.Cards;

/** Gathers a brief from the store at the moment it is needed, so it says what the notes say now. */
final class BriefAssembler {
  private BriefAssembler() {}

  /** The brief on {@code contactIds}; people no longer in the store are left out. */
  static Brief compose(Cards cards, String title, Instant meetingStart, Collection<Long> contactIds) {
    List<Brief.Person> people = new ArrayList<>();
    for (long id : contactIds) {
      cards.card(id).ifPresent(card -> people.add(new Brief.Person(card, cards.interactionDates(id))));
    }
    return new Brief(title, meetingStart, people);
  }
}
