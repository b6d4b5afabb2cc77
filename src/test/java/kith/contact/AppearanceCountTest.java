package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.NoteMentions.Mention;
import kith.contact.StoredMentions.Sourced;
import org.junit.jupiter.api.Test;

class AppearanceCountTest {
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

  @Test
  void groupsByNoteThenHowWithTheNewestDateWhateverTheOrderTheyCameIn() {
    AppearanceCount count = new AppearanceCount();
    count.add(mention(7, "via", APRIL));
    count.add(mention(3, "via", null));
    count.add(mention(7, "related", null));
    count.add(mention(7, "via", MARCH));
    count.add(mention(3, "via", MARCH));
    count.add(mention(7, "via", null));

    assertEquals(List.of(
        new AppearanceRow(3, "via", 2, MARCH),
        new AppearanceRow(7, "related", 1, null),
        new AppearanceRow(7, "via", 3, APRIL)), count.byNote());
  }

  @Test
  void aNoteWithoutDatesHasNoLatest() {
    AppearanceCount count = new AppearanceCount();
    assertTrue(count.isEmpty());
    count.add(mention(5, "related", null));
    count.add(mention(5, "related", null));

    assertFalse(count.isEmpty());
    assertEquals(List.of(new AppearanceRow(5, "related", 2, null)), count.byNote());
  }

  private static Sourced mention(long note, String how, LocalDate on) {
    return new Sourced(note, new Mention("Dee Vale", "dee vale", how, on));
  }
}
