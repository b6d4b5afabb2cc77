package kith.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.ReadyCardStore.AppearancesRow;
import kith.contact.ReadyCardStore.ContactName;
import kith.contact.ReadyCardStore.MentionGroup;
import org.jdbi.v3.core.Jdbi;

/**
 * What an import does to the cards kept ready to read besides writing each note's own part with the note: where
 * other notes name each person. That changes when any note's mentions change, so an import marks the kept
 * appearances outdated before it writes a note ({@link #begin}) and rebuilds, once its notes are written, those
 * of everyone a touched name may be ({@link #finish}). Until then, and after an import that stopped half-way,
 * cards count appearances from the mention table, as they did before cards were kept ready.
 */
public final class ReadyCardUpkeep {
  /** Name keys per statement: a bound list stays well inside what either database takes. */
  private static final int KEYS_PER_QUERY = 500;

  private static final Comparator<AppearanceRow> BY_NOTE_THEN_HOW =
      Comparator.comparingLong(AppearanceRow::sourceContactId).thenComparing(AppearanceRow::how);

  private final Jdbi jdbi;

  public ReadyCardUpkeep(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Marks the kept appearances outdated, before an import writes its first note.
   *
   * @return whether they were current: if not, an earlier import stopped before rebuilding them, and which names
   *     it touched is not known, so {@link #finish} must rebuild everyone's
   */
  public boolean begin() {
    return jdbi.inTransaction(handle -> {
      ReadyCardStore store = handle.attach(ReadyCardStore.class);
      boolean current = store.appearancesCurrent();
      store.setAppearancesCurrent(false);
      return current;
    });
  }

  /**
   * Keeps ready the cards of people only named in notes, and rebuilds the appearances of everyone named by one of
   * {@code touchedNames} (everyone's when {@code everyone}), marking them current, in one transaction.
   */
  public void finish(Set<String> touchedNames, boolean everyone) {
    jdbi.useTransaction(handle -> {
      ReadyCardStore store = handle.attach(ReadyCardStore.class);
      keepMentionedReady(store);
      rebuildAppearances(store, touchedNames, everyone);
      store.setAppearancesCurrent(true);
    });
  }

  private static void keepMentionedReady(ReadyCardStore store) {
    List<ContactName> mentioned = store.mentionedWithoutReadyCard(ReadyCards.FORMAT);
    if (mentioned.isEmpty()) {
      return;
    }
    List<Long> ids = mentioned.stream().map(ContactName::id).toList();
    chunks(ids).forEach(store::deleteReadyCards);
    store.insertReadyCards(ids, ReadyCards.FORMAT,
        mentioned.stream().map(contact -> ReadyCards.json(CardNote.mentioned(contact.name()))).toList());
  }

  private static void rebuildAppearances(ReadyCardStore store, Set<String> touchedNames, boolean everyone) {
    Map<Long, Set<String>> keysByContact = keysByContact(store);
    Set<Long> affected = everyone ? keysByContact.keySet() : affected(keysByContact, touchedNames);
    if (affected.isEmpty()) {
      return;
    }
    // Past a quarter of everyone, one pass over the mention table costs less than looking up their names.
    boolean wholeTable = everyone || affected.size() * 4 > keysByContact.size();
    Map<String, List<MentionGroup>> groupsByKey = new HashMap<>();
    List<MentionGroup> groups = wholeTable ? store.mentionGroups() : new ArrayList<>();
    if (!wholeTable) {
      Set<String> keys = new HashSet<>();
      affected.forEach(id -> keys.addAll(keysByContact.get(id)));
      chunks(List.copyOf(keys)).forEach(chunk -> groups.addAll(store.mentionGroups(chunk)));
    }
    groups.forEach(group -> groupsByKey.computeIfAbsent(group.nameKey(), key -> new ArrayList<>()).add(group));
    List<AppearancesRow> rows = new ArrayList<>();
    for (Long id : affected) {
      List<AppearanceRow> appearances = appearances(id, keysByContact.get(id), groupsByKey);
      if (!appearances.isEmpty()) {
        rows.add(new AppearancesRow(id, ReadyCards.json(appearances)));
      }
    }
    if (everyone) {
      store.deleteAllAppearances();
    } else {
      chunks(List.copyOf(affected)).forEach(store::deleteAppearances);
    }
    if (!rows.isEmpty()) {
      store.insertAppearances(rows);
    }
  }

  /**
   * Every contact's name keys, archived ones too (an archived note may come back unchanged): the name and each
   * alias, as a card looks them up.
   */
  private static Map<Long, Set<String>> keysByContact(ReadyCardStore store) {
    Map<Long, Set<String>> keys = new HashMap<>();
    for (ContactName contact : store.contactNames()) {
      keys.computeIfAbsent(contact.id(), id -> new HashSet<>()).add(NameKey.of(contact.name()));
    }
    for (ReadyCardStore.AliasRow alias : store.aliases()) {
      Set<String> contactKeys = keys.get(alias.contactId());
      if (contactKeys != null) {
        contactKeys.add(NameKey.of(alias.alias()));
      }
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

  /** What the mention table says of one person, summed over their keys as {@link CardStore#appearances} sums. */
  private static List<AppearanceRow> appearances(long id, Set<String> keys,
      Map<String, List<MentionGroup>> groupsByKey) {
    Map<List<Object>, AppearanceRow> byNoteAndHow = new LinkedHashMap<>();
    for (String key : keys) {
      for (MentionGroup group : groupsByKey.getOrDefault(key, List.of())) {
        if (group.sourceContactId() == id) {
          continue;
        }
        byNoteAndHow.merge(List.of(group.sourceContactId(), group.how()),
            new AppearanceRow(group.sourceContactId(), group.how(), group.count(), group.latest()),
            (a, b) -> new AppearanceRow(a.sourceContactId(), a.how(), a.count() + b.count(),
                a.latest() == null ? b.latest()
                    : b.latest() == null || a.latest().isAfter(b.latest()) ? a.latest() : b.latest()));
      }
    }
    List<AppearanceRow> appearances = new ArrayList<>(byNoteAndHow.values());
    appearances.sort(BY_NOTE_THEN_HOW);
    return appearances;
  }

  private static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += KEYS_PER_QUERY) {
      chunks.add(items.subList(start, Math.min(items.size(), start + KEYS_PER_QUERY)));
    }
    return chunks;
  }
}
