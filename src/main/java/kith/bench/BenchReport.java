package kith.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table {@code kith bench} prints: each figure, its target when it has one, and PASS or MISS. */
final class BenchReport {
  /** The people count the targets are set for. */
  static final int TARGET_PEOPLE = 20_000;
  /** The compilers' share of the CPU above which a /who load or an import is said to measure them too. */
  private static final double STILL_COMPILING_SHARE = 0.10;

  private BenchReport() {}

  private record Row(String figure, String value, String target, String verdict) {}

  /** The heading of the PASS or MISS column. */
  private static final String VERDICT = "Result";

  static String table(BenchResults r) {
    List<Row> rows = new ArrayList<>();
    rows.add(row("Vault", f("%,d notes, %.1f MB", r.people(), r.vaultBytes() / 1e6)));
    rows.add(row("Import", f("%,.0f notes/s (%.2f s, %d failed)",
        r.importNotesPerS(), r.importS(), r.importFailed()),
        "20,000 in < 10 s (2,000 notes/s)",
        shown("%.2f", r.importS() * TARGET_PEOPLE / r.people()) < 10 && r.importFailed() == 0));
    rows.add(row("Import CPU", f("in %.1f s, ", r.importS()) + importCpu(r.firstImportCpu())));
    List<BenchResults.CompiledImport> compiled = r.importCompiled();
    for (int i = 0; i < compiled.size(); i++) {
      BenchResults.CompiledImport run = compiled.get(i);
      String which = compiled.size() == 1 ? "" : f(" (%d of %d)", i + 1, compiled.size());
      rows.add(row("Import, compiled already" + which,
          f("%,.0f notes/s (%.2f s, %d failed) into another fresh store, last; ", run.notesPerS(), run.seconds(),
              run.failed()) + importCpu(run.cpu())));
    }
    rows.add(row("Re-import, unchanged", f("%.2f s (%,d unchanged, %,d of them not read: size and times as stored)",
        r.reimportS(), r.reimportUnchanged(), r.reimportUnread()),
        "< 2 s", shown("%.2f", r.reimportS()) < 2));
    rows.add(row("Re-import, one note edited", f("%.2f s (%,d updated; a section added, naming no one)",
        r.reimportEditedS(), r.reimportEditedUpdated())));
    rows.add(row("Heap in use after import", f("%.0f MB", r.heapMb()), "< 256 MB", shown("%.0f", r.heapMb()) < 256));
    rows.add(row("Heap in use while serving", f("%.0f MB, with %,d cards kept in memory, %,d rendered",
        r.heapServingMb(), r.keptCards(), r.renderedCards()), "< 256 MB", shown("%.0f", r.heapServingMb()) < 256));
    rows.add(row("/who throughput", f("%,.0f req/s (%,d requests)", r.whoRps(), r.whoRequests())));
    rows.add(row("/who p50", ms(r.whoP50Ms())));
    rows.add(row("/who p95", ms(r.whoP95Ms())));
    // Latencies are of right answers only: with none, or with requests that failed (a time-out among them), the
    // p99 measured says nothing of those, so it is not said to pass.
    rows.add(row("/who p99", ms(r.whoP99Ms()) + whatP99Leaves(r),
        "< 20 ms", r.whoRequests() > 0 && r.whoErrors() == 0 && shown("%.2f", r.whoP99Ms()) < 20));
    rows.add(row("/who max", ms(r.whoMaxMs())));
    r.whoOutcomes().forEach((kind, answers) -> rows.add(row("/who answers: " + kind.replace('_', ' '),
        f("%,d (p50 %s, p99 %s, max %s)", answers.requests(), ms(answers.p50Ms()), ms(answers.p99Ms()),
            ms(answers.maxMs())))));
    rows.add(row("/who CPU per request", cpu(r.whoServerCpuMs(), r.whoProcessCpuMs(), r.whoServerAllocKb())));
    rows.add(row("/who JIT and GC", jitAndGc(r.whoCompilersCpuS(), r.whoCollectorsCpuS(), r.seconds())));
    rows.add(row("/noop ceiling", f("%,.0f req/s (p50 %s, p99 %s)",
        r.noopRps(), ms(r.noopP50Ms()), ms(r.noopP99Ms()))));
    rows.add(row("/noop CPU per request", cpu(r.noopServerCpuMs(), r.noopProcessCpuMs(), r.noopServerAllocKb())));
    rows.add(row("/noop JIT and GC", jitAndGc(r.noopCompilersCpuS(), r.noopCollectorsCpuS(), r.seconds())));
    rows.add(row("/who ÷ /noop", ratio(r.whoToNoopRatio()), "≥ 0.50", r.whoToNoopRatio() >= 0.5));
    rows.add(row("Errors", f("%d (/who %d, /noop %d)", r.errors(), r.whoErrors(), r.noopErrors()), "0",
        r.errors() == 0));
    rows.add(row("Server start to first answer", f("%.3f s", r.serverStartS())));
    rows.add(row("Process start to first answer", f("%.2f s", r.startupS())
        + (r.startupClassArchive() == null ? " (no class archive)"
            : f(" from the class archive (%.2f s without)", r.startupWithoutArchiveS())),
        "< 2 s", shown("%.2f", r.startupS()) < 2));
    return render(r, rows);
  }

  /** What the /who p99 does not cover, when it leaves anything out. */
  private static String whatP99Leaves(BenchResults r) {
    if (r.whoRequests() == 0) {
      return " (no /who answered right)";
    }
    if (r.whoErrors() == 0) {
      return "";
    }
    return f(" (of the right answers; %,d /who failed, warm-up included, and are not in it)", r.whoErrors());
  }

