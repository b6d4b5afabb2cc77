package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** CPU readings subtracted, what is left to the other threads, and how the table shows what is unknown. */
class CpuSplitTest {

  @Test
  void whatWasUsedBetweenTwoReadingsAndTheRestOfIt() {
    CpuSplit start = new CpuSplit(1_000, 100, 200, 50, 300);
    CpuSplit end = new CpuSplit(9_000, 3_100, 2_200, 550, 1_300);

    CpuSplit used = end.since(start);

    assertEquals(new CpuSplit(8_000, 3_000, 2_000, 500, 1_000), used);
    assertEquals(2_500, used.otherNanos());
  }

  @Test
  void aPartUnknownAtEitherReadingStaysUnknownAndSoDoesTheRest() {
    CpuSplit used = new CpuSplit(9_000, 3_000, -1, 500, 700).since(new CpuSplit(1_000, 100, 200, -1, -1));

    assertEquals(new CpuSplit(8_000, 2_900, -1, -1, -1), used);
    assertEquals(-1, used.otherNanos());
    assertEquals(-1, CpuSplit.seconds(used.compilerNanos()));
  }

  @Test
  void partsThatExceedTheWholeByATickLeaveNothingRatherThanLessThanNothing() {
    // /proc counts the process and the JVM's threads in ticks: their sum can pass the process's own count.
    CpuSplit used = new CpuSplit(10_000_000, 5_000_000, 5_000_000, 10_000_000, 0);

    assertEquals(0, used.otherNanos());
  }

  @Test
  void aThreadKindThatEndedCountsAsNothingNotAsNegative() {
    // A compiler thread that ends between the readings takes its CPU out of its kind's total.
    CpuSplit used = new CpuSplit(9_000, 3_000, 100, 500, 0).since(new CpuSplit(1_000, 100, 200, 50, 0));

    assertEquals(0, used.compilerNanos());
  }

  @Test
  void theTableSaysWhatIsUnknown() {
    assertEquals("CPU unknown", BenchReport.importCpu(new BenchResults.ImportCpu(-1, 1.5, -1, -1, -1, -1)));
    String partly = BenchReport.importCpu(new BenchResults.ImportCpu(4.0, 1.5, 2.5, -1, -1, -1));
    assertEquals("4.0 s of CPU: writing thread 1.5 s, reading threads and the rest 2.5 s, JIT compilers ? s,"
        + " collectors ? s", partly);
    assertEquals("4.0 s of CPU: writing thread 1.5 s, reading threads and the rest 2.5 s, JIT compilers 0.5 s,"
        + " collectors 0.1 s; the kernel's share of it 1.2 s",
        BenchReport.importCpu(new BenchResults.ImportCpu(4.0, 1.5, 2.5, 0.5, 0.1, 1.2)));
  }

  @Test
  void theKernelsTicksAreReadAfterTheCommandWhateverItHolds() {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 331000 0 4 0 3225 396 0 0 20 0 41 0";

    assertEquals(new ProcStat(3225, 396), ProcStat.of(stat));
  }

  @Test
  void thisProcessHasAKernelTimeOnLinux() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")));

    assertTrue(CpuSplit.now().kernelNanos() >= 0);
  }
}
