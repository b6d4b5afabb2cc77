package kith.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/** A request's thread gives its turn up while it waits and takes it again after; nothing else moves the count. */
class RequestTurnTest {
  private final Semaphore turns = new Semaphore(1);

  @Test
  void aWaitGivesTheTurnUpAndTakesItAgain() {
    turns.acquireUninterruptibly();
    RequestTurn turn = RequestTurn.begin(turns);

    int freeWhileWaiting = RequestTurn.whileWaiting(turns::availablePermits);

    assertEquals(1, freeWhileWaiting);
    assertEquals(0, turns.availablePermits(), "taken again after the wait");
    turn.end();
    assertEquals(1, turns.availablePermits());
    assertEquals(1, RequestTurn.whileWaiting(turns::availablePermits), "after the end this thread holds none");
    assertEquals(1, turns.availablePermits());
  }

  @Test
  void aWaitInsideAWaitGivesNothingUpTwice() {
    turns.acquireUninterruptibly();
    RequestTurn turn = RequestTurn.begin(turns);

    int freeInside = RequestTurn.whileWaiting(() -> RequestTurn.whileWaiting(turns::availablePermits));

    assertEquals(1, freeInside);
    assertEquals(0, turns.availablePermits());
    turn.end();
  }

  @Test
  void aFailedWaitStillTakesTheTurnAgain() {
    turns.acquireUninterruptibly();
    RequestTurn turn = RequestTurn.begin(turns);

    assertThrows(IllegalStateException.class, () -> RequestTurn.whileWaiting(() -> {
      throw new IllegalStateException("Slack is down");
    }));

    assertEquals(0, turns.availablePermits());
    turn.end();
    assertEquals(1, turns.availablePermits());
  }

  @Test
  void aThreadWithoutATurnJustWaits() {
    assertEquals("answer", RequestTurn.whileWaiting(() -> "answer"));
    assertEquals(1, turns.availablePermits());
  }
}
