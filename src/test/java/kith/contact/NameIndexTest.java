package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import kith.contact.NameMatch.Ambiguous;
import kith.contact.NameMatch.Found;
import kith.contact.NameMatch.NotFound;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  private static final NameEntry KUSHAL = note(1, "Kushal Datta");
  private static final NameEntry DENWORTH = note(2, "Jeff Denworth");
  private static final NameEntry BEZOS = note(3, "Jeff Bezos");
  private static final NameEntry JOSE = note(4, "José Núñez");
  private static final NameEntry ZOE = note(5, "Zoe Martin");
  private static final NameEntry ROBERT =
      new NameEntry(6, "Robert Smith", List.of("Bob Smith", "Bobby"), "CTO", "Acme", false);
  private static final NameEntry JEAN_LUC = note(7, "Jean-Luc O'Brien");
  private static final NameEntry LUKASZ = note(8, "Łukasz Wójcik");
  private static final NameEntry JONSON = note(9, "Mark Jonson");
  private static final NameEntry JOHNSON = note(10, "Mark Johnson");
  private static final NameEntry ALEX_CHEN = note(11, "Alex Chen");
  private static final NameEntry ALEX_ABBOTT = mentioned(12, "Alex Abbott");
  private static final NameEntry MARIA = note(13, "Maria Garcia");
  private static final NameEntry OTHER_MARIA = note(14, "Maria Garcia");

  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              KUSHAL, DENWORTH, BEZOS, JOSE, ZOE, ROBERT, JEAN_LUC, LUKASZ, JONSON, JOHNSON, ALEX_CHEN,
              ALEX_ABBOTT, MARIA, OTHER_MARIA));

  @Test
  void exactNameIsFound() {
    assertEquals(found(KUSHAL), INDEX.resolve("Kushal Datta"));
    assertEquals(found(DENWORTH), INDEX.resolve("  Jeff   Denworth "));
  }

  @Test
  void aStricterReadingDecidesBeforeALooserOne() {
    NameEntry jeff = note(20, "Jeff");
    NameEntry jeanne = note(21, "Jeanne Moreau");
    NameIndex index = NameIndex.build(List.of(DENWORTH, BEZOS, JEAN_LUC, jeff, jeanne));
    // The whole name beats two token matches; a whole token beats a prefix of "jeanne".
    assertEquals(found(jeff), index.resolve("jeff"));
    assertEquals(found(JEAN_LUC), index.resolve("Jean"));
    assertEquals(found(jeanne), index.resolve("Jeann"));
  }

  @Test
  void caseDoesNotMatter() {
    assertEquals(found(KUSHAL), INDEX.resolve("KUSHAL DATTA"));
    assertEquals(found(KUSHAL), INDEX.resolve("kushal datta"));
  }

  @Test
  void leadingAtSignIsIgnored() {
    assertEquals(found(KUSHAL), INDEX.resolve("@kushal"));
  }

  @Test
  void accentsInTheNameNeedNotBeTyped() {
    assertEquals(found(JOSE), INDEX.resolve("Jose Nunez"));
    assertEquals(found(JOSE), INDEX.resolve("nunez"));
  }

  @Test
  void accentsTypedMatchANameWrittenWithout() {
    assertEquals(found(ZOE), INDEX.resolve("Zoë Martin"));
    assertEquals(found(JOSE), INDEX.resolve("JOSÉ"));
  }

  @Test
  void lettersWithoutDecompositionFoldToPlainLatin() {
    assertEquals(found(LUKASZ), INDEX.resolve("Lukasz Wojcik"));
  }

  @Test
  void aliasesAreFoundExactlyAndByToken() {
    assertEquals(found(ROBERT), INDEX.resolve("Bob Smith"));
    assertEquals(found(ROBERT), INDEX.resolve("bobby"));
    assertEquals(found(ROBERT), INDEX.resolve("bob"));
    // His name and an alias both have "smith": one person, whether typed whole, in part or misspelt.
    assertEquals(found(ROBERT), INDEX.resolve("Smith"));
    assertEquals(found(ROBERT), INDEX.resolve("smi"));
    assertEquals(found(ROBERT), INDEX.resolve("Smyth"));
  }

  @Test
  void tokensMustComeFromOneSpelling() {
    // "robert" is in the name and "bobby" is an alias: no single way of writing him has both.
    assertEquals(new NotFound(List.of(ROBERT)), INDEX.resolve("Robert Bobby"));
  }

  @Test
  void punctuationSeparatesAndCanBeLeftOut() {
    assertEquals(found(JEAN_LUC), INDEX.resolve("Jean Luc"));
    assertEquals(found(JEAN_LUC), INDEX.resolve("obrien"));
    assertEquals(found(JEAN_LUC), INDEX.resolve("Jeanluc O’Brien"));
    assertEquals(found(JEAN_LUC), INDEX.resolve("jean-luc"));
  }

  @Test
  void punctuationTypedMatchesANameWrittenWithout() {
    NameEntry written = note(1, "Siobhan OBrien");
    assertEquals(found(written), NameIndex.build(List.of(written)).resolve("O'Brien"));
  }

  @Test
  void firstNameAloneFindsTheOnlyOneWithIt() {
    assertEquals(found(KUSHAL), INDEX.resolve("Kushal"));
  }

  @Test
  void firstNameSharedByTwoIsAmbiguous() {
    assertEquals(new Ambiguous(List.of(BEZOS, DENWORTH)), INDEX.resolve("Jeff"));
  }

  @Test
  void lastNameAloneIsFound() {
    assertEquals(found(DENWORTH), INDEX.resolve("Denworth"));
    assertEquals(found(KUSHAL), INDEX.resolve("datta"));
  }

  @Test
  void tokensMayComeInAnyOrder() {
    assertEquals(found(KUSHAL), INDEX.resolve("Datta Kushal"));
    assertEquals(found(DENWORTH), INDEX.resolve("Denworth, Jeff"));
  }

  @Test
  void initialsStandForATokenStartingWithThem() {
    assertEquals(found(KUSHAL), INDEX.resolve("K. Datta"));
    assertEquals(found(KUSHAL), INDEX.resolve("K Datta"));
    assertEquals(found(BEZOS), INDEX.resolve("J Bezos"));
    assertEquals(found(DENWORTH), INDEX.resolve("Denworth J."));
  }

  @Test
  void anInitialMustFitTheOtherToken() {
    assertEquals(new NotFound(List.of()), INDEX.resolve("X Datta"));
  }

  @Test
  void initialsAloneMatchNoOneButAreSuggestedClosest() {
    assertEquals(new NotFound(List.of(KUSHAL)), INDEX.resolve("K D"));
  }

  @Test
  void aTokenIsNotUsedTwice() {
    assertEquals(new NotFound(List.of(BEZOS, DENWORTH)), INDEX.resolve("Jeff Jeff"));
  }

  @Test
  void prefixesFindAHalfTypedName() {
    assertEquals(found(KUSHAL), INDEX.resolve("kush"));
    assertEquals(found(KUSHAL), INDEX.resolve("Kus Dat"));
    assertEquals(found(KUSHAL), INDEX.resolve("K Dat"));
    assertEquals(found(DENWORTH), INDEX.resolve("Jeff Den"));
  }

  @Test
  void aPrefixSharedByTwoIsAmbiguous() {
    assertEquals(new Ambiguous(List.of(BEZOS, DENWORTH)), INDEX.resolve("Jef"));
  }

  @Test
  void typosAreForgiven() {
    assertEquals(found(KUSHAL), INDEX.resolve("Kushal Dutta"));
    assertEquals(found(KUSHAL), INDEX.resolve("Kushl"));
    assertEquals(found(DENWORTH), INDEX.resolve("Jeff Denwrth"));
    assertEquals(found(DENWORTH), INDEX.resolve("Jef Denwroth"));
  }

  @Test
  void theClosestTypoWins() {
    // One edit from Jonson, two from Johnson.
    assertEquals(found(JONSON), INDEX.resolve("Mark Jonsen"));
  }

  @Test
  void equallyCloseTyposAreAmbiguous() {
    assertEquals(new Ambiguous(List.of(BEZOS, DENWORTH)), INDEX.resolve("Jeef"));
  }

  @Test
  void shortTokensAllowFewerEdits() {
    // Two edits are too many for a five-letter token, one too many for a two-letter one.
    assertEquals(new NotFound(List.of()), INDEX.resolve("Dotte"));
    assertEquals(new NotFound(List.of(KUSHAL)), INDEX.resolve("Kushal Du"));
  }

  @Test
  void notFoundSuggestsTheClosestNames() {
    assertEquals(new NotFound(List.of(BEZOS, DENWORTH)), INDEX.resolve("Jeff Bozo"));
    assertEquals(new NotFound(List.of(MARIA, OTHER_MARIA)), INDEX.resolve("Maria Garcie Lopez"));
    assertEquals(new NotFound(List.of(KUSHAL)), INDEX.resolve("Kushal Patel"));
  }

  @Test
  void notFoundSuggestsNoOneWhenNothingIsClose() {
    assertEquals(new NotFound(List.of()), INDEX.resolve("Xavier Quinterro"));
  }

  @Test
  void blankQueryFindsNothing() {
    assertEquals(new NotFound(List.of()), INDEX.resolve(""));
    assertEquals(new NotFound(List.of()), INDEX.resolve("   "));
    assertEquals(new NotFound(List.of()), INDEX.resolve("@ - ."));
    assertEquals(new NotFound(List.of()), INDEX.resolve(null));
  }

  @Test
  void twoContactsWithTheSameNameAreBothOffered() {
    assertEquals(new Ambiguous(List.of(MARIA, OTHER_MARIA)), INDEX.resolve("Maria Garcia"));
    assertEquals(new Ambiguous(List.of(MARIA, OTHER_MARIA)), INDEX.resolve("garcia"));
  }

  @Test
  void contactsWithANoteComeBeforeMentionedOnes() {
    assertEquals(new Ambiguous(List.of(ALEX_CHEN, ALEX_ABBOTT)), INDEX.resolve("Alex"));
  }

  @Test
  void ambiguousListsAtMostTenCandidates() {
    List<NameEntry> entries = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      entries.add(note(i, "Sam " + (char) ('A' + i) + "lder"));
    }
    NameMatch match = NameIndex.build(entries).resolve("Sam");
    assertEquals(new Ambiguous(entries.subList(0, 10)), match);
  }

  @Test
  void ambiguousListsTheTenFirstInRankWhateverTheOrderTheyWereIndexedIn() {
    List<NameEntry> byRank = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String surname = (char) ('a' + i % 20) + (i < 20 ? "lder" : "ller");
      byRank.add(i < 20 ? note(i, "Sam " + surname) : mentioned(i, "Sam " + surname));
    }
    List<NameEntry> shuffled = new ArrayList<>(byRank);
    Collections.shuffle(shuffled, new Random(3));
    NameIndex index = NameIndex.build(shuffled);

    assertEquals(new Ambiguous(byRank.subList(0, 10)), index.resolve("Sam"));
    assertEquals(new Ambiguous(byRank.subList(0, 10)), index.resolve("Samm"), "through the typo rule");
  }

  @Test
  void sizeCountsEveryEntry() {
    assertEquals(14, INDEX.size());
    assertEquals(0, NameIndex.empty().size());
    assertEquals(new NotFound(List.of()), NameIndex.empty().resolve("Kushal"));
  }

  @Test
  void duplicateContactIdsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> NameIndex.build(List.of(note(1, "Ann Lee"), note(1, "Bo Ng"))));
  }

  @Test
  void twentyThousandContactsResolveCorrectly() {
    String[] syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo", "be", "su"};
    List<String> firstNames = new ArrayList<>();
    for (String a : syllables) {
      for (String b : syllables) {
        firstNames.add(capitalised(a + b));
      }
    }
    List<String> lastNames = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lastNames.add(capitalised(syllables[i / 100] + syllables[i / 10 % 10] + syllables[i % 10]));
    }
    List<NameEntry> entries = new ArrayList<>(List.of(KUSHAL, DENWORTH, BEZOS));
    for (String first : firstNames) {
      for (String last : lastNames) {
        entries.add(note(100 + entries.size(), first + " " + last));
      }
    }
    NameIndex index = NameIndex.build(entries);

    assertEquals(20_003, index.size());
    NameEntry someone = entries.get(12_345);
    assertEquals(found(someone), index.resolve(someone.name()));
    assertEquals(found(someone), index.resolve(someone.name().toUpperCase()));
    assertEquals(found(KUSHAL), index.resolve("Kushal Dutta"));
    assertEquals(found(KUSHAL), index.resolve("Datta"));
    assertEquals(found(DENWORTH), index.resolve("Jeff Denwrth"));
    assertEquals(new Ambiguous(List.of(BEZOS, DENWORTH)), index.resolve("Jeff"));
    // 200 people share each first name; the first ten by last name are offered.
    List<NameEntry> kalos =
        entries.stream()
            .filter(e -> e.name().startsWith("Kalo "))
            .sorted(Comparator.comparing(NameEntry::name))
            .toList();
    assertEquals(new Ambiguous(kalos.subList(0, 10)), index.resolve("Kalo"));
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static NameEntry note(long id, String name) {
    return new NameEntry(id, name, List.of(), null, null, false);
  }

  private static NameEntry mentioned(long id, String name) {
    return new NameEntry(id, name, List.of(), null, null, true);
  }

  private static NameMatch found(NameEntry entry) {
    return new Found(entry);
  }
}
