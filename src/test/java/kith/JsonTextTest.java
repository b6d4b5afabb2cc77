package kith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} with {@link JsonText.Escapes#AS_GSON} writes what Gson's writer writes with HTML escaping off,
 * character for character, so the JSON stored by this version and by earlier ones is the same text. (With
 * {@link JsonText.Escapes#ASCII}, {@code ReplyJsonTest} holds Kith's replies to what Bolt sends.) With
 * {@link JsonText.Escapes#SMALLEST_IN_MEMORY} it writes the same JSON, in the smaller of two spellings in memory.
 */
class JsonTextTest {
  private final SplittableRandom random = new SplittableRandom(20261205);

  /** Gson's writer, and the same calls kept for a {@link JsonText}. */
  private static final class Both {
    final StringWriter gsonText = new StringWriter();
    final JsonWriter gson = new JsonWriter(gsonText);
    final List<Consumer<JsonText>> calls = new ArrayList<>();

    Both() {
      gson.setHtmlSafe(false);
      gson.setSerializeNulls(true);
    }

    void stored(Consumer<JsonText> call) {
      calls.add(call);
    }

    String storedText() {
      return JsonText.write(JsonText.Escapes.AS_GSON, out -> calls.forEach(call -> call.accept(out)));
    }

    /** The same, by a new thread's writer: its array the size every thread's starts at, whatever ran before. */
    String storedTextByANewWriter() throws InterruptedException {
      String[] text = new String[1];
      Thread thread = new Thread(() -> text[0] = storedText());
      thread.start();
      thread.join();
      return text[0];
    }

    void assertSame() throws IOException {
      gson.flush();
      assertEquals(gsonText.toString(), storedText());
    }
  }

  @Test
  void aFewCharactersPastLatin1AreEscapedSoTheTextStaysOneByteACharacter() {
    String text = "Zoë Ångström met Paweł 📅 2026-01-12 — ✅ done; ".repeat(5);

    String json = smallest(text);

    assertEquals("[\"" + text.replace("ł", "\\u0142").replace("📅", "\\ud83d\\udcc5").replace("—", "\\u2014")
        .replace("✅", "\\u2705") + "\"]", json);
    assertEquals(JsonParser.parseString(JsonText.write(JsonText.Escapes.AS_GSON, out -> out.beginArray().value(text)
        .endArray())), JsonParser.parseString(json));
  }

  @Test
  void aTextMostlyPastLatin1KeepsItsCharactersAsTheyAre() {
    String cyrillic = "Пётр Ильич Чайковский, композитор";
    String japanese = "山田太郎さんとの打ち合わせ";

    assertEquals("[\"" + cyrillic + "\"]", smallest(cyrillic));
    assertEquals("[\"" + japanese + "\"]", smallest(japanese));
    assertEquals("[\"Zoë, Müller & Peña\"]", smallest("Zoë, Müller & Peña"), "Latin-1 is one byte a character");
  }

  private static String smallest(String text) {
    return JsonText.write(JsonText.Escapes.SMALLEST_IN_MEMORY, out -> out.beginArray().value(text).endArray());
  }

  @Test
  void everyCharacterOfTheBasicPlaneIsWrittenAsGsonWritesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    all.append(Character.MAX_VALUE);
    Both both = new Both();
    both.gson.beginArray();
    both.stored(out -> out.beginArray());
    for (int start = 0; start < all.length(); start += 4096) {
      String chunk = all.substring(start, Math.min(all.length(), start + 4096));
      both.gson.value(chunk);
      both.stored(out -> out.value(chunk));
    }
    both.gson.endArray();
    both.stored(out -> out.endArray());
    both.assertSame();
  }

  @Test
  void escapesAtEveryPlaceAroundTheBuffersEdgeAreWrittenWhole() throws IOException, InterruptedException {
    // The array starts at 8,192 characters: an escape written as the first, last or any character near its end, and
    // a string that ends just before, at or after it, each needs the room it takes (fails when one character short).
    for (int before = 8_160; before < 8_200; before++) {
      for (String escaped : new String[] {"\"", "\\", "\n", "\u0001", "\u2028", "é", "日"}) {
        Both both = new Both();
        String text = "x".repeat(before) + escaped + "y".repeat(random.nextInt(0, 4)) + escaped;
        both.gson.beginObject().name("k").value(text).endObject();
        both.stored(out -> out.beginObject().name("k").value(text).endObject());
        both.gson.flush();
        assertEquals(both.gsonText.toString(), both.storedTextByANewWriter());
      }
    }
  }

  @Test
  void randomDocumentsAreWrittenAsGsonWritesThem() throws IOException {
    for (int i = 0; i < 300; i++) {
      Both both = new Both();
      value(both, 0);
      both.assertSame();
    }
  }

  @Test
  void datesAreTheirIsoTextAsAString() throws IOException {
    Both both = new Both();
    both.gson.beginArray();
    both.stored(out -> out.beginArray());
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(0, 1, 1), LocalDate.of(7, 3, 9),
        LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
        LocalDate.of(-1, 6, 15), LocalDate.MIN, LocalDate.MAX));
    for (LocalDate date = LocalDate.of(1890, 1, 1); date.getYear() < 2110; date = date.plusDays(random.nextInt(1, 9))) {
      dates.add(date);
    }
    for (LocalDate date : dates) {
      both.gson.value(date.toString());
      both.stored(out -> out.value(date));
    }
    both.gson.endArray();
    both.stored(out -> out.endArray());
    both.assertSame();
  }

  @Test
  void eachValueIsWrittenAloneAfterALargeOneAFailedOneAndOneWrittenWithinIt() {
    String large = "z".repeat(100_000);
    assertEquals("[\"" + large + "\"]",
        JsonText.write(JsonText.Escapes.AS_GSON, out -> out.beginArray().value(large).endArray()));
    assertThrows(IllegalStateException.class, () -> JsonText.write(JsonText.Escapes.AS_GSON, out -> {
      out.beginObject().name("half");
      throw new IllegalStateException("a value that cannot be written");
    }));
    String[] inner = new String[1];
    String outer = JsonText.write(JsonText.Escapes.AS_GSON, out -> {
      out.beginArray().value(1);
      inner[0] = JsonText.quoted("inner");
      out.value(2).endArray();
    });
    assertEquals("[1,2]", outer);
    assertEquals("\"inner\"", inner[0]);
    assertEquals("{\"after\":true}",
        JsonText.write(JsonText.Escapes.AS_GSON, out -> out.beginObject().name("after").value(true).endObject()));
  }

  @Test
  void quotedIsAStringValue() throws IOException {
    for (int i = 0; i < 200; i++) {
      String text = text();
      Both both = new Both();
      both.gson.value(text);
      both.stored(out -> out.value(text));
      assertEquals(both.storedText(), JsonText.quoted(text));
      both.assertSame();
    }
  }

  private void value(Both both, int depth) throws IOException {
    int kind = depth > 3 ? random.nextInt(4) : random.nextInt(6);
    switch (kind) {
      case 0 -> {
        String text = text();
        both.gson.value(text);
        both.stored(out -> out.value(text));
      }
      case 1 -> {
        long number = random.nextBoolean() ? random.nextInt(-5, 5000) : random.nextLong();
        both.gson.value(number);
        both.stored(out -> out.value(number));
      }
      case 2 -> {
        boolean flag = random.nextBoolean();
        both.gson.value(flag);
        both.stored(out -> out.value(flag));
      }
      case 3 -> {
        both.gson.nullValue();
        both.stored(out -> out.nullValue());
      }
      case 4 -> {
        both.gson.beginArray();
        both.stored(out -> out.beginArray());
        for (int n = random.nextInt(5); n > 0; n--) {
          value(both, depth + 1);
        }
        both.gson.endArray();
        both.stored(out -> out.endArray());
      }
      default -> {
        both.gson.beginObject();
        both.stored(out -> out.beginObject());
        for (int n = random.nextInt(5); n > 0; n--) {
          String name = text();
          both.gson.name(name);
          both.stored(out -> out.name(name));
          value(both, depth + 1);
        }
        both.gson.endObject();
        both.stored(out -> out.endObject());
      }
    }
  }

  /** Mostly plain text, with every kind of character JSON escapes, and some it does not. */
  private String text() {
    String[] pieces = {"Kushal Datta", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\u0000", "\u001f", "\u007f", "<@U1>",
        "&", "=", "'", "Zoë", "日本語", "🎉", "\u2028", "\u2029", "\ud800", "—", " "};
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      text.append(random.nextInt(3) == 0 ? "x".repeat(random.nextInt(200)) : pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
