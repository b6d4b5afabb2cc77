package kith.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

/**
 * CPU time spent during the measured part of a load: by the server's request threads (Jetty's pool, named
 * {@code kith-http}) and by the whole process. Unlike throughput, CPU per request hardly changes when other work
 * shares the machine, so it is the figure to compare between runs on a busy machine.
 */
final class CpuTime {
  private static final String SERVER_THREADS = "kith-http";

  /**
   * Nanoseconds of CPU, and bytes the request threads allocated; -1 where the JVM cannot tell. Allocation hardly
   * varies between runs at all, so it shows a change in the work per request even when the machine is noisy.
   */
  record Spent(long serverNanos, long processNanos, long serverAllocatedBytes, long compilerNanos,
      long collectorNanos) {}

  private CpuTime() {}

  /** Waits until {@code from}, then until {@code to} (both {@link System#nanoTime}), and returns what was spent. */
  static Spent during(long from, long to) throws InterruptedException {
    sleepUntil(from);
    long server = serverNanos();
    long allocated = serverAllocatedBytes();
    CpuSplit start = CpuSplit.now();
    sleepUntil(to);
    CpuSplit used = CpuSplit.now().since(start);
    return new Spent(server < 0 ? -1 : serverNanos() - server, used.processNanos(),
        allocated < 0 ? -1 : serverAllocatedBytes() - allocated, used.compilerNanos(), used.collectorNanos());
  }

  private static long serverNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
      return -1;
    }
    return sumOverServerThreads(threads, threads::getThreadCpuTime);
  }

  /**
   * Bytes allocated so far by the request threads alive now. Jetty keeps its pool threads for a minute when idle,
   * so over a load of seconds the same threads are counted at both ends.
   */
  private static long serverAllocatedBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
      return -1;
    }
    return sumOverServerThreads(threads, threads::getThreadAllocatedBytes);
  }

  /** {@code perThread} (negative for a thread that has ended) summed over the request threads. */
  private static long sumOverServerThreads(ThreadMXBean threads, LongUnaryOperator perThread) {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(SERVER_THREADS)) {
        total += Math.max(0, perThread.applyAsLong(info.getThreadId()));
      }
    }
    return total;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
