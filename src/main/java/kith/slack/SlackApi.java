package kith.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API and retries what is safe to retry: a rate limit (HTTP 429, after its Retry-After, or
 * {@code ok=false, error=ratelimited}) always, since Slack did not act on the request; a server error or time-out
 * only for calls that change nothing or may be repeated ({@link Safety#IDEMPOTENT}). Failures are logged with the
 * method and Slack's error — never the token — and returned as {@link SlackCallException} so callers can tell the
 * user.
 */
public final class SlackApi {
  private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
  static final int MAX_ATTEMPTS = 4;
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /** Whether a call may be sent again when its outcome is unknown. */
  public enum Safety {
    IDEMPOTENT,
    NOT_IDEMPOTENT
  }

  /** One Web API call. */
  @FunctionalInterface
  public interface Call<T extends SlackApiTextResponse> {
    T send(MethodsClient methods) throws IOException, SlackApiException;
  }

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration duration) throws InterruptedException;

    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());
  }

  private final MethodsClient methods;
  private final Pause pause;

  public SlackApi(MethodsClient methods, Pause pause) {
    this.methods = methods;
    this.pause = pause;
  }

  public MethodsClient methods() {
    return methods;
  }

  /** Sends {@code call}, retrying as the class says, and returns the successful response. */
  public <T extends SlackApiTextResponse> T call(String method, Safety safety, Call<T> call) {
    // A request's thread waits on Slack without its turn (RequestTurn).
    return RequestTurn.whileWaiting(() -> send(method, safety, call));
  }

  private <T extends SlackApiTextResponse> T send(String method, Safety safety, Call<T> call) {
    for (int attempt = 1; ; attempt++) {
      Optional<Duration> retryIn;
      try {
        T response = call.send(methods);
        if (response.isOk()) {
          return response;
        }
        if (!"ratelimited".equals(response.getError()) || attempt == MAX_ATTEMPTS) {
          throw failed(method, response.getError(), null);
        }
        retryIn = Optional.of(backoff(attempt));
      } catch (SlackApiException e) {
        retryIn = retryAfterHttpError(e, safety, attempt);
        if (retryIn.isEmpty()) {
          throw failed(method, "HTTP " + e.getResponse().code(), e);
        }
      } catch (IOException e) {
        if (safety != Safety.IDEMPOTENT || attempt == MAX_ATTEMPTS) {
          throw failed(method, "network: " + e.getClass().getSimpleName(), e);
        }
        retryIn = Optional.of(backoff(attempt));
      }
      log.info("{} attempt {} failed; retrying in {} ms", method, attempt, retryIn.get().toMillis());
      waitFor(method, retryIn.get());
    }
  }

  private static Optional<Duration> retryAfterHttpError(SlackApiException e, Safety safety, int attempt) {
    if (attempt == MAX_ATTEMPTS) {
      return Optional.empty();
    }
    int status = e.getResponse().code();
    if (status == 429) {
      String header = e.getResponse().header("Retry-After");
      long seconds = 1;
      try {
        seconds = header == null ? 1 : Math.max(0, Long.parseLong(header.trim()));
      } catch (NumberFormatException ignored) {
        // a malformed header: wait the default second
      }
      Duration wait = Duration.ofSeconds(seconds);
      return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }
    if (status >= 500 && safety == Safety.IDEMPOTENT) {
      return Optional.of(backoff(attempt));
    }
    return Optional.empty();
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(250L << (attempt - 1));
  }

  private void waitFor(String method, Duration duration) {
    try {
      pause.pause(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(method, "interrupted", e);
    }
  }

  private static SlackCallException failed(String method, String error, Exception cause) {
    log.warn("Slack API {} failed: {}", method, error);
    return new SlackCallException(method, error, cause);
  }
}
