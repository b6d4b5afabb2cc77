package kith.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Slack waits three seconds for an acknowledgement. Work that is ready well within that goes into the
 * acknowledgement itself; work that is not is delivered later, by {@code late}, once it is done.
 */
public final class Deadline {
  /** Leaves room for the network on either side of Slack's three seconds. */
  public static final Duration ACK_BUDGET = Duration.ofMillis(2_000);

  private final Background background;
  private final Duration budget;

  public Deadline(Background background, Duration budget) {
    this.background = background;
    this.budget = budget;
  }

  /**
   * Runs {@code work} in the background and returns its result if it is ready within the budget; otherwise
   * returns empty and hands the result to {@code late} when it comes.
   */
  public <T> Optional<T> within(String what, Supplier<T> work, Consumer<T> late) {
    // Waited for without the request's turn (RequestTurn): the work runs on another thread, or waits on Slack.
    CompletableFuture<T> result =
        RequestTurn.whileWaiting(() -> awaited(CompletableFuture.supplyAsync(work, background.executor())));
    if (!result.isDone()) {
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      result.thenAccept(value -> background.run(what + " (late reply)", () -> late.accept(value)));
      return Optional.empty();
    }
    try {
      return Optional.of(result.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** {@code result} once it is done, or once the budget is spent or the thread interrupted. */
  private <T> CompletableFuture<T> awaited(CompletableFuture<T> result) {
    try {
      result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException slowOrFailed) {
      // within reads which it was from the future itself
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
