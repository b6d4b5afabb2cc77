package kith.slack;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Remembers which Slack events were handled, in the database so a restart does not forget. */
public interface ProcessedEventStore {

  @SqlUpdate("INSERT INTO processed_event (event_id, received_at) VALUES (:eventId, :at)")
  void insert(@Bind("eventId") String eventId, @Bind("at") Instant at);

  @SqlUpdate("DELETE FROM processed_event WHERE received_at < :before")
  int forgetBefore(@Bind("before") Instant before);
}
