package kith.slack;

import java.util.concurrent.Semaphore;

/**
 * The turn a request's thread holds while Kith works on the request: Kith works on a few requests at once, about one
 * per core (see {@code kith.web.ActiveRequestLimit}), since what they cost is CPU. A thread that only waits, for the
 * Web API ({@code auth.test} included) or for work handed to the background threads, gives its turn up meanwhile
 * ({@link #whileWaiting}), so that a few requests waiting on a slow Slack never hold up every other
 * acknowledgement; it takes a turn again, in line with the others, before it goes on. Threads that hold no turn (the background's, Socket Mode's) just wait.
 */
public final class RequestTurn {
  private static final ThreadLocal<RequestTurn> CURRENT = new ThreadLocal<>();

  private final Semaphore turns;
  /** False while this thread waits without its turn (a wait inside that wait just waits). */
  private boolean held = true;

  private RequestTurn(Semaphore turns) {
    this.turns = turns;
  }

  /** Makes this thread the holder of a turn it has just taken from {@code turns}, until {@link #end}. */
  public static RequestTurn begin(Semaphore turns) {
    RequestTurn turn = new RequestTurn(turns);
    CURRENT.set(turn);
    return turn;
  }

  /** Gives the turn back: the request is done. */
  public void end() {
    CURRENT.remove();
    turns.release();
  }

  /** What a thread waits for: an answer from Slack, or work done elsewhere. */
  @FunctionalInterface
  public interface Wait<T, E extends Exception> {
    T get() throws E;
  }

  /** Waits for {@code waiting}'s result without holding this thread's turn, if it holds one. */
  public static <T, E extends Exception> T whileWaiting(Wait<T, E> waiting) throws E {
    RequestTurn turn = CURRENT.get();
    if (turn == null || !turn.held) {
      return waiting.get();
    }
    turn.held = false;
    turn.turns.release();
    try {
      return waiting.get();
    } finally {
      turn.turns.acquireUninterruptibly();
      turn.held = true;
    }
  }
}
