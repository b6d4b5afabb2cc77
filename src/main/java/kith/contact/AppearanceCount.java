package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.StoredMentions.Sourced;

/**
 * Where other notes name one person, counted from their mentions: how often each note names them, each way, and
 * when last. Counted in Java: H2 grouped through a sorted map of row values, which took three times as long. The
 * mentions are kept as they come and grouped once, sorted, at the end: a map keyed by note and way, with a row made
 * for every mention and merged, took about a third of a first import's last passes (JFR: the benchmark's vault
 * names 260,000 people).
 */
final class AppearanceCount {
  private static final Comparator<Sourced> BY_NOTE_THEN_HOW = (a, b) -> {
    int byNote = Long.compare(a.sourceContactId(), b.sourceContactId());
    return byNote != 0 ? byNote : a.mention().how().compareTo(b.mention().how());
  };

  private final List<Sourced> mentions = new ArrayList<>();

  /** One more mention of the person. */
  void add(Sourced mention) {
    mentions.add(mention);
  }

  boolean isEmpty() {
    return mentions.isEmpty();
  }

  /** What was counted, by note, then by how it names the person, each with its count and newest date. */
  List<AppearanceRow> byNote() {
    mentions.sort(BY_NOTE_THEN_HOW);
    List<AppearanceRow> rows = new ArrayList<>();
    int start = 0;
    while (start < mentions.size()) {
      Sourced first = mentions.get(start);
      LocalDate latest = null;
      int end = start;
      while (end < mentions.size() && BY_NOTE_THEN_HOW.compare(first, mentions.get(end)) == 0) {
        latest = later(latest, mentions.get(end).mention().happenedOn());
        end++;
      }
      rows.add(new AppearanceRow(first.sourceContactId(), first.mention().how(), end - start, latest));
      start = end;
    }
    return rows;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
