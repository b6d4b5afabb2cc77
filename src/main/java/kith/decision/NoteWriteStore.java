package kith.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The queue of changes to notes in the vault. */
@RegisterConstructorMapper(NoteWriteStore.Pending.class)
public interface NoteWriteStore {

  /** A change not yet made, with what is needed to make it. */
  record Pending(
      long id, long decisionId, long contactId, String action, String line, int attempts, String lastError,
      Instant nextAttemptAt, String notePath, String text, String permalink, LocalDate decidedOn) {}

  String PENDING = """
      SELECT w.id, w.decision_id, w.contact_id, w.action, w.line, w.attempts, w.last_error, w.next_attempt_at,
             c.note_path, d.text, d.permalink, d.decided_on
        FROM note_write w JOIN contact c ON c.id = w.contact_id JOIN slack_decision d ON d.id = w.decision_id
       WHERE w.state = 'pending'
      """;

  @SqlUpdate("""
      INSERT INTO note_write (decision_id, contact_id, action, line, state, attempts, next_attempt_at, created_at)
      VALUES (:decision, :contact, :action, :line, 'pending', 0, :now, :now)
      """)
  void enqueue(@Bind("decision") long decisionId, @Bind("contact") long contactId, @Bind("action") String action,
      @Bind("line") String line, @Bind("now") Instant now);

  /** Cancels a pending change that the new one undoes; true when there was one. */
  @SqlUpdate("""
      UPDATE note_write SET state = 'done', last_error = 'cancelled'
       WHERE decision_id = :decision AND contact_id = :contact AND action = :action AND state = 'pending'
      """)
  boolean cancelPending(@Bind("decision") long decisionId, @Bind("contact") long contactId,
      @Bind("action") String action);

  @SqlQuery(PENDING + " AND w.next_attempt_at <= :now ORDER BY w.id")
  List<Pending> due(@Bind("now") Instant now);

  @SqlQuery(PENDING + " ORDER BY w.id")
  List<Pending> pending();

  @SqlUpdate("UPDATE note_write SET state = 'done', attempts = attempts + 1, last_error = NULL WHERE id = :id")
  void done(@Bind("id") long id);

  @SqlUpdate("""
      UPDATE note_write SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next WHERE id = :id
      """)
  void failed(@Bind("id") long id, @Bind("error") String error, @Bind("next") Instant nextAttempt);
}
