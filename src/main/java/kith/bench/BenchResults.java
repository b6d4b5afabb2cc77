package kith.bench;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one run, written as JSON with snake_case keys ({@code whoP99Ms} → {@code who_p99_ms}) so that
 * runs can be compared. Times in seconds or milliseconds as the key says; {@code errors} counts wrong answers to
 * both loads, warm-up included. The load averages (one minute, -1 where the platform has none) show whether
 * other work shared the machine. {@code startup_s} is measured as the README starts Kith, from the class archive
 * {@code startup_class_archive} when the build made one this JVM accepts (else that key is absent, and {@code
 * startup_s} is {@code startup_without_archive_s}). {@code who_compilers_cpu_s} and {@code
 * who_collectors_cpu_s} (and the same for {@code /noop}) are the seconds of CPU the JIT compilers' and the
 * collectors' threads used during the measured load (-1 where {@code /proc} cannot tell). {@code import_cpu_s} is
 * the CPU the whole process used during the first import, of it {@code import_writer_cpu_s} by the thread writing
 * the store, {@code import_other_cpu_s} by the rest (the threads reading and parsing the files, and any other),
 * and {@code import_compilers_cpu_s} and {@code import_collectors_cpu_s} by the JIT compilers and the collectors.
 * {@code import_compiled} lists the imports of the same vault at the end, each into another fresh store, by then
 * with the import's code compiled: the import's cost apart from the JIT's warm-up, with its CPU split the same way.
 * {@code reimport_unread} counts the files that import did not read at all, their sizes and times being those
 * stored. {@code reimport_edited_s} times the vault imported once more after one note gained a section naming no
 * one ({@code reimport_edited_updated}, 1, the notes written). {@code heap_mb} is the heap in use after the imports;
 * {@code heap_serving_mb} once the server has read every card
 * into memory ({@code kept_cards} of them) and rendered their /who cards ({@code rendered_cards}), before the loads.
 */
record BenchResults(
    int people,
    int clients,
    int seconds,
    int warmUpSeconds,
    long seed,
    long vaultBytes,
    double importS,
    double importNotesPerS,
    int importFailed,
    double importCpuS,
    double importWriterCpuS,
    double importOtherCpuS,
    double importCompilersCpuS,
    double importCollectorsCpuS,
    double importKernelCpuS,
    List<CompiledImport> importCompiled,
    double reimportS,
    int reimportUnchanged,
    int reimportUnread,
    double reimportEditedS,
    int reimportEditedUpdated,
    double heapMb,
    double heapServingMb,
    int keptCards,
    int renderedCards,
    double serverStartS,
    double startupS,
    String startupClassArchive,
    double startupWithoutArchiveS,
    long whoRequests,
    double whoRps,
    double whoP50Ms,
    double whoP95Ms,
    double whoP99Ms,
    double whoMaxMs,
    long whoErrors,
    double whoServerCpuMs,
    double whoProcessCpuMs,
    double whoServerAllocKb,
    double whoCompilersCpuS,
    double whoCollectorsCpuS,
    Map<String, Answers> whoOutcomes,
    long noopRequests,
    double noopRps,
    double noopP50Ms,
    double noopP99Ms,
    double noopMaxMs,
    long noopErrors,
    double noopServerCpuMs,
    double noopProcessCpuMs,
    double noopServerAllocKb,
    double noopCompilersCpuS,
    double noopCollectorsCpuS,
    double whoToNoopRatio,
    long errors,
    Map<String, Long> webApiCalls,
    int cpus,
    double loadAverageStart,
    double loadAverageEnd,
    String java) {

  /**
   * Seconds of CPU the process used during an import, and of them the thread writing the store's, the rest's (the
   * threads reading and parsing the files, and any other), the JIT compilers' and the collectors'; -1 where
   * unknown.
   */
  record ImportCpu(double allS, double writerS, double otherS, double compilersS, double collectorsS,
      double kernelS) {
    static ImportCpu of(CpuSplit cpu) {
      return new ImportCpu(CpuSplit.seconds(cpu.processNanos()), CpuSplit.seconds(cpu.threadNanos()),
          CpuSplit.seconds(cpu.otherNanos()), CpuSplit.seconds(cpu.compilerNanos()),
          CpuSplit.seconds(cpu.collectorNanos()), CpuSplit.seconds(cpu.kernelNanos()));
    }
  }

  /** One import at the end, into a fresh store, once the import's code is compiled. */
  record CompiledImport(double seconds, double notesPerS, int failed, ImportCpu cpu) {}

  /** The first import's CPU, as the flat keys above hold it. */
  ImportCpu firstImportCpu() {
    return new ImportCpu(importCpuS, importWriterCpuS, importOtherCpuS, importCompilersCpuS, importCollectorsCpuS,
        importKernelCpuS);
  }

  /** How many answers of one kind (card, picker, not found) the measured /who load got, and how fast. */
  record Answers(long requests, double p50Ms, double p99Ms, double maxMs) {
    static Answers of(Latencies.Sorted latencies) {
      return new Answers(latencies.nanos().length, latencies.percentileMs(50), latencies.percentileMs(99),
          latencies.maxMs());
    }
  }

  private static final Gson GSON = new GsonBuilder()
      .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
      .setPrettyPrinting()
      .create();

  String toJson() {
    return GSON.toJson(this);
  }
}
