package kith.contact;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.List;
import kith.contact.CardStore.AppearanceRow;

/**
 * The JSON of the cards kept ready to read ({@code ready_card}, {@code ready_appearances}). A /who used to read a
 * card from six statements over the content tables and the mention index, decoding some 25 pages of rows on a
 * 20,000-person store; a ready card is one row. The note's own records stay the reference: a card that is
 * missing, or written in another {@link #FORMAT}, is read from them, and its note is written again by the next
 * import.
 */
final class ReadyCards {
  /** The version of the JSON below. Raise it when {@link CardNote} or {@link AppearanceRow} changes shape. */
  static final int FORMAT = 1;

  private static final Type APPEARANCES = new TypeToken<List<AppearanceRow>>() {}.getType();

  private ReadyCards() {}

  static String json(CardNote note) {
    return StoredRecords.cardJson(note);
  }

  static CardNote note(String json) {
    return StoredJson.read(json, CardNote.class);
  }

  static String json(List<AppearanceRow> appearances) {
    return StoredRecords.appearancesJson(appearances);
  }

  static List<AppearanceRow> appearances(String json) {
    return StoredJson.read(json, APPEARANCES);
  }
}
