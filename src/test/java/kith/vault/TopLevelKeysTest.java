package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopLevelKeysTest {
  /** The placeholder check says what {@code \{\{.*?}}} says, on 100,000 random values of braces and text. */
  @Test
  void aPlaceholderIsFoundWhereThePatternFindsOne() {
    Pattern placeholder = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    String[] pieces = {"{", "}", "{{", "}}", "date", "\n", " "};
    SplittableRandom random = new SplittableRandom(9);
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int j = random.nextInt(7); j > 0; j--) {
        value.append(pieces[random.nextInt(pieces.length)]);
      }
      boolean expected = placeholder.matcher(value).find();
      assertEquals(expected, new TopLevelKeys.KeyBlock("k", 0, 1, value.toString()).hasPlaceholder(),
          value.toString());
      found += expected ? 1 : 0;
    }
    assertTrue(found > 5_000, found + " placeholders");
  }
}
