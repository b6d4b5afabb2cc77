package kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM's own threads of one kind, which Java's management beans do not list, and the CPU they have used, read
 * from Linux's {@code /proc/self/task}. On two cores, the JIT compilers and the collectors take CPU from the
 * requests; {@code CompilationMXBean}'s compilation time cannot say how much, as it counts the time a compile
 * waits for a core too. Only live threads are counted: on a larger machine HotSpot adds compiler threads and lets
 * idle ones end, and the CPU of one that ended during a load is missed (on two cores there is one of each kind).
 */
enum JvmThreads {
  /** HotSpot's C1 and C2 compiler threads ("C2 CompilerThre…": Linux keeps 15 characters of a name). */
  COMPILERS(List.of("C1 Compiler", "C2 Compiler")),
  /** G1's worker, marking, refinement and service threads ("GC Thread#n" are Parallel's and Serial's too). */
  COLLECTORS(List.of("GC Thread", "G1 "));

  private static final Path TASKS = Path.of("/proc/self/task");

  private final List<String> namePrefixes;

  JvmThreads(List<String> namePrefixes) {
    this.namePrefixes = namePrefixes;
  }

  /** CPU nanoseconds the live threads of this kind have used, or -1 where {@code /proc} cannot tell. */
  long cpuNanos() {
    if (!Files.isDirectory(TASKS)) {
      return -1;
    }
    long nanos = 0;
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        nanos += nanosIfOfThisKind(task);
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return nanos;
  }

  /** User and system CPU of {@code task} when its name has one of the prefixes; 0 otherwise or once it ended. */
  private long nanosIfOfThisKind(Path task) {
    try {
      String name = Files.readString(task.resolve("comm")).strip();
      if (namePrefixes.stream().noneMatch(name::startsWith)) {
        return 0;
      }
      return ProcStat.read(task.resolve("stat")).cpuNanos();
    } catch (IOException e) {
      return 0; // the thread ended while the tasks were listed
    }
  }
}
