package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import kith.contact.CardStore.AppearanceRow;

/**
 * The JSON of the cards kept ready to read ({@code ready_card}, {@code ready_appearances}). A /who used to read a
 * card from six statements over the content tables and the mention index, decoding some 25 pages of rows on a
 * 20,000-person store; a ready card is one row. The content tables stay the record: a card that is missing, or
 * written in another {@link #FORMAT}, is read from them, and its note is written again by the next import.
 */
final class ReadyCards {
  /** The version of the JSON below. Raise it when {@link CardNote} or {@link AppearanceRow} changes shape. */
  static final int FORMAT = 1;

  private static final Gson GSON = new GsonBuilder()
      .disableHtmlEscaping()
      .registerTypeAdapter(LocalDate.class, new IsoDate().nullSafe())
      .create();

  private static final Type APPEARANCES = new TypeToken<List<AppearanceRow>>() {}.getType();

  private ReadyCards() {}

  static String json(CardNote note) {
    return GSON.toJson(note);
  }

  static CardNote note(String json) {
    return GSON.fromJson(json, CardNote.class);
  }

  static String json(List<AppearanceRow> appearances) {
    return GSON.toJson(appearances, APPEARANCES);
  }

  static List<AppearanceRow> appearances(String json) {
    return GSON.fromJson(json, APPEARANCES);
  }

  /** Dates as ISO text, as the notes write them. */
  private static final class IsoDate extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate date) throws IOException {
      out.value(date.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      return LocalDate.parse(in.nextString());
    }
  }
}
