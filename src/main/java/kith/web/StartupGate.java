package kith.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds Slack's requests until Kith has loaded what it answers from, so that no lookup runs against a name index
 * that is still empty: the listener opens while the index loads, and a request that comes early is answered
 * as soon as it is ready. One that would wait past Slack's patience gets 503 instead.
 */
final class StartupGate implements Filter {
  /** Slack gives up on an acknowledgement after three seconds; leave room to answer. */
  static final Duration PATIENCE = Duration.ofMillis(2_500);

  private final CompletableFuture<?> ready;
  private final Duration patience;
  private final AtomicInteger waiting = new AtomicInteger();

  StartupGate(CompletableFuture<?> ready, Duration patience) {
    this.ready = ready;
    this.patience = patience;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!ready.isDone()) {
      waiting.incrementAndGet();
      try {
        ready.get(patience.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillLoading) {
        Unavailable.send((HttpServletResponse) response, "starting");
        return;
      } catch (ExecutionException failed) {
        // Kith is stopping: the failure is logged where it happened.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Unavailable.send((HttpServletResponse) response, "stopping");
        return;
      } finally {
        waiting.decrementAndGet();
      }
    }
    if (ready.isCompletedExceptionally()) {
      Unavailable.send((HttpServletResponse) response, "failed to start");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Requests held right now. */
  int waiting() {
    return waiting.get();
  }
}
