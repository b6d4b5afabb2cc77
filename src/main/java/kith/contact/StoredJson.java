package kith.contact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.lang.reflect.Type;

/**
 * Reads the JSON Kith keeps in its own columns (note documents, ready cards): records as objects, dates as ISO text.
 * The records it keeps are read by {@link StoredRecords}, which also writes them; reflection reads the rest.
 */
final class StoredJson {
  private static final Gson GSON = StoredRecords.register(new GsonBuilder().disableHtmlEscaping()).create();

  private StoredJson() {}

  static <T> T read(String json, Type type) {
    return GSON.fromJson(json, type);
  }
}
