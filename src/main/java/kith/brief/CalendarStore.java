package kith.brief;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Users' connected calendars. */
@RegisterConstructorMapper(CalendarStore.Connected.class)
public interface CalendarStore {

  record Connected(String userId, String url, Instant addedAt, Instant lastReadAt, int failures, String lastError,
      boolean failureNotified) {}

  String COLUMNS = "user_id, url, added_at, last_read_at, failures, last_error, failure_notified";

  @SqlQuery("SELECT " + COLUMNS + " FROM user_calendar WHERE user_id = :user")
  Optional<Connected> of(@Bind("user") String userId);

  @SqlQuery("SELECT " + COLUMNS + " FROM user_calendar ORDER BY user_id")
  List<Connected> all();

  @SqlUpdate("DELETE FROM user_calendar WHERE user_id = :user")
  boolean remove(@Bind("user") String userId);

  @SqlUpdate("""
      INSERT INTO user_calendar (user_id, url, added_at, failures, failure_notified)
      VALUES (:user, :url, :now, 0, FALSE)
      """)
  void insert(@Bind("user") String userId, @Bind("url") String url, @Bind("now") Instant now);

  @Transaction
  default void connect(String userId, String url, Instant now) {
    remove(userId);
    insert(userId, url, now);
  }

  @SqlUpdate("""
      UPDATE user_calendar SET last_read_at = :now, failures = 0, last_error = NULL, failure_notified = FALSE
       WHERE user_id = :user
      """)
  void readOk(@Bind("user") String userId, @Bind("now") Instant now);

  @SqlUpdate("UPDATE user_calendar SET failures = failures + 1, last_error = :error WHERE user_id = :user")
  void readFailed(@Bind("user") String userId, @Bind("error") String error);

  /** Marks the failure as told; true only for the first caller, so the user is told once. */
  @SqlUpdate("UPDATE user_calendar SET failure_notified = TRUE WHERE user_id = :user AND failure_notified = FALSE")
  boolean markNotified(@Bind("user") String userId);
}
