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
  void saysNothingOnceTheRequestPathIsCompiledOrWhenTheCompilersCpuIsUnknown() {
    assertEquals("", BenchReport.stillCompiling(0.16, 2, 10));
    assertEquals("", BenchReport.stillCompiling(1.99, 2, 10));
    assertEquals("", BenchReport.stillCompiling(-1, 2, 10));
  }
}
