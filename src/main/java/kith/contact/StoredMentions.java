package kith.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kith.contact.CardStore.AppearanceRow;
import kith.contact.NoteMentions.Mention;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Every mention the store holds, from where each note's are kept: one value per note in {@code note_mentions}, or,
 * for a note last written by a Kith before V10, a row each in the mention table, which then win (see V10). No
 * reader needs them by name, so each reads them all, or a few notes' (mentions have no index by name: see V9).
 */
final class StoredMentions {
  /** One mention, with the note that makes it and whether that note is archived. */
  record Sourced(long sourceContactId, boolean sourceArchived, Mention mention) {}

  private record Kept(long sourceContactId, boolean sourceArchived, String mentions) {}

  private static final String LEGACY = """
      SELECT m.source_contact_id, c.archived, m.name, m.name_key, m.how, m.happened_on
        FROM mention m JOIN contact c ON c.id = m.source_contact_id
      """;

  private static final String KEPT = """
      SELECT n.contact_id, c.archived, n.mentions FROM note_mentions n JOIN contact c ON c.id = n.contact_id
      """;

  private static final Comparator<AppearanceRow> BY_NOTE_THEN_HOW =
      Comparator.comparingLong(AppearanceRow::sourceContactId).thenComparing(AppearanceRow::how);

  private StoredMentions() {}

  /** Every mention in every note, archived ones too. */
  static void forEach(Handle handle, Consumer<Sourced> each) {
    read(handle.createQuery(LEGACY), handle.createQuery(KEPT), each);
  }

  /** Every mention in these contacts' notes. */
  static void forEachOf(Handle handle, Collection<Long> ids, Consumer<Sourced> each) {
    if (ids.isEmpty()) {
      return;
    }
    read(handle.createQuery(LEGACY + " WHERE m.source_contact_id IN (<ids>)").bindList("ids", ids),
        handle.createQuery(KEPT + " WHERE n.contact_id IN (<ids>)").bindList("ids", ids), each);
  }

  private static void read(Query legacy, Query kept, Consumer<Sourced> each) {
    Set<Long> inLegacyRows = new HashSet<>();
    legacy.map((rs, ctx) -> new Sourced(rs.getLong(1), rs.getBoolean(2), new Mention(rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class))))
        .forEach(mention -> {
          inLegacyRows.add(mention.sourceContactId());
          each.accept(mention);
        });
    kept.map((rs, ctx) -> new Kept(rs.getLong(1), rs.getBoolean(2), rs.getString(3))).forEach(row -> {
      if (!inLegacyRows.contains(row.sourceContactId())) {
        for (Mention mention : NoteMentions.of(row.mentions())) {
          each.accept(new Sourced(row.sourceContactId(), row.sourceArchived(), mention));
        }
      }
    });
  }

  /**
   * Counts {@code mention} among the appearances of one person, {@code byNoteAndHow}: one more for its note and the
   * way it names them, with the newer date.
   */
  static void count(Map<List<Object>, AppearanceRow> byNoteAndHow, Sourced mention) {
    long note = mention.sourceContactId();
    String how = mention.mention().how();
    byNoteAndHow.merge(List.of(note, how), new AppearanceRow(note, how, 1, mention.mention().happenedOn()),
        StoredMentions::sum);
  }

  /** The appearances {@link #count} counted, by note, then by how it names the person. */
  static List<AppearanceRow> byNote(Map<List<Object>, AppearanceRow> byNoteAndHow) {
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
