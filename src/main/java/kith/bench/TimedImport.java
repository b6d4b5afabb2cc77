package kith.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import kith.Wiring;
import kith.vault.ImportSummary;
import kith.vault.VaultImporter;

/** One import of the vault, timed, with the CPU the process used during it and who used it. */
record TimedImport(double seconds, ImportSummary summary, CpuSplit cpu) {

  /** Imports {@code vault} through {@code wiring}; time and CPU cover the import alone. */
  static TimedImport of(Wiring wiring, Path vault) {
    CpuSplit before = CpuSplit.now();
    long start = System.nanoTime();
    ImportSummary summary = wiring.importVault(vault, VaultImporter.Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TimedImport(seconds, summary, CpuSplit.now().since(before));
  }

  /** Names the first few notes that failed, if any: a benchmark of failing notes measures something else. */
  void reportFailures(PrintWriter progress) {
    summary.failed().stream().limit(5).forEach(failure -> progress.println("failed: " + failure.getMessage()));
  }
}
