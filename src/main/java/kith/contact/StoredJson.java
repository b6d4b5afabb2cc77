package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.lang.reflect.Type;

/**
 * The JSON Kith keeps in its own columns (note documents, ready cards): records as objects, dates as ISO text. The
 * records it keeps are written and read by {@link StoredRecords}; reflection does the rest.
 */
final class StoredJson {
  private static final Gson GSON = StoredRecords.register(new GsonBuilder().disableHtmlEscaping()).create();

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
}
