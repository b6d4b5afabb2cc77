package kith.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JVM's own threads' CPU, as {@code /proc} has it. */
class JvmThreadsTest {

  @Test
  void findsTheCompilersAtWorkInThisJvm() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
    // This JVM has compiled its test framework and Kith's classes by now: the compilers' CPU is tens of ticks.
    long compilers = JvmThreads.COMPILERS.cpuNanos();
    long collectors = JvmThreads.COLLECTORS.cpuNanos();

    assertTrue(compilers > 0, () -> "compilers: " + compilers);
    assertTrue(collectors >= 0, () -> "collectors: " + collectors);
  }
}
