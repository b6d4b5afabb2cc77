package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DatesTest {
  /** The character-by-character check says what the pattern says, on 200,000 texts near and far from a date. */
  @Test
  void anIsoDateIsRecognisedAsItsPatternRecognisesIt() {
    Pattern iso = Pattern.compile(Dates.ISO);
    String[] starts = {"2026-01-", "2026-1-", "2026-01", "2026-", "", "٣026-01-"};
    String[] pieces = {"2026", "-", "01", "1", "12", "/", "x", " ", "٣", "-0"};
    SplittableRandom random = new SplittableRandom(5);
    int dates = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
      int count = random.nextInt(4);
      for (int j = 0; j < count; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      boolean expected = iso.matcher(text).matches();
      assertEquals(expected, Dates.isIso(text.toString()), text.toString());
      dates += expected ? 1 : 0;
    }
    assertTrue(dates > 2_000, dates + " dates");
  }
}
