package kith.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** The {@code scheduled_brief} table as a test reads it: every column a test asserts on, straight from the store. */
final class BriefRows {
  record Row(long id, String userId, String title, String meetingKey, Instant meetingStart, Instant dueAt,
      String state, int attempts, Instant nextAttemptAt, String lastError) {}

  private static final String SELECT = "SELECT id, user_id, title, meeting_key, meeting_start, due_at, state, "
      + "attempts, next_attempt_at, last_error FROM scheduled_brief ";

  /** The database of the Kith running now: a restart opens it anew. */
  private final Supplier<Jdbi> jdbi;

  BriefRows(Supplier<Jdbi> jdbi) {
    this.jdbi = jdbi;
  }

  List<Row> all() {
    return jdbi.get().withHandle(h -> h.createQuery(SELECT + "ORDER BY id").map((rs, ctx) -> new Row(
        rs.getLong("id"), rs.getString("user_id"), rs.getString("title"), rs.getString("meeting_key"),
        instant(rs.getTimestamp("meeting_start")), instant(rs.getTimestamp("due_at")), rs.getString("state"),
        rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"))).list());
  }

  Row only() {
    List<Row> rows = all();
    if (rows.size() != 1) {
      throw new AssertionError("expected one scheduled_brief row, found " + rows);
    }
    return rows.get(0);
  }

  Row byId(long id) {
    return all().stream().filter(row -> row.id() == id).findFirst()
        .orElseThrow(() -> new AssertionError("no brief " + id + " in " + all()));
  }

  List<Row> inState(String state) {
    return all().stream().filter(row -> row.state().equals(state)).toList();
  }

  List<Long> people(long briefId) {
    return jdbi.get().withHandle(h -> h.createQuery(
        "SELECT contact_id FROM brief_person WHERE brief_id = :id ORDER BY contact_id")
        .bind("id", briefId).mapTo(Long.class).list());
  }

  private static Instant instant(java.sql.Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
