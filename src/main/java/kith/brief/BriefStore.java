package kith.brief;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Scheduled briefs and the people they cover. */
@RegisterConstructorMapper(BriefStore.Scheduled.class)
public interface BriefStore {

  record Scheduled(
      long id, String userId, String title, String meetingKey, Instant meetingStart, Instant dueAt, String state,
      int attempts, String lastError) {}

  String COLUMNS = "id, user_id, title, meeting_key, meeting_start, due_at, state, attempts, last_error";

  @SqlUpdate("""
      INSERT INTO scheduled_brief (user_id, title, meeting_key, meeting_start, due_at, state, attempts,
                                   next_attempt_at, created_at)
      VALUES (:user, :title, :meetingKey, :meetingStart, :dueAt, 'scheduled', 0, :dueAt, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(@Bind("user") String userId, @Bind("title") String title, @Bind("meetingKey") String meetingKey,
      @Bind("meetingStart") Instant meetingStart, @Bind("dueAt") Instant dueAt, @Bind("now") Instant now);

  @SqlBatch("INSERT INTO brief_person (brief_id, contact_id) VALUES (:id, :contactId)")
  void addPeople(@Bind("id") long briefId, @Bind("contactId") Collection<Long> contactIds);

  @SqlUpdate("DELETE FROM brief_person WHERE brief_id = :id")
  void clearPeople(@Bind("id") long briefId);

  @Transaction
  default long schedule(String userId, String title, String meetingKey, Instant meetingStart, Instant dueAt,
      Collection<Long> contactIds, Instant now) {
    long id = insert(userId, title, meetingKey, meetingStart, dueAt, now);
    addPeople(id, contactIds);
    return id;
  }

  @Transaction
  default void setPeople(long briefId, Collection<Long> contactIds) {
    clearPeople(briefId);
    addPeople(briefId, contactIds);
  }

  @SqlQuery("SELECT contact_id FROM brief_person WHERE brief_id = :id ORDER BY contact_id")
  List<Long> people(@Bind("id") long briefId);

  @SqlQuery("SELECT " + COLUMNS + " FROM scheduled_brief WHERE id = :id")
  Optional<Scheduled> byId(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM scheduled_brief WHERE user_id = :user AND meeting_key = :key")
  Optional<Scheduled> byMeeting(@Bind("user") String userId, @Bind("key") String meetingKey);

  /** A user's briefs still to be sent, soonest first: what {@code /brief list} numbers. */
  @SqlQuery("SELECT " + COLUMNS + " FROM scheduled_brief WHERE user_id = :user AND state = 'scheduled' "
      + "ORDER BY due_at, id")
  List<Scheduled> upcoming(@Bind("user") String userId);

  /**
   * Briefs whose time has come, and those an instance claimed before {@code staleClaims} and never finished (it
   * died mid-send): sending one of those again may repeat it, but losing it would be worse.
   */
  @SqlQuery("SELECT " + COLUMNS + " FROM scheduled_brief WHERE next_attempt_at <= :now AND (state = 'scheduled' "
      + "OR (state = 'sending' AND claimed_at < :staleClaims)) ORDER BY due_at, id")
  List<Scheduled> due(@Bind("now") Instant now, @Bind("staleClaims") Instant staleClaims);

  /** Claims a brief for sending; true for exactly one caller, however many instances ask at once. */
  @SqlUpdate("""
      UPDATE scheduled_brief SET state = 'sending', claimed_by = :by, claimed_at = :now
       WHERE id = :id AND next_attempt_at <= :now
         AND (state = 'scheduled' OR (state = 'sending' AND claimed_at < :staleClaims))
      """)
  boolean claim(@Bind("id") long id, @Bind("by") String instance, @Bind("now") Instant now,
      @Bind("staleClaims") Instant staleClaims);

  @SqlUpdate("UPDATE scheduled_brief SET state = :state, last_error = :error WHERE id = :id")
  void finish(@Bind("id") long id, @Bind("state") String state, @Bind("error") String error);

  /** Puts a brief whose sending failed back in the queue, to be tried at {@code next}. */
  @SqlUpdate("""
      UPDATE scheduled_brief SET state = 'scheduled', attempts = attempts + 1, last_error = :error,
             next_attempt_at = :next, claimed_by = NULL
       WHERE id = :id
      """)
  void retryAt(@Bind("id") long id, @Bind("error") String error, @Bind("next") Instant next);

  @SqlUpdate("UPDATE scheduled_brief SET state = 'cancelled' WHERE id = :id AND state = 'scheduled'")
  boolean cancel(@Bind("id") long id);

  /** The calendar no longer shows the meeting (in the day ahead): cancelled, but revived if it shows up again. */
  @SqlUpdate("""
      UPDATE scheduled_brief SET state = 'cancelled', last_error = 'not in calendar'
       WHERE id = :id AND state = 'scheduled'
      """)
  boolean cancelVanished(@Bind("id") long id);

  @SqlUpdate("""
      UPDATE scheduled_brief SET state = 'scheduled', last_error = NULL, attempts = 0, due_at = :dueAt,
             next_attempt_at = :dueAt, meeting_start = :start, title = :title
       WHERE id = :id AND state = 'cancelled' AND last_error = 'not in calendar'
      """)
  boolean revive(@Bind("id") long id, @Bind("dueAt") Instant dueAt, @Bind("start") Instant meetingStart,
      @Bind("title") String title);

  @SqlUpdate("""
      UPDATE scheduled_brief SET state = 'cancelled'
       WHERE user_id = :user AND state = 'scheduled' AND meeting_key IS NOT NULL
      """)
  int cancelCalendarBriefs(@Bind("user") String userId);

  /** A meeting moved: its brief moves with it. */
  @SqlUpdate("""
      UPDATE scheduled_brief SET due_at = :dueAt, next_attempt_at = :dueAt, meeting_start = :start, title = :title
       WHERE id = :id AND state = 'scheduled'
      """)
  void move(@Bind("id") long id, @Bind("dueAt") Instant dueAt, @Bind("start") Instant meetingStart,
      @Bind("title") String title);

  /** The calendar briefs of a user still to be sent whose meeting starts in [from, to): to cancel vanished ones. */
  @SqlQuery("SELECT " + COLUMNS + " FROM scheduled_brief WHERE user_id = :user AND state = 'scheduled' "
      + "AND meeting_key IS NOT NULL AND meeting_start >= :from AND meeting_start < :to")
  List<Scheduled> calendarBriefs(@Bind("user") String userId, @Bind("from") Instant from, @Bind("to") Instant to);

  @SqlQuery("SELECT DISTINCT user_id FROM scheduled_brief WHERE id IN (<ids>)")
  List<String> usersOf(@BindList("ids") Collection<Long> ids);
}
