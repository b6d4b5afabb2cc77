package kith.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import kith.contact.NoteMentions.Mention;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Every mention the store holds, from where each note's are kept: one value per note in {@code note_mentions}, or,
 * for a note last written by a Kith before V10, a row each in the mention table, which then win (see V10). No
 * reader needs them by name, so each reads them all (but for those an import kept as it wrote them: {@link
 * WrittenMentions}), or a few notes' (mentions have no index by name: see V9).
 */
final class StoredMentions {
  /** One mention, with the note that makes it. */
  record Sourced(long sourceContactId, Mention mention) {}

  private record Kept(long sourceContactId, String mentions) {}

  // None of these joins the contact table, which would read a whole contact row per note: five times the rest of a
  // card's count of appearances.
  private static final String LEGACY = "SELECT source_contact_id, name, name_key, how, happened_on FROM mention";

  private static final String LEGACY_NOTES = "SELECT DISTINCT source_contact_id FROM mention";

  private static final String KEPT = "SELECT contact_id, mentions FROM note_mentions";

  private StoredMentions() {}

  /** How many notes' values the store holds, and how many mention rows from before V10. */
  record Counts(long values, long legacyRows) {}

  static Counts valuesAndRows(Handle handle) {
    return handle.createQuery("SELECT (SELECT COUNT(*) FROM note_mentions), (SELECT COUNT(*) FROM mention)")
        .map((rs, ctx) -> new Counts(rs.getLong(1), rs.getLong(2))).one();
  }

  /**
   * Every mention in every note but these contacts', archived ones too: every value is still fetched, but a skipped
   * note's is not decoded.
   */
  static void forEachExcept(Handle handle, Set<Long> skipped, Consumer<Sourced> each) {
    read(handle.createQuery(LEGACY_NOTES), handle.createQuery(LEGACY), handle.createQuery(KEPT), each, skipped);
  }

  /**
   * Whether any active note's mentions are still rows, as a Kith before V10 writes them. An archived note's rows
   * stay, read as its mentions, until the note is written again; no earlier Kith writes an archived note.
   */
  static boolean anyRowsFromBeforeNoteMentions(Handle handle) {
    return handle.createQuery("""
        SELECT EXISTS (SELECT 1 FROM mention m JOIN contact c ON c.id = m.source_contact_id WHERE c.archived = FALSE)
        """).mapTo(Boolean.class).one();
  }

  /**
   * Every mention that names one of {@code nameKeys}. The database hands over only the rows that name one, and the
   * values that hold one of the keys as {@link NoteMentions} writes it: reading every note's value made a card that
   * counts its appearances (while the kept ones are outdated) take 0.2-0.6 s on H2, four times the scan of mention
   * rows it replaced; with the filter, ~0.16 s once warm.
   */
  static void forEachNaming(Handle handle, Collection<String> nameKeys, Consumer<Sourced> each) {
    Set<String> keys = Set.copyOf(nameKeys);
    if (keys.isEmpty()) {
      return;
    }
    List<String> written = keys.stream().map(NoteMentions::nameKeyAsWritten).toList();
    StringBuilder naming = new StringBuilder(KEPT).append(" WHERE");
    for (int i = 0; i < written.size(); i++) {
      naming.append(i == 0 ? "" : " OR").append(" mentions LIKE :written").append(i).append(" ESCAPE '!'");
    }
    Query kept = handle.createQuery(naming.toString());
    for (int i = 0; i < written.size(); i++) {
      kept.bind("written" + i, "%" + written.get(i).replaceAll("[!%_]", "!$0") + "%");
    }
    Query legacy = handle.createQuery(LEGACY + " WHERE name_key IN (<keys>)").bindList("keys", List.copyOf(keys));
    read(handle.createQuery(LEGACY_NOTES), legacy, kept, mention -> {
      if (keys.contains(mention.mention().nameKey())) {
        each.accept(mention);
      }
    }, Set.of());
  }

  /** Every mention in these contacts' notes. */
  static void forEachOf(Handle handle, Collection<Long> ids, Consumer<Sourced> each) {
    if (ids.isEmpty()) {
      return;
    }
    read(handle.createQuery(LEGACY_NOTES + " WHERE source_contact_id IN (<ids>)").bindList("ids", ids),
        handle.createQuery(LEGACY + " WHERE source_contact_id IN (<ids>)").bindList("ids", ids),
        handle.createQuery(KEPT + " WHERE contact_id IN (<ids>)").bindList("ids", ids), each, Set.of());
  }

  /**
   * The {@code legacy} rows, then the {@code kept} values of the notes without rows ({@code legacyNotes} lists
   * those with rows, whichever the rows read are), but for the {@code skipped} notes' rows and values.
   */
  private static void read(Query legacyNotes, Query legacy, Query kept, Consumer<Sourced> each,
      Set<Long> skipped) {
    Set<Long> inLegacyRows = new HashSet<>(legacyNotes.mapTo(Long.class).list());
    legacy.map((rs, ctx) -> new Sourced(rs.getLong(1), new Mention(rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, LocalDate.class))))
        .forEach(mention -> {
          if (!skipped.contains(mention.sourceContactId())) {
            each.accept(mention);
          }
        });
    kept.map((rs, ctx) -> new Kept(rs.getLong(1), rs.getString(2))).forEach(row -> {
      if (!inLegacyRows.contains(row.sourceContactId()) && !skipped.contains(row.sourceContactId())) {
        for (Mention mention : NoteMentions.of(row.mentions())) {
          each.accept(new Sourced(row.sourceContactId(), mention));
        }
      }
    });
  }
}
