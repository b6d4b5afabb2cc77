package kith.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * CPU used so far, in nanoseconds, by the whole process, by the calling thread, and by the JIT compilers' and
 * the collectors' threads, and how much of the process's was the kernel's on its behalf; -1 where the JVM or {@code
 * /proc} cannot tell. Two readings around a piece of work give what it cost and who paid: an import on two cores is
 * bound by CPU, and its writing thread is only one of the threads it keeps busy. The kernel's share is mostly page
 * faults as the collector grows the heap: a cold import of the benchmark's vault takes ~330,000 of them.
 */
record CpuSplit(long processNanos, long threadNanos, long compilerNanos, long collectorNanos, long kernelNanos) {
  private static final Path PROCESS_STAT = Path.of("/proc/self/stat");

  static CpuSplit now() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long thread = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
        ? threads.getCurrentThreadCpuTime() : -1;
    return new CpuSplit(processSoFar(), thread, JvmThreads.COMPILERS.cpuNanos(),
        JvmThreads.COLLECTORS.cpuNanos(), kernelSoFar());
  }

  /** What was used between {@code start} and this reading, each part -1 where either reading lacks it. */
  CpuSplit since(CpuSplit start) {
    return new CpuSplit(minus(processNanos, start.processNanos), minus(threadNanos, start.threadNanos),
        minus(compilerNanos, start.compilerNanos), minus(collectorNanos, start.collectorNanos),
        minus(kernelNanos, start.kernelNanos));
  }

  /** The process's CPU not used by the calling thread, the compilers or the collectors; -1 if any is unknown. */
  long otherNanos() {
    if (processNanos < 0 || threadNanos < 0 || compilerNanos < 0 || collectorNanos < 0) {
      return -1;
    }
    // The process and the JVM's own threads are counted in ticks of 10 ms (only the calling thread finer), so the
    // parts can exceed the whole by a few ticks: never below zero.
    return Math.max(0, processNanos - threadNanos - compilerNanos - collectorNanos);
  }

  private static long processSoFar() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static long kernelSoFar() {
    try {
      return ProcStat.read(PROCESS_STAT).systemNanos();
    } catch (IOException | RuntimeException e) {
      return -1; // not Linux, or a /proc this does not read
    }
  }

  /** Nanoseconds as seconds, -1 where unknown. */
  static double seconds(long nanos) {
    return nanos < 0 ? -1 : nanos / 1e9;
  }

  private static long minus(long end, long start) {
    // A compiler thread that ended between the readings can make its kind's total go down.
    return end < 0 || start < 0 ? -1 : Math.max(0, end - start);
  }
}
