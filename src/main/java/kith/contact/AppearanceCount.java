package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kith.contact.CardStore.AppearanceRow;

/**
 * Where other notes name one person, counted from their mentions: how often each note names them, each way, and
 * when last. Counted in Java, one mention at a time: H2 grouped through a sorted map of row values, which took three
 * times as long.
 */
final class AppearanceCount {
  private static final Comparator<AppearanceRow> BY_NOTE_THEN_HOW =
      Comparator.comparingLong(AppearanceRow::sourceContactId).thenComparing(AppearanceRow::how);

  private final Map<List<Object>, AppearanceRow> byNoteAndHow = new HashMap<>();

  /** One more for the mention's note and the way it names the person, with the newer date. */
  void add(StoredMentions.Sourced mention) {
    long note = mention.sourceContactId();
    String how = mention.mention().how();
    byNoteAndHow.merge(List.of(note, how), new AppearanceRow(note, how, 1, mention.mention().happenedOn()),
        AppearanceCount::sum);
  }

  /** What was counted, by note, then by how it names the person. */
  List<AppearanceRow> byNote() {
    List<AppearanceRow> sorted = new ArrayList<>(byNoteAndHow.values());
    sorted.sort(BY_NOTE_THEN_HOW);
    return sorted;
  }

  private static AppearanceRow sum(AppearanceRow a, AppearanceRow b) {
    LocalDate latest = a.latest() == null ? b.latest()
        : b.latest() == null || a.latest().isAfter(b.latest()) ? a.latest() : b.latest();
    return new AppearanceRow(a.sourceContactId(), a.how(), a.count() + b.count(), latest);
  }
}
