package kith.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits until this JVM is nearly idle. After a load the JIT compiler goes on compiling for seconds, and on a
 * two-CPU machine that would slow whatever is measured next.
 */
final class Quiet {
  private static final Duration STEP = Duration.ofMillis(250);
  private static final Duration LONGEST = Duration.ofSeconds(30);
  /** Idle enough: less than this share of one CPU over a step. */
  private static final double IDLE = 0.05;

  private Quiet() {}

  static void await() throws InterruptedException {
    if (!(ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os)
        || os.getProcessCpuTime() < 0) {
      return;
    }
    System.gc();
    long deadline = System.nanoTime() + LONGEST.toNanos();
    long before = os.getProcessCpuTime();
    while (System.nanoTime() < deadline) {
      Thread.sleep(STEP.toMillis());
      long now = os.getProcessCpuTime();
      if (now - before < IDLE * STEP.toNanos()) {
        return;
      }
      before = now;
    }
  }
}