  /**
   * The measured text last and unpadded: some run to 200 characters (an import's CPU split), and padding every row
   * to them pushed the targets and verdicts off the screen. So a verdict is always in the same column, near the left.
   */
  private static String render(BenchResults r, List<Row> rows) {
    int[] widths = {"Figure".length(), "Target".length(), VERDICT.length()};
    for (Row row : rows) {
      widths[0] = Math.max(widths[0], row.figure().length());
      widths[1] = Math.max(widths[1], row.target().length());
    }
    String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s";
    StringBuilder table = new StringBuilder();
    table.append(f("kith bench: %,d people, %d clients × %d s after %d s warm-up, seed %d; %d CPUs, load average"
        + " %.1f → %.1f; Java %s%n", r.people(), r.clients(), r.seconds(), r.warmUpSeconds(), r.seed(), r.cpus(),
        r.loadAverageStart(), r.loadAverageEnd(), r.java()));
    table.append(line(format, "Figure", "Target", VERDICT, "Measured"));
    for (Row row : rows) {
      table.append(line(format, row.figure(), row.target(), row.verdict(), row.value()));
    }
    if (r.people() != TARGET_PEOPLE) {
      table.append(f("Targets are set for %,d people; this run had %,d.%n", TARGET_PEOPLE, r.people()));
    }
    table.append(importStillCompiling(r.firstImportCpu()));
    table.append(stillCompiling(r.whoCompilersCpuS(), r.cpus(), r.seconds()));
    return table.toString();
  }

  /**
   * A line saying so when the JIT compilers used a tenth or more of the first import's CPU: on few cores its time
   * then shows the JVM compiling the import's code as much as the import (docs/benchmark.md, "Where the rest goes").
   */
  static String importStillCompiling(BenchResults.ImportCpu cpu) {
    return whenCompiling(cpu.compilersS(), cpu.allS(), "The JIT compilers used %.0f %% of the first import's CPU:"
        + " its time includes the JVM compiling the import's code (the import at the end runs it compiled"
        + " already).%n");
  }

  /**
   * A line saying so when the JIT compilers took a tenth or more of the CPUs during the measured {@code /who} load:
   * its figures then show the JVM compiling the request path as much as Kith answering (README, "kith bench").
   */
  static String stillCompiling(double compilersS, int cpus, int seconds) {
    return whenCompiling(compilersS, (double) cpus * seconds, "The JIT compilers took %.0f %% of the CPUs during"
        + " the measured /who load: its figures include the JVM compiling the request path (--warmup 60 measures"
        + " it compiled).%n");
  }

  /** {@code line} with the compilers' share of {@code ofS} in percent, when known and a tenth or more; else none. */
  private static String whenCompiling(double compilersS, double ofS, String line) {
    if (compilersS < 0 || ofS <= 0 || compilersS / ofS < STILL_COMPILING_SHARE) {
      return "";
    }
    return f(line, compilersS / ofS * 100);
  }

  /** One line of the table, without the padding a row with no measured text would leave at its end. */
  private static String line(String format, String figure, String target, String verdict, String measured) {
    return String.format(Locale.ROOT, format, figure, target, verdict, measured).stripTrailing()
        + System.lineSeparator();
  }

  private static Row row(String figure, String value) {
    return new Row(figure, value, "", "");
  }

  private static Row row(String figure, String value, String target, boolean met) {
    return new Row(figure, value, target, met ? "PASS" : "MISS");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String cpu(double serverMs, double processMs, double serverAllocKb) {
    String cpu = f("%.2f ms in request threads, %.2f ms in the process", serverMs, processMs);
    return serverAllocKb < 0 ? cpu : cpu + f("; %.0f KB allocated", serverAllocKb);
  }

  private static String jitAndGc(double compilersS, double collectorsS, int seconds) {
    return f("CPU of the JIT compilers %s s, of the collectors %s s, in the %d s measured",
        seconds(compilersS, "%.2f"), seconds(collectorsS, "%.2f"), seconds);
  }

  /**
   * Who used an import's CPU: on two cores an import is bound by it, and the thread writing the store shares the
   * cores with the threads reading the files, the JIT compilers and the collectors.
   */
  static String importCpu(BenchResults.ImportCpu cpu) {
    if (cpu.allS() < 0) {
      return "CPU unknown";
    }
    return f("%.1f s of CPU: writing thread %s s, reading threads and the rest %s s, JIT compilers %s s,"
        + " collectors %s s", cpu.allS(), seconds(cpu.writerS(), "%.1f"), seconds(cpu.otherS(), "%.1f"),
        seconds(cpu.compilersS(), "%.1f"), seconds(cpu.collectorsS(), "%.1f"))
        // The kernel's time is part of each thread's above, not one more part: said apart, as where it comes from
        // (page faults of a growing heap) is neither the import's code nor the JIT's.
        + (cpu.kernelS() < 0 ? "" : f("; the kernel's share of it %.1f s", cpu.kernelS()));
  }

  /** {@code seconds} in {@code format}, or "?" where it is unknown (negative). */
  private static String seconds(double seconds, String format) {
    return seconds < 0 ? "?" : f(format, seconds);
  }

  private static String ms(double millis) {
    return f("%.2f ms", millis);
  }

  /**
   * {@code value} as the table prints it in {@code format}: a verdict judges what is shown, so that 19.996 ms, shown
   * as 20.00 ms, is not said to be under 20 ms.
   */
  static double shown(String format, double value) {
    return Double.parseDouble(f(format, value));
  }

  /** A ratio to two places, rounded down: 0.495 reads 0.49, not the 0.50 it falls short of. */
  static String ratio(double ratio) {
    return f("%.2f", Math.floor(ratio * 100 + 1e-9) / 100);
  }
}
