package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the request threads spent during a load, counted thread by thread. */
class CpuTimeTest {

  @Test
  void theTurnsOfALoadAddUpAndWhatOneCouldNotTellStaysUnknown() {
    CpuTime.Spent one = new CpuTime.Spent(1, 2, 3, 4, 5);
    CpuTime.Spent other = new CpuTime.Spent(10, 20, -1, 40, 50);

    assertEquals(new CpuTime.Spent(11, 22, -1, 44, 55), CpuTime.Spent.NONE.plus(one).plus(other));
  }

  @Test
  void aThreadAliveThroughoutCountsWhatItSpentMeanwhile() {
    assertEquals(30, CpuTime.spentSince(Map.of(1L, 100L, 2L, 50L), Map.of(1L, 120L, 2L, 60L)));
  }

  @Test
  void aThreadThatEndedMeanwhileTakesNothingAway() {
    // Thread 2 had spent 1,000 before the load and ended, idle, during it.
    assertEquals(20, CpuTime.spentSince(Map.of(1L, 100L, 2L, 1_000L), Map.of(1L, 120L)));
  }

  @Test
  void aThreadStartedMeanwhileCountsAllItSpent() {
    assertEquals(20 + 70, CpuTime.spentSince(Map.of(1L, 100L), Map.of(1L, 120L, 3L, 70L)));
  }
}
