package kith.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's single-workspace authorization, without asking Slack who the bot is ({@code auth.test}) before Kith can
 * answer. Bolt asks while it builds the app, which made that call, and the HTTP client and TLS set-up under it, a
 * third of Kith's start. Here every request gets the bot token from the settings at once. Events, which must know
 * the bot's own user to ignore its messages, wait for {@code auth.test} as Bolt's did, cached as long as Bolt
 * caches it; commands and actions, which do not need it, take it when it is known. {@link #verify} asks as soon as
 * Kith is up, so that a refused token still stops Kith at start.
 */
public final class BotAuthorization implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(BotAuthorization.class);
  private static final String UNKNOWN_WORKSPACE = "{\"error\":\"a request for an unknown workspace detected\"}";

  private final String botToken;
  private final MethodsClient client;
  private final long maxAgeNanos;
  private volatile Known known;

  /** What {@code auth.test} said, and when. */
  private record Known(AuthTestResponse identity, long askedAt) {}

  /**
   * @param client the Web API client, authorized by {@code botToken}
   * @param maxAgeMillis how long an answer of {@code auth.test} is trusted, as Bolt's setting of that name
   */
  public BotAuthorization(String botToken, MethodsClient client, long maxAgeMillis) {
    this.botToken = botToken;
    this.client = client;
    this.maxAgeNanos = maxAgeMillis * 1_000_000;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
      return chain.next(req);
    }
    Context context = req.getContext();
    context.setBotToken(botToken);
    // An event may wait for auth.test, or for another event asking it: without its turn (RequestTurn).
    AuthTestResponse identity =
        req.getRequestType() == RequestType.Event ? RequestTurn.whileWaiting(this::identity) : ifKnown();
    if (identity == null) {
      return chain.next(req);
    }
    if (!identity.isOk()) {
      log.info("refused a {}: Slack refused the bot token ({})", req.getRequestType(), identity.getError());
      return Response.json(401, UNKNOWN_WORKSPACE);
    }
    context.setAuthTestResponse(identity);
    context.setBotUserId(identity.getUserId());
    context.setTeamId(identity.getTeamId());
    context.setEnterpriseId(identity.getEnterpriseId());
    List<String> scopes = scopes(identity);
    if (scopes != null) {
      context.setBotScopes(scopes);
    }
    return chain.next(req);
  }

  /**
   * Asks Slack who the bot is now.
   *
   * @return Slack's error when it refuses the token (such as {@code invalid_auth}), or null when it accepts it
   * @throws IOException when Slack cannot be reached
   */
  public String verify() throws IOException, SlackApiException {
    AuthTestResponse identity = ask();
    return identity.isOk() ? null : identity.getError();
  }

  /**
   * The answer of {@code auth.test}, asked again once it is older than Bolt would keep it. Asked under the lock:
   * events that arrive together when the answer expires wait for one call instead of each making its own.
   */
  private synchronized AuthTestResponse identity() throws IOException, SlackApiException {
    Known last = known;
    if (last != null && System.nanoTime() - last.askedAt() < maxAgeNanos) {
      return last.identity();
    }
    return ask();
  }

  /**
   * The last answer of {@code auth.test}, however old, or null when Slack has not been asked yet. Not under the
   * lock: commands must never wait for the {@code auth.test} call an event may be making under it.
   */
  private AuthTestResponse ifKnown() {
    Known last = known;
    return last == null ? null : last.identity();
  }

  private AuthTestResponse ask() throws IOException, SlackApiException {
    AuthTestResponse identity = client.authTest(r -> r.token(botToken));
    known = new Known(identity, System.nanoTime());
    return identity;
  }

  /** The bot's scopes, as Slack lists them in a header of the answer; null when it does not. */
  private static List<String> scopes(AuthTestResponse identity) {
    Map<String, List<String>> headers = identity.getHttpResponseHeaders();
    List<String> scopes = headers == null ? null : headers.get("x-oauth-scopes");
    return scopes == null || scopes.isEmpty() ? null : Arrays.asList(scopes.get(0).split(","));
  }
}
