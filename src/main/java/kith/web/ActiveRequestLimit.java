package kith.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import kith.slack.RequestTurn;

/**
 * Works on at most a few Slack requests at once, about one per core, and holds the others in line in the order they
 * came. What a request costs here is CPU (the signature, Bolt, the embedded store, the card), so past the cores more
 * requests at once only share them: each takes longer, and the JIT compilers, one thread among many, fall behind, so
 * that the request path runs uncompiled for longer after a start. Measured with {@code kith bench}'s loads on a
 * fresh server, eight clients on two cores, alternately: {@code /who} p99 34–51 ms without a limit, 20–24 ms with
 * two at once; {@code /noop} 7,900–8,200 against 10,200–10,800 requests a second.
 *
 * <p>A request that waits rather than works gives its turn up meanwhile ({@link RequestTurn}: on the Web API, on work
 * handed to the background threads), so that a few requests waiting on a slow Slack never hold up the others. Its
 * body is read whole before it joins the line ({@link LimitedRequest} keeps it for Bolt), so that a client sending
 * slowly holds no one up either. One that waited as long as Slack's patience would be answered too late to matter:
 * it gets 503 with {@code Retry-After}, as a request that came before Kith was ready does, and Slack retries an
 * event.
 */
final class ActiveRequestLimit implements Filter {
  private final Semaphore turns;
  private final Duration patience;

  ActiveRequestLimit(int atOnce, Duration patience) {
    if (atOnce < 1) {
      throw new IllegalArgumentException("at least one request at once: " + atOnce);
    }
    this.turns = new Semaphore(atOnce, true);
    this.patience = patience;
  }

  /**
   * One request at once per core; never fewer than two, so that one slow request cannot stop all, and never more
   * than sixteen, well within Jetty's 64 threads (each request waiting in line holds one).
   */
  static int perCore() {
    return Math.min(16, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.getReader(); // read whole now, and kept: see LimitedRequest
    try {
      if (!turns.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
        Unavailable.send((HttpServletResponse) response, "busy");
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Unavailable.send((HttpServletResponse) response, "stopping");
      return;
    }
    RequestTurn turn = RequestTurn.begin(turns);
    try {
      chain.doFilter(request, response);
    } finally {
      turn.end();
    }
  }

  /** Requests waiting for their turn right now. */
  int waiting() {
    return turns.getQueueLength();
  }
}
