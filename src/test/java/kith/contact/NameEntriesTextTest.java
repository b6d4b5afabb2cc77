package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    assertEquals(entries, NameEntriesText.read(write(entries)).entries());
  }

  @Test
  void theTextHasNoNulForPostgreSqlToRefuse() {
    String written =
        write(List.of(new NameEntry(1, "a\u0000b", List.of("\u0000"), null, "\u0000", true)));

    assertEquals(-1, written.indexOf('\u0000'));
  }

  @Test
  void noEntriesIsAnEmptyText() {
    assertEquals("", write(List.of()));
    assertEquals(new NameEntriesText.Kept(List.of(), List.of()), NameEntriesText.read(""));
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

    assertEquals(entries, NameEntriesText.read(write(entries)).entries());
  }

  @Test
  void aTextCutShortOrMalformedIsRefused() {
    String written = write(List.of(new NameEntry(5, "Ada", List.of(), null, null, false)));

    String cutShort = written.substring(0, written.length() - 1);
    String unknownKind = written.replace("\u001Fn\u001F", "\u001Fx\u001F");
    String moreAliasesThanFields = written.replace("\u001F0\u001F", "\u001F3\u001F");
    String noAliasCount = written.replace("\u001F0\u001F", "\u001Fnone\u001F");
    String hugeAliasCount = written.replace("\u001F0\u001F", "\u001F" + Integer.MAX_VALUE + "\u001F");

    assertEquals(1, NameEntriesText.read(written).entries().size());
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(cutShort));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(unknownKind));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(moreAliasesThanFields));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(noAliasCount));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read(hugeAliasCount));
    assertThrows(IllegalArgumentException.class, () -> NameEntriesText.read("5\u001Fn\u001FAda\u001E"));
  }

  @Test
  void eachEntryComesBackWithItsSpellingsNormalised() {
    List<NameEntry> entries = List.of(
        new NameEntry(1, "José Núñez", List.of("Pepe"), null, null, false),
        new NameEntry(2, "Jean-Luc O'Brien", List.of("JL", "jean-luc o'brien"), null, null, false),
        new NameEntry(3, "!!!", List.of("Bo"), null, null, true));

    NameEntriesText.Kept kept = NameEntriesText.read(write(entries));

    assertEquals(entries.stream().map(EntrySpellings::of).toList(), kept.spellings());
    assertEquals(new EntrySpellings("jose nunez", List.of("jose nunez", "pepe")), kept.spellings().get(0));
    assertEquals(new EntrySpellings("jean luc o brien", List.of("jean luc o brien", "jeanluc obrien", "jl")),
        kept.spellings().get(1));
    assertEquals(new EntrySpellings("", List.of("bo")), kept.spellings().get(2));
  }

  @Test
  void anIndexBuiltFromKeptSpellingsAnswersAsOneBuiltFromTheEntries() {
    Random random = new Random(11);
    List<NameEntry> entries = new ArrayList<>(List.of(
        new NameEntry(1, "Kushal Datta", List.of("KD", "Kush"), "VP", "Acme", false),
        new NameEntry(2, "Zoë Green Álvarez", List.of(), null, null, true),
        new NameEntry(3, "Jean-Luc O'Brien", List.of(), null, null, false),
        new NameEntry(4, "Łukasz Nowak", List.of("Luke"), null, null, false)));
    for (int i = 5; i < 300; i++) {
      entries.add(new NameEntry(i, text(random) + " " + text(random), List.of(text(random)), null, null,
          random.nextBoolean()));
    }
    NameEntriesText.Kept kept = NameEntriesText.read(write(entries));
    NameIndex fromEntries = NameIndex.build(entries);
    NameIndex fromKept = NameIndex.build(kept.entries(), kept.spellings());

    for (String query : List.of("kushal datta", "KD", "kush", "zoe", "green alvarez", "jean luc", "obrien",
        "o'brien", "lukasz", "luke", "kushl", "nobody at all", "a", "é")) {
      assertEquals(fromEntries.resolve(query), fromKept.resolve(query), query);
    }
    assertInstanceOf(NameMatch.Found.class, fromKept.resolve("obrien"));
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

  /** The entries as Kith keeps them, each with its spellings. */
  private static String write(List<NameEntry> entries) {
    return NameEntriesText.write(entries, entries.stream().map(EntrySpellings::of).toList());
  }
}
