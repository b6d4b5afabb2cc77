package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void saysWhenTheCompilersTookATenthOrMoreOfTheCpusDuringTheWhoLoad() {
    assertEquals("The JIT compilers took 17 % of the CPUs during the measured /who load: its figures include the JVM"
        + " compiling the request path (--warmup 60 measures it compiled).\n", BenchReport.stillCompiling(3.4, 2, 10));
    assertEquals("The JIT compilers took 10 % of the CPUs during the measured /who load: its figures include the JVM"
        + " compiling the request path (--warmup 60 measures it compiled).\n", BenchReport.stillCompiling(2.0, 2, 10));
  }

  @Test
  void saysWhenTheCompilersUsedATenthOrMoreOfTheFirstImportsCpu() {
    assertEquals("The JIT compilers used 41 % of the first import's CPU: its time includes the JVM compiling the"
        + " import's code (the import at the end runs it compiled already).\n",
        BenchReport.importStillCompiling(new BenchResults.ImportCpu(27.4, 8.4, 7.1, 11.2, 0.7, -1)));
    assertEquals("The JIT compilers used 10 % of the first import's CPU: its time includes the JVM compiling the"
        + " import's code (the import at the end runs it compiled already).\n",
        BenchReport.importStillCompiling(new BenchResults.ImportCpu(20, 9, 8, 2, 1, -1)));
  }

  @Test
  void saysNothingOfAnImportWhoseCompilersUsedLessOrAnUnknownShare() {
    assertEquals("", BenchReport.importStillCompiling(new BenchResults.ImportCpu(20, 9, 8.1, 1.9, 1, -1)));
    assertEquals("", BenchReport.importStillCompiling(new BenchResults.ImportCpu(20, 9, 8, -1, 1, -1)));
    assertEquals("", BenchReport.importStillCompiling(new BenchResults.ImportCpu(-1, -1, -1, -1, -1, -1)));
  }

  @Test
  void saysNothingOnceTheRequestPathIsCompiledOrWhenTheCompilersCpuIsUnknown() {
    assertEquals("", BenchReport.stillCompiling(0.16, 2, 10));
    assertEquals("", BenchReport.stillCompiling(1.99, 2, 10));
    assertEquals("", BenchReport.stillCompiling(-1, 2, 10));
  }

  @Test
  void aRatioIsShownRoundedDownSoThatItNeverReadsAsTheTargetItMisses() {
    assertEquals("0.49", BenchReport.ratio(0.4950347701382688));
    assertEquals("0.50", BenchReport.ratio(0.5));
    assertEquals("0.14", BenchReport.ratio(0.1449));
    assertEquals("0.21", BenchReport.ratio(0.21));
  }
}
