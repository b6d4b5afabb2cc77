package kith.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request whose timestamp is more than five minutes from now in either direction. Bolt's own check
 * (which verifies the signature) only rejects old timestamps; a request stamped in the future is a replay set up
 * in advance just the same.
 */
public final class FreshRequests implements Middleware {
  static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
  private static final Logger log = LoggerFactory.getLogger(FreshRequests.class);
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;

  public FreshRequests(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String stamp = req.getHeaders() == null ? null : req.getHeaders().getFirstValue(TIMESTAMP_HEADER);
    if (stamp == null) {
      // Socket Mode requests carry no timestamp: the connection itself is authenticated.
      return chain.next(req);
    }
    try {
      long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(stamp.trim()));
      if (skew <= WINDOW.toSeconds()) {
        return chain.next(req);
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    log.warn("refused a request stamped {}: more than five minutes from now", stamp);
    return Response.json(401, "{\"error\":\"invalid request\"}");
  }
}
