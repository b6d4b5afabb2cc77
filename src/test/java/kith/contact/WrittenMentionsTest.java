package kith.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteMentions.Mention;
import kith.db.TestDatabase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import keeps of the mentions it wrote, read against a real (empty) store. */
class WrittenMentionsTest {
  private static final Mention ANA = new Mention("Ana Lima", "ana lima", "via", LocalDate.of(2026, 1, 2));
  private static final Mention BO = new Mention("Bo Rind", "bo rind", "related", null);

  @TempDir Path temp;
  @AutoClose private TestDatabase database;

  @Test
  void aNoteWrittenTwiceInOneImportCountsWhatItNamesNowOnly() {
    WrittenMentions written = new WrittenMentions(Long.MAX_VALUE);
    written.add(saved(7L, List.of(ANA, BO)));
    written.add(saved(7L, List.of(BO)));

    assertEquals(List.of(new StoredMentions.Sourced(7L, BO)), everyMention(written));
  }

  @Test
  void aNoteWrittenTwiceLeavesRoomForWhatItNamesNow() {
    // Room for one note naming two people: the note's second writing replaces its first within that room.
    WrittenMentions written = new WrittenMentions(80 + 2 * 160);
    written.add(saved(7L, List.of(ANA, BO)));
    written.add(saved(7L, List.of(BO, ANA)));

    assertEquals(List.of(new StoredMentions.Sourced(7L, BO), new StoredMentions.Sourced(7L, ANA)),
        everyMention(written));
  }

  @Test
  void whatOnePassReadsFromTheStoreTheNextTakesFromMemory() throws Exception {
    List<List<String>> passes = twoPassesWithCysValueChangedBetween(new WrittenMentions(Long.MAX_VALUE), false);

    assertEquals(List.of(List.of("ana lima", "ana lima"), List.of("ana lima", "ana lima")), passes);
  }

  @Test
  void withNoRoomForWhatItReadsTheOtherPassReadsTheStoreAgain() throws Exception {
    // Room for less than a note naming one person: neither note is kept, nor a part of one.
    List<List<String>> passes = twoPassesWithCysValueChangedBetween(new WrittenMentions(80 + 159), false);

    assertEquals(List.of(List.of("ana lima", "ana lima"), List.of("ana lima", "bo rind")), passes);
  }

  @Test
  void withMentionRowsFromBeforeV10NothingReadIsKept() throws Exception {
    List<List<String>> passes = twoPassesWithCysValueChangedBetween(new WrittenMentions(Long.MAX_VALUE), true);

    // Dee's rows win over Dee's value, as they do in every reader of the store.
    assertEquals(List.of(List.of("ana lima", "eve marsh"), List.of("bo rind", "eve marsh")), passes);
  }

  /**
   * Two notes an earlier import wrote, both naming Ana, and so kept by none; with {@code rowsForDee}, a mention row
   * as a Kith before V10 wrote it for Dee's note too. Two passes over every mention, with Cy's stored value made to
   * name Bo between them behind the import's back: the name keys each pass saw, sorted.
   */
  private List<List<String>> twoPassesWithCysValueChangedBetween(WrittenMentions written, boolean rowsForDee)
      throws Exception {
    try (PeopleStore store = PeopleStore.open("h2", temp)) {
      for (String name : List.of("Cy Lowe", "Dee Park")) {
        store.write(name, "---\ntype: people\n---\n# " + name + "\n\n## Recent Context\n\n"
            + "- 2026-01-02: Call - Talked. (via Ana Lima)\n");
      }
      store.importVault();
      long cy = store.idOf("Cy Lowe");
      long dee = store.idOf("Dee Park");
      if (rowsForDee) {
        store.jdbi.useHandle(handle -> handle.execute("INSERT INTO mention (source_contact_id, position, name, "
            + "name_key, how) VALUES (?, 0, 'Eve Marsh', 'eve marsh', 'via')", dee));
      }
      List<List<String>> passes = new ArrayList<>();
      passes.add(onePass(store, written));
      store.jdbi.useHandle(handle -> handle
          .createUpdate("UPDATE note_mentions SET mentions = :bo WHERE contact_id = :cy")
          .bind("bo", NoteMentions.json(List.of(BO))).bind("cy", cy).execute());
      passes.add(onePass(store, written));
      return passes;
    }
  }

  private static List<String> onePass(PeopleStore store, WrittenMentions written) {
    List<String> keys = new ArrayList<>();
    store.jdbi.useHandle(handle -> written.forEach(handle, sourced -> keys.add(sourced.mention().nameKey())));
    return keys.stream().sorted().toList();
  }

  private static SavedNotes saved(long id, List<Mention> mentions) {
    return new SavedNotes(List.of(), List.of(), Map.of(), Map.of(id, mentions), Set.of());
  }

  private List<StoredMentions.Sourced> everyMention(WrittenMentions written) {
    database = TestDatabase.create("h2", temp.resolve("db"));
    List<StoredMentions.Sourced> all = new ArrayList<>();
    database.open().jdbi().useHandle(handle -> written.forEach(handle, all::add));
    return all;
  }
}
