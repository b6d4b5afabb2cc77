package kith.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
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
      long collectorNanos) {
    /** Nothing spent yet: what the turns of a load add to. */
    static final Spent NONE = new Spent(0, 0, 0, 0, 0);

    /** Both together; a figure either could not tell stays -1. */
    Spent plus(Spent other) {
      return new Spent(sum(serverNanos, other.serverNanos), sum(processNanos, other.processNanos),
          sum(serverAllocatedBytes, other.serverAllocatedBytes), sum(compilerNanos, other.compilerNanos),
          sum(collectorNanos, other.collectorNanos));
    }

    private static long sum(long one, long other) {
      return one < 0 || other < 0 ? -1 : one + other;
    }
  }

  private CpuTime() {}

  /**
   * What the request threads and the process have spent so far, to count from: taken before a turn's clients start,
   * as reading every thread takes a few milliseconds.
   */
  static Counting counting() {
    return new Counting(serverNanos(), serverAllocatedBytes(), CpuSplit.now());
  }

  /** Counting from a moment: each request thread's CPU and allocation then, and the process's split. */
  record Counting(Map<Long, Long> server, Map<Long, Long> allocated, CpuSplit start) {
    /** Waits until {@code to} ({@link System#nanoTime}) and returns what was spent since the counting began. */
    Spent until(long to) throws InterruptedException {
      sleepUntil(to);
      CpuSplit used = CpuSplit.now().since(start);
      return new Spent(server == null ? -1 : spentSince(server, serverNanos()), used.processNanos(),
          allocated == null ? -1 : spentSince(allocated, serverAllocatedBytes()), used.compilerNanos(),
          used.collectorNanos());
    }
  }

  /**
   * What the threads alive at the end spent since {@code before}, each from its own count then (zero for a thread
   * started since). A thread that ended in between is left out rather than subtracted: Jetty ends a pool thread
   * after a minute idle, so one that ends during a load had done nothing in it, and subtracting all it had ever
   * spent made a load after a long warm-up look nearly free. A load's CPU is counted a turn (a second) at a time,
   * well inside Jetty's minute.
   */
  static long spentSince(Map<Long, Long> before, Map<Long, Long> after) {
    long spent = 0;
    for (Map.Entry<Long, Long> thread : after.entrySet()) {
      spent += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
    }
    return spent;
  }

  /** Each request thread's CPU nanoseconds so far, by thread id; null where the JVM cannot tell. */
  private static Map<Long, Long> serverNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
      return null;
    }
    return byServerThread(threads, threads::getThreadCpuTime);
  }

  /** Bytes each request thread has allocated so far, by thread id; null where the JVM cannot tell. */
  private static Map<Long, Long> serverAllocatedBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
      return null;
    }
    return byServerThread(threads, threads::getThreadAllocatedBytes);
  }

  /** {@code perThread} of each live request thread (it is negative for one that has just ended: left out). */
  private static Map<Long, Long> byServerThread(ThreadMXBean threads, LongUnaryOperator perThread) {
    Map<Long, Long> values = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(SERVER_THREADS)) {
        long value = perThread.applyAsLong(info.getThreadId());
        if (value >= 0) {
          values.put(info.getThreadId(), value);
        }
      }
    }
    return values;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
