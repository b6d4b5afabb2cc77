package kith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU one line of Linux's {@code /proc/<pid>/stat} (a process) or {@code /proc/<pid>/task/<tid>/stat} (a
 * thread) counts: user and system ticks, the 14th and 15th fields.
 */
record ProcStat(long userTicks, long systemTicks) {
  /** Linux's USER_HZ, which {@code /proc} counts CPU time in, is 100 on every architecture Java runs on. */
  static final long NANOS_PER_TICK = 10_000_000L;

  /**
   * The ticks of a stat line, its fields counted after the command's closing parenthesis, as the command may hold
   * spaces and parentheses of its own.
   */
  static ProcStat of(String line) {
    // After the parenthesis come the third field on: utime and stime are the 12th and 13th of those.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return new ProcStat(Long.parseLong(fields[11]), Long.parseLong(fields[12]));
  }

  static ProcStat read(Path stat) throws IOException {
    return of(Files.readString(stat));
  }

  long cpuNanos() {
    return (userTicks + systemTicks) * NANOS_PER_TICK;
  }

  long systemNanos() {
    return systemTicks * NANOS_PER_TICK;
  }
}
