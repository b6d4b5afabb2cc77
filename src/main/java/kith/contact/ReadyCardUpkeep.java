package kith.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.NoteContentStore.ReadyCardRow;
import kith.contact.ReadyCardStore.ContactName;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What an import does to the cards kept ready to read besides writing each note's own part with the note: where
 * other notes name each person. That changes when any note's mentions change, so an import marks the kept
 * appearances outdated before it writes a note ({@link #begin}) and rebuilds, once its notes are written, those
 * of everyone a touched name may be ({@link #finish}). Until then, and after an import that stopped half-way,
 * cards count appearances from the stored mentions, as they did before cards were kept ready.
 */
public final class ReadyCardUpkeep {
  /** Ids per delete: a bound list stays well inside what either database takes. */
  private static final int IDS_PER_STATEMENT = 500;
  private final Jdbi jdbi;

  public ReadyCardUpkeep(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Marks the kept appearances outdated, before an import writes its first note.
   *
   * @return whether they were current: if not, an earlier import stopped before rebuilding them, and which names
   *     it touched is not known, so {@link #finish} must rebuild everyone's. Nor are they current while mention rows
   *     from before V10 remain: an earlier Kith sharing the store (a rolling upgrade) may have rebuilt them from
   *     those rows alone.
   */
  public boolean begin() {
    return jdbi.inTransaction(handle -> {
      ReadyCardStore store = handle.attach(ReadyCardStore.class);
      boolean current = store.appearancesCurrent() && !StoredMentions.anyRowsFromBeforeNoteMentions(handle);
      store.setAppearancesCurrent(false);
      return current;
    });
  }

  /**
   * Keeps ready the cards of people only named in notes, and rebuilds the appearances of everyone named by one of
   * {@code touchedNames} (everyone's when {@code everyone}), marking them current, in one transaction, at the end of
   * an import that wrote the {@code written} notes. A person only named in notes is added, or brought back, only when
   * a name changed, so an import that touched none has nothing to do.
   */
  public void finish(Set<String> touchedNames, boolean everyone, WrittenMentions written) {
    if (touchedNames.isEmpty() && !everyone) {
      jdbi.useHandle(handle -> handle.attach(ReadyCardStore.class).setAppearancesCurrent(true));
      return;
    }
    jdbi.useTransaction(handle -> {
      ReadyCardStore store = handle.attach(ReadyCardStore.class);
      keepMentionedReady(handle, store);
      rebuildAppearances(handle, store, touchedNames, everyone, written);
      store.setAppearancesCurrent(true);
    });
  }

  private static void keepMentionedReady(Handle handle, ReadyCardStore store) {
    List<ContactName> mentioned = store.mentionedWithoutReadyCard(ReadyCards.FORMAT);
    if (mentioned.isEmpty()) {
      return;
    }
    List<Long> ids = mentioned.stream().map(ContactName::id).toList();
    chunks(ids).forEach(store::deleteReadyCards);
    handle.attach(NoteContentStore.class).insertReadyCards(ids, mentioned.stream()
        .map(contact -> new ReadyCardRow(ReadyCards.FORMAT, ReadyCards.json(CardNote.mentioned(contact.name()))))
        .toList());
  }

  private static void rebuildAppearances(Handle handle, ReadyCardStore store, Set<String> touchedNames,
      boolean everyone, WrittenMentions written) {
    Map<Long, Set<String>> keysByContact = keysByContact(store);
    Set<Long> affected = everyone ? keysByContact.keySet() : affected(keysByContact, touchedNames);
    if (affected.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    count(handle, keysByContact, affected, written).forEach((id, appearances) -> {
      ids.add(id);
      rows.add(ReadyCards.json(appearances.byNote()));
    });
    if (everyone) {
      store.deleteAllAppearances();
    } else {
      chunks(List.copyOf(affected)).forEach(store::deleteAppearances);
    }
    if (!rows.isEmpty()) {
      DirectBatch.insert(handle, "INSERT INTO ready_appearances (contact_id, appearances) VALUES (?, ?)", ids, rows,
          (values, json) -> values.text(json), "insert appearances");
    }
  }

  /**
   * For each affected contact named anywhere, how often each other note names them, and how: one pass over the
   * mentions however few are affected, as mentions have no index by name (see V9). Each name key leads straight to
   * the counts of those it names, so a mention costs one lookup.
   */
  private static Map<Long, AppearanceCount> count(Handle handle,
      Map<Long, Set<String>> keysByContact, Set<Long> affected, WrittenMentions written) {
    Map<Long, AppearanceCount> byContact = new HashMap<>();
    Map<String, List<Counting>> namedBy = new HashMap<>();
    affected.forEach(id -> {
      Counting counting = new Counting(id, new AppearanceCount());
      byContact.put(id, counting.count());
      keysByContact.get(id).forEach(key -> namedBy.computeIfAbsent(key, k -> new ArrayList<>(1)).add(counting));
    });
    written.forEach(handle, mention -> {
      List<Counting> named = namedBy.get(mention.mention().nameKey());
      if (named != null) {
        for (Counting counting : named) {
          if (mention.sourceContactId() != counting.id()) {
            counting.count().add(mention);
          }
        }
      }
    });
    byContact.values().removeIf(AppearanceCount::isEmpty);
    return byContact;
  }

  /** The appearances of one contact being counted. */
  private record Counting(long id, AppearanceCount count) {}

  /**
   * Every contact's name keys, archived ones too (an archived note may come back unchanged): the name and each
   * alias, as a card looks them up.
   */
  private static Map<Long, Set<String>> keysByContact(ReadyCardStore store) {
    Map<Long, List<String>> aliases = new HashMap<>();
    for (ReadyCardStore.AliasRow alias : store.aliases()) {
      aliases.computeIfAbsent(alias.contactId(), id -> new ArrayList<>(1)).add(alias.alias());
    }
    Map<Long, Set<String>> keys = new HashMap<>();
    for (ContactName contact : store.contactNames()) {
      keys.put(contact.id(), NameKey.ofPerson(contact.name(), aliases.getOrDefault(contact.id(), List.of())));
    }
    return keys;
  }

  private static Set<Long> affected(Map<Long, Set<String>> keysByContact, Set<String> touchedNames) {
    Set<Long> affected = new HashSet<>();
    keysByContact.forEach((id, keys) -> {
      if (keys.stream().anyMatch(touchedNames::contains)) {
        affected.add(id);
      }
    });
    return affected;
  }

  private static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += IDS_PER_STATEMENT) {
      chunks.add(items.subList(start, Math.min(items.size(), start + IDS_PER_STATEMENT)));
    }
    return chunks;
  }
}
