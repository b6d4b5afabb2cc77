package kith.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A note's lines as the definition has them: the text decoded whole, a byte order mark at its start left out, split
 * at LF, CRLF and CR, a final line break starting no line. Most notes take a faster way (each line decoded on its
 * own); both must give the same lines.
 */
class NoteTextTest {
  private static final String[] PIECES = {
    "a", "Kushal", " ", "é", "’", "—", "\u4e2d", "\uD83D\uDE00", "\n", "\n", "\r\n", "\r", "\uFEFF", "- [ ] x", "",
  };

  @Test
  void linesAsTheDefinitionHasThem() throws NoteParseException {
    for (String text : List.of("", "\n", "\n\n", "a", "a\n", "a\nb", "a\n\nb\n", "’\nx", "x\n’", "\uFEFF",
        "\uFEFF\n", "\uFEFFa\nb", "a\uFEFF\n", "a\r\nb", "a\rb\r", "a\n\rb", "é\n—\n\u4e2d\n\uD83D\uDE00")) {
      assertEquals(definition(text), lines(text), () -> "for " + text.replace("\n", "\\n").replace("\r", "\\r"));
    }
  }

  @Test
  void randomTextsReadAsTheDefinitionHasThem() throws NoteParseException {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertEquals(definition(text.toString()), lines(text.toString()), text::toString);
    }
  }

  @Test
  void aNulOrABadByteOnAnyLineIsNoText() {
    for (byte[] bytes : List.of(new byte[] {'a', '\n', 0, '\n'}, new byte[] {'a', '\n', (byte) 0xe2, '\n', 'b'},
        new byte[] {(byte) 0xc3})) {
      NoteParseException error = assertThrows(NoteParseException.class, () -> NoteText.decode("People/x.md", bytes));
      assertEquals(NoteText.NOT_TEXT, error.reason());
    }
  }

  @Test
  void aLineHoldingTheReplacementCharacterItselfIsRead() throws NoteParseException {
    assertEquals(List.of("a", "b\uFFFDc"), lines("a\nb\uFFFDc\n"));
  }

  private static List<String> lines(String text) throws NoteParseException {
    return NoteText.decode("People/x.md", text.getBytes(StandardCharsets.UTF_8)).lines();
  }

  private static List<String> definition(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = new ArrayList<>(List.of(body.split("\r\n|\r|\n", -1)));
    if (!body.isEmpty() && (body.endsWith("\n") || body.endsWith("\r"))) {
      lines.remove(lines.size() - 1);
    }
    return body.isEmpty() ? List.of() : lines;
  }
}
