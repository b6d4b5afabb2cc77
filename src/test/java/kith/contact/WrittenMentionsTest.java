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
    // Notes an earlier import wrote: this import kept none of their mentions, so its first pass reads the store.
    PeopleStore store = PeopleStore.open("h2", temp);
    store.write("Cy Lowe", "---\ntype: people\n---\n# Cy Lowe\n\n## Recent Context\n\n"
        + "- 2026-01-02: Call - Talked. (via Ana Lima)\n");
    store.importVault();
    WrittenMentions written = new WrittenMentions(Long.MAX_VALUE);
    try (store) {
      List<StoredMentions.Sourced> first = new ArrayList<>();
      store.jdbi.useHandle(handle -> written.forEach(handle, first::add));
      assertEquals(List.of("ana lima"), first.stream().map(sourced -> sourced.mention().nameKey()).toList());

      // Behind the import's back, the stored value now names someone else: a second read would see Bo.
      store.jdbi.useHandle(handle -> handle.createUpdate("UPDATE note_mentions SET mentions = :bo")
          .bind("bo", NoteMentions.json(List.of(BO))).execute());
      List<StoredMentions.Sourced> second = new ArrayList<>();
      store.jdbi.useHandle(handle -> written.forEach(handle, second::add));
      assertEquals(first, second);
    }
  }

  private static SavedNotes saved(long id, List<Mention> mentions) {
    return new SavedNotes(Set.of(), List.of(), Map.of(id, mentions));
  }

  private List<StoredMentions.Sourced> everyMention(WrittenMentions written) {
    database = TestDatabase.create("h2", temp.resolve("db"));
    List<StoredMentions.Sourced> all = new ArrayList<>();
    database.open().jdbi().useHandle(handle -> written.forEach(handle, all::add));
    return all;
  }
}
