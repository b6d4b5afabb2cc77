package kith.slack.testing;

import java.util.concurrent.CountDownLatch;

/** A one-off answer a test scripts for the next call of a Web API method, instead of the usual success. */
public sealed interface ScriptedAnswer {
  /** HTTP 200 with {@code {"ok":false,"error":...}}: how the Web API reports most failures. */
  record Fail(String error) implements ScriptedAnswer {}

  /** HTTP 429 with a Retry-After header (seconds), as the Web API throttles. */
  record RateLimit(int retryAfterSeconds) implements ScriptedAnswer {}

  /** An HTTP error status such as 500 or 503, with a non-JSON body, as a failing edge proxy answers. */
  record ServerError(int status) implements ScriptedAnswer {}

  /** The usual answer, held back until the test releases the latch: for time-outs and slow calls. */
  record Delay(CountDownLatch release) implements ScriptedAnswer {}
}
