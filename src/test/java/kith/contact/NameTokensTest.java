package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameTokensTest {

  @Test
  void namesAreFoldedToPlainLowerCaseTokens() {
    assertEquals(List.of("jose", "nunez"), NameTokens.of("José  Núñez"));
    assertEquals(List.of("jean", "luc", "o", "brien"), NameTokens.of("Jean-Luc O'Brien"));
    assertEquals(List.of("jeanluc", "obrien"), NameTokens.joined("Jean-Luc O'Brien"));
    assertEquals(List.of("lukasz", "strasse"), NameTokens.of("Łukasz Straße"));
    assertEquals(List.of("kushal"), NameTokens.of("@Kushal"));
    assertEquals(List.of(), NameTokens.of(" -- "));
  }

  @Test
  void bothFormsAtOnceAreTheFormsOneByOne() {
    List<String> names = List.of("José Núñez", "Jean-Luc O'Brien", "Ingrid Kovačević García", "Astrid Lê",
        "Łukasz Wójcik", "Renée\u00a0Ruiz", "ＡＢＣ Ｘ", "Ａ\u0301", "\u00bd", "O' Neil", "", "  ", "Ω-Ψ_φ");
    for (String name : names) {
      assertForms(name);
    }
    // Random text over ASCII, Latin-1, combining marks, other scripts and surrogate pairs.
    String alphabet = "aZ9 -'_.\t\u00a0éÉßæøłı\u0301\u0327ğŞЖж中文ｱ\uD83D\uDE00\u2003ﬁ";
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        int at = random.nextInt(alphabet.length());
        text.append(alphabet.charAt(at));
      }
      assertForms(text.toString());
    }
  }

  private static void assertForms(String text) {
    NameTokens.Forms forms = NameTokens.forms(text);
    assertEquals(NameTokens.of(text), forms.separated(), text);
    assertEquals(NameTokens.joined(text), forms.joined(), text);
  }
}
