package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameEntriesTextTest {

  @Test
  void entriesComeBackAsTheyWereWritten() {
    List<NameEntry> entries = List.of(
        new NameEntry(1, "Kushal Datta", List.of("KD", "Kush"), "VP Engineering", "Acme", false),
        new NameEntry(2, "Zoë Green Álvarez", List.of(), null, null, true),
        new NameEntry(3, "", List.of(""), "", "", false),
        new NameEntry(Long.MAX_VALUE, "A\u001Fb\u001Ec\u001Bd\u0000e\u0001", List.of("\u001B", "\u0000"), "\u0001",
            "x\u001B@", false));

    assertEquals(entries, NameEntriesText.read(NameEntriesText.write(entries)));
  }

  @Test
  void theTextHasNoNulForPostgreSqlToRefuse() {
    String written =
        NameEntriesText.write(List.of(new NameEntry(1, "a\u0000b", List.of("\u0000"), null, "\u0000", true)));

    assertEquals(-1, written.indexOf('\u0000'));
  }

  @Test
  void noEntriesIsAnEmptyText() {
    assertEquals("", NameEntriesText.write(List.of()));
    assertEquals(List.of(), NameEntriesText.read(""));
  }

  @Test
  void anyTextSurvives() {
    Random random = new Random(7);
    List<NameEntry> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      List<String> aliases = new ArrayList<>();
      for (int a = random.nextInt(3); a > 0; a--) {
        aliases.add(text(random));
      }
      entries.add(new NameEntry(i, text(random), aliases, random.nextBoolean() ? null : text(random),
          random.nextBoolean() ? null : text(random), random.nextBoolean()));
    }

    assertEquals(entries, NameEntriesText.read(NameEntriesText.write(entries)));
  }

  @Test
  void aTextCutShortOrMalformedIsRefused() {
    String written = NameEntriesText.write(List.of(new NameEntry(5, "Ada", List.of(), null, null, false)));

    String cutShort = written.substring(0, written.length() - 1);
    String unknownKind = "5\u001Fx\u001FAda\u001F\u0001\u001F\u0001\u001E";

    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(cutShort));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(unknownKind));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read("5\u001Fn\u001FAda\u001E"));
  }

  /** Short strings over a few letters and every character the layout uses. */
  private static String text(Random random) {
    String alphabet = "aé Z\u001F\u001E\u001B\u0000\u0001@A_^[😀";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
