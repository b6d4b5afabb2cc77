package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** The JSON Kith keeps in its own columns (note documents, ready cards): records as objects, dates as ISO text. */
final class StoredJson {
  private static final Gson GSON = new GsonBuilder()
      .disableHtmlEscaping()
      .registerTypeAdapter(LocalDate.class, new IsoDate().nullSafe())
      .create();

  private StoredJson() {}

  /**
   * Written into a builder of {@code expectedChars}: Gson's own {@code toJson} writes into a synchronised buffer
   * of 16 chars that grows by copying, which was a quarter of writing an 8 KB note document on import.
   */
  static String of(Object value, Type type, int expectedChars) {
    StringBuilder json = new StringBuilder(expectedChars);
    GSON.toJson(value, type, json);
    return json.toString();
  }

  static <T> T read(String json, Type type) {
    return GSON.fromJson(json, type);
  }

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
