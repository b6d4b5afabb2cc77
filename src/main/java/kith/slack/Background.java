package kith.slack;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that runs after Slack has been acknowledged. Every task is logged when it fails, so nothing fails
 * unseen; tests pass a same-thread executor and see the work done when the request returns.
 */
public final class Background {
  private static final Logger log = LoggerFactory.getLogger(Background.class);
  private final Executor executor;

  public Background(Executor executor) {
    this.executor = executor;
  }

  public static Background sameThread() {
    return new Background(Runnable::run);
  }

  public Executor executor() {
    return executor;
  }

  /** Runs {@code task} after the acknowledgement; {@code what} names it in the log when it fails. */
  public void run(String what, Runnable task) {
    executor.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.error("{} failed", what, e);
      }
    });
  }
}
