package kith.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  /**
   * The table as a run on a slow hour printed it (its figures), against golden/bench-table.txt: each verdict in one
   * column near the left, the measured text last. {@code -Dgolden.update=true} rewrites the file and fails.
   */
  /** The figures of a run on a slow hour, with the ones the verdicts below judge given. */
  private static BenchResults results(double importS, double reimportS, double heapMb, double startupS,
      long whoRequests, double whoP99Ms, long whoErrors) {
    BenchResults.ImportCpu compiledCpu = new BenchResults.ImportCpu(21.2, 6.8, 8.2, 5.5, 0.8, 5.0);
    Map<String, BenchResults.Answers> outcomes = new TreeMap<>(Map.of(
        "card", new BenchResults.Answers(7_923, 4.89, 23.66, 103.13),
        "not_found", new BenchResults.Answers(154, 7.46, 41.62, 47.94),
        "picker", new BenchResults.Answers(4_806, 4.74, 22.07, 76.80)));
    return new BenchResults(20_000, 8, 10, 1, 42, 103_800_000, importS, 20_000 / importS, 0,
        34.7, 9.2, 9.8, 14.6, 1.2, 5.4, List.of(new BenchResults.CompiledImport(11.84, 1_689.2, 0, compiledCpu)),
        reimportS, 20_000, 20_000, 1.78, 1, heapMb, 144.1, 20_000, 20_000, 0.831, startupS, "target/kith.jsa", 2.20,
        whoRequests, whoRequests / 10.0, 4.86, 14.96, whoP99Ms, 103.13, whoErrors, 0.80, 1.46, 128.4, 6.63, 0.05,
        outcomes, 79_720, 7_972.0, 0.74, 5.04, 31.2, 0, 0.14, 0.23, 69.3, 4.02, 0.09,
        0.1616, whoErrors, Map.of(), 2, 1.1, 4.0, "17.0.15");
  }

  /** The figures of the golden table. */
  private static BenchResults slowHour() {
    return results(18.04, 1.71, 49.2, 1.44, 12_883, 23.33, 0);
  }

  /** The PASS or MISS the table gives {@code figure}. */
  private static String verdict(BenchResults results, String figure) {
    for (String line : BenchReport.table(results).split("\n")) {
      if (line.startsWith(figure + "  ")) {
        return line.contains(" PASS ") ? "PASS" : line.contains(" MISS ") ? "MISS" : "";
      }
    }
    throw new AssertionError("no row " + figure);
  }

  @Test
  void printsEachFigureBesideItsTargetAndVerdictInColumns() throws IOException {
    String table = BenchReport.table(slowHour());

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden/bench-table.txt"), table);
      fail("rewrote golden/bench-table.txt: read it, then run again without -Dgolden.update");
    }
    try (InputStream in = BenchReportTest.class.getResourceAsStream("/golden/bench-table.txt")) {
      assertNotNull(in, "no golden/bench-table.txt");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), table);
    }
  }

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
  void aVerdictJudgesTheFigureAsShownSoThatNeverReadsAsTheTargetItMisses() {
    assertEquals("PASS", verdict(results(9.99, 1.71, 49.2, 1.44, 12_883, 19.99, 0), "/who p99"));
    assertEquals("MISS", verdict(results(9.99, 1.71, 49.2, 1.44, 12_883, 19.996, 0), "/who p99"));
    assertEquals("PASS", verdict(results(9.99, 1.71, 49.2, 1.44, 12_883, 19.99, 0), "Import"));
    assertEquals("MISS", verdict(results(9.996, 1.71, 49.2, 1.44, 12_883, 19.99, 0), "Import"));
    assertEquals("MISS", verdict(results(10.0, 1.71, 49.2, 1.44, 12_883, 19.99, 0), "Import"));
    assertEquals("PASS", verdict(results(9.99, 1.99, 49.2, 1.99, 12_883, 19.99, 0), "Re-import, unchanged"));
    assertEquals("MISS", verdict(results(9.99, 1.996, 49.2, 1.44, 12_883, 19.99, 0), "Re-import, unchanged"));
    assertEquals("PASS", verdict(results(9.99, 1.71, 255.4, 1.44, 12_883, 19.99, 0), "Heap in use after import"));
    assertEquals("MISS", verdict(results(9.99, 1.71, 255.6, 1.44, 12_883, 19.99, 0), "Heap in use after import"));
    assertEquals("PASS", verdict(results(9.99, 1.71, 49.2, 1.99, 12_883, 19.99, 0), "Process start to first answer"));
    assertEquals("MISS", verdict(results(9.99, 1.71, 49.2, 1.996, 12_883, 19.99, 0),
        "Process start to first answer"));
  }

  @Test
  void aP99OfNoRequestsOrWithFailedOnesIsNotSaidToPass() {
    assertEquals("MISS", verdict(results(9.99, 1.71, 49.2, 1.44, 0, 0, 5_000), "/who p99"));
    assertEquals("MISS", verdict(results(9.99, 1.71, 49.2, 1.44, 0, 0, 0), "/who p99"));
    assertTrue(BenchReport.table(results(9.99, 1.71, 49.2, 1.44, 0, 0, 0))
        .contains("0.00 ms (no /who answered right)"));
    BenchResults failed = results(9.99, 1.71, 49.2, 1.44, 12_883, 3.21, 7);

    assertEquals("MISS", verdict(failed, "/who p99"));
    assertTrue(BenchReport.table(failed).contains("3.21 ms (of the right answers; 7 /who failed, warm-up included, and are not in it)"),
        BenchReport.table(failed));
  }

  @Test
  void aRatioIsShownRoundedDownSoThatItNeverReadsAsTheTargetItMisses() {
    assertEquals("0.49", BenchReport.ratio(0.4950347701382688));
    assertEquals("0.50", BenchReport.ratio(0.5));
    assertEquals("0.14", BenchReport.ratio(0.1449));
    assertEquals("0.21", BenchReport.ratio(0.21));
  }
}
