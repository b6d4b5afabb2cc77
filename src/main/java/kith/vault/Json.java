package kith.vault;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** One Gson for attribute values: nulls kept, no HTML escaping, so the JSON reads like the note. */
final class Json {
  private static final Gson GSON =
      new GsonBuilder()
          .serializeNulls()
          .disableHtmlEscaping()
          .serializeSpecialFloatingPointValues()
          .create();

  private Json() {}

  static String of(Object value) {
    return GSON.toJson(value);
  }
}
