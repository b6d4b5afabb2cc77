package kith.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Decisions recorded from Slack and whom they concern. */
@RegisterConstructorMapper(DecisionStore.Recorded.class)
public interface DecisionStore {

  /** A decision as first recorded. */
  record NewDecision(
      String channelId, String messageTs, String threadTs, String text, String authorId, String recordedBy,
      String recordedVia, String permalink, LocalDate decidedOn, Instant recordedAt) {}

  /** A stored decision. {@code undoneAt} is null while it stands. */
  record Recorded(
      long id, String channelId, String messageTs, String threadTs, String text, String authorId,
      String recordedBy, String permalink, LocalDate decidedOn, Instant recordedAt, Instant undoneAt,
      String undoneBy, String confirmationTs) {
    public boolean standing() {
      return undoneAt == null;
    }
  }

  @SqlUpdate("""
      INSERT INTO slack_decision (channel_id, message_ts, thread_ts, text, author_id, recorded_by, recorded_via,
                                  permalink, decided_on, recorded_at)
      VALUES (:channelId, :messageTs, :threadTs, :text, :authorId, :recordedBy, :recordedVia,
              :permalink, :decidedOn, :recordedAt)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods NewDecision decision);

  String COLUMNS = "id, channel_id, message_ts, thread_ts, text, author_id, recorded_by, permalink, decided_on, "
      + "recorded_at, undone_at, undone_by, confirmation_ts";

  @SqlQuery("SELECT " + COLUMNS + " FROM slack_decision WHERE channel_id = :channel AND message_ts = :ts")
  Optional<Recorded> byMessage(@Bind("channel") String channelId, @Bind("ts") String messageTs);

  @SqlQuery("SELECT " + COLUMNS + " FROM slack_decision WHERE id = :id")
  Optional<Recorded> byId(@Bind("id") long id);

  /** Brings an undone decision back; true when it was undone. */
  @SqlUpdate("""
      UPDATE slack_decision SET undone_at = NULL, undone_by = NULL, recorded_by = :by, recorded_at = :at
       WHERE id = :id AND undone_at IS NOT NULL
      """)
  boolean revive(@Bind("id") long id, @Bind("by") String recordedBy, @Bind("at") Instant at);

  /** Undoes a standing decision; true when this call undid it (so two undos confirm once). */
  @SqlUpdate("UPDATE slack_decision SET undone_at = :at, undone_by = :by WHERE id = :id AND undone_at IS NULL")
  boolean undo(@Bind("id") long id, @Bind("by") String undoneBy, @Bind("at") Instant at);

  @SqlUpdate("UPDATE slack_decision SET confirmation_ts = :ts WHERE id = :id")
  void setConfirmation(@Bind("id") long id, @Bind("ts") String confirmationTs);

  @SqlQuery("SELECT contact_id FROM decision_subject WHERE decision_id = :id ORDER BY contact_id")
  List<Long> subjects(@Bind("id") long decisionId);

  @SqlUpdate("DELETE FROM decision_subject WHERE decision_id = :id")
  void clearSubjects(@Bind("id") long decisionId);

  @SqlBatch("INSERT INTO decision_subject (decision_id, contact_id) VALUES (:id, :contactId)")
  void addSubjects(@Bind("id") long decisionId, @Bind("contactId") Collection<Long> contactIds);

  @Transaction
  default void setSubjects(long decisionId, Collection<Long> contactIds) {
    clearSubjects(decisionId);
    if (!contactIds.isEmpty()) {
      addSubjects(decisionId, contactIds);
    }
  }

  /** Standing decisions about a contact, newest first, optionally since a date. */
  @SqlQuery("""
      SELECT d.id, d.channel_id, d.message_ts, d.thread_ts, d.text, d.author_id, d.recorded_by, d.permalink,
             d.decided_on, d.recorded_at, d.undone_at, d.undone_by, d.confirmation_ts
        FROM slack_decision d JOIN decision_subject s ON s.decision_id = d.id
       WHERE s.contact_id = :contact AND d.undone_at IS NULL AND d.decided_on >= :since
       ORDER BY d.decided_on DESC, d.recorded_at DESC, d.id DESC
      """)
  List<Recorded> forContact(@Bind("contact") long contactId, @Bind("since") LocalDate since);

  @SqlQuery("SELECT contact_id FROM channel_contact WHERE channel_id = :channel ORDER BY contact_id")
  List<Long> channelContacts(@Bind("channel") String channelId);

  /** The decisions recorded most recently, standing ones only. */
  @SqlQuery("SELECT " + COLUMNS + " FROM slack_decision WHERE undone_at IS NULL "
      + "ORDER BY recorded_at DESC, id DESC LIMIT :limit")
  List<Recorded> recent(@Bind("limit") int limit);
}
