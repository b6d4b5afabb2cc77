package kith.contact;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import kith.JsonText;

/**
 * The people one note names besides its own ({@link Mentions}), kept as one JSON value per note in
 * {@code note_mentions} (see V10): as a row each they were a quarter of an import's time.
 */
final class NoteMentions {
  /**
   * The version of the JSON below, kept beside each value. Nothing reads it yet: there is one version, and a field
   * added later is read past. A change that cannot be read so must also have its notes written again.
   */
  static final int FORMAT = 1;

  /** One person a note names, and how: {@code via} an interaction (on its date, if it has one) or {@code related}. */
  record Mention(String name, String nameKey, String how, LocalDate happenedOn) {}

  /** The JSON name of {@link Mention#nameKey}, which {@link #nameKeyAsWritten} looks for. */
  static final String NAME_KEY = "nameKey";

  private static final Type LIST = new TypeToken<List<Mention>>() {}.getType();

  private NoteMentions() {}

  static String json(List<Mention> mentions) {
    return StoredRecords.mentionsJson(mentions);
  }

  /** How {@link #json} writes a mention's name key, field name and all: what a note's value holds if it names it. */
  static String nameKeyAsWritten(String nameKey) {
    return '"' + NAME_KEY + "\":" + JsonText.quoted(nameKey);
  }

  static List<Mention> of(String json) {
    return StoredJson.read(json, LIST);
  }
}
