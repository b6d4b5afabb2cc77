package kith.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Slack event once. Slack retries an event it believes was missed (same {@code event_id}, with
 * {@code X-Slack-Retry-Num}); the primary key of {@code processed_event} decides, so two deliveries racing on two
 * threads, or one before and one after a restart, still count once.
 */
public final class EventsOnce implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(EventsOnce.class);
  /** Slack retries for about an hour at most; a day of memory is plenty. */
  private static final Duration REMEMBER = Duration.ofDays(1);

  private final Jdbi jdbi;
  private final Clock clock;

  public EventsOnce(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String eventId = req instanceof EventRequest event ? eventId(event) : null;
    if (eventId == null) {
      return chain.next(req);
    }
    try {
      jdbi.useExtension(ProcessedEventStore.class, store -> store.insert(eventId, clock.instant()));
    } catch (UnableToExecuteStatementException duplicate) {
      log.info("event {} already handled; acknowledged again", eventId);
      return Response.ok();
    }
    return chain.next(req);
  }

  private static String eventId(EventRequest event) {
    JsonElement body = JsonParser.parseString(event.getRequestBodyAsString());
    JsonElement id = body.isJsonObject() ? body.getAsJsonObject().get("event_id") : null;
    return id == null || id.isJsonNull() ? null : id.getAsString();
  }

  /** Drops what is too old to be retried, so the table stays small. */
  public void forgetOld() {
    jdbi.useExtension(ProcessedEventStore.class, store -> store.forgetBefore(clock.instant().minus(REMEMBER)));
  }
}
