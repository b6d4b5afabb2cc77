package kith.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kith.Wiring;
import kith.config.Settings;
import kith.vault.ImportSummary;
import kith.vault.VaultImporter;

/**
 * One benchmark run, start to end, in a temporary folder deleted afterwards: write the vault, import it into a fresh
 * H2 file twice, weigh the heap, load the server, then time a fresh {@code kith serve} to its first answer.
 * Everything listens and connects on loopback.
 */
final class BenchRun {
  /** What to run. */
  record Options(int people, int clients, int seconds, int warmUpSeconds, long seed, int compiledImports) {}

  /** How many different /who texts the clients cycle through. */
  private static final int QUERIES = 20_000;

  private final Options options;
  private final Clock clock;
  private final PrintWriter progress;
  private final Path tempParent;
  private double loadAverageStart;

  /** {@code tempParent} is where the run's temporary folder is made. */
  BenchRun(Options options, Clock clock, PrintWriter progress, Path tempParent) {
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.tempParent = tempParent;
  }

  BenchResults run() throws Exception {
    loadAverageStart = loadAverage();
    Path temp = Files.createTempDirectory(tempParent, "kith-bench-");
    try (WebApiStandIn slack = new WebApiStandIn()) {
      return run(temp, slack);
    } finally {
      TempFolders.delete(temp, progress);
    }
  }

  private BenchResults run(Path temp, WebApiStandIn slack) throws Exception {
    Path vault = Files.createDirectories(temp.resolve("vault"));
    progress.printf("kith bench: writing %,d people notes to %s%n", options.people(), vault);
    SyntheticVault.Written written = new SyntheticVault(options.seed()).write(vault, options.people());
    Map<String, String> env = Map.of(
        "KITH_DB_URL", "jdbc:h2:file:" + temp.resolve("db").resolve("bench").toAbsolutePath(),
        "SLACK_BOT_TOKEN", "xoxb-bench",
        "SLACK_SIGNING_SECRET", secret(),
        "SLACK_API_URL", slack.url(),
        "KITH_BIND_HOST", "127.0.0.1",
        "PORT", "0");
    SlashCommands commands = new SlashCommands(env.get("SLACK_SIGNING_SECRET"), slack.responseUrl());
    Imports imports;
    ServerLoad.Figures load;
    try (Wiring wiring = Wiring.open(Settings.from(env), clock)) {
      imports = imports(wiring, vault);
      List<String> bodies = WhoQueries.of(written.people(), QUERIES, options.seed()).stream()
          .map(text -> commands.body(ServerLoad.WHO, text)).toList();
      load = ServerLoad.run(wiring, commands, bodies, options, progress);
    }
    List<String> firstWho = List.of(commands.body(ServerLoad.WHO, written.people().get(0).name()));
    Startups startups = startups(env, temp, commands, firstWho);
    TempFolders.delete(temp.resolve("db"), progress);
    List<BenchResults.CompiledImport> compiled = new ArrayList<>();
    for (int i = 1; i <= options.compiledImports(); i++) {
      compiled.add(compiledImport(env, temp.resolve("db-compiled-" + i), vault));
    }
    return results(written, imports, load, startups, compiled, slack.calls());
  }

  /**
   * The vault imported once more, into a fresh store in {@code folder}, in this process whose JIT has compiled
   * the import's code by now: what the import itself costs, apart from compiling it. Run last, so that it changes
   * nothing the other figures measure, after the first store is deleted, and deleted itself, so that the disk
   * holds one store at a time.
   */
  private BenchResults.CompiledImport compiledImport(Map<String, String> env, Path folder, Path vault) {
    progress.println("kith bench: importing into another fresh H2 database, compiled already");
    Map<String, String> fresh = new HashMap<>(env);
    fresh.put("KITH_DB_URL", "jdbc:h2:file:" + folder.resolve("bench").toAbsolutePath());
    try (Wiring wiring = Wiring.open(Settings.from(fresh), clock)) {
      CpuSplit cpuBefore = CpuSplit.now();
      long start = System.nanoTime();
      ImportSummary summary = wiring.importVault(vault, VaultImporter.Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      summary.failed().stream().limit(5).forEach(failure -> progress.println("failed: " + failure.getMessage()));
      CpuSplit cpu = CpuSplit.now().since(cpuBefore);
      return new BenchResults.CompiledImport(seconds, options.people() / seconds,
          CpuSplit.seconds(cpu.processNanos()), CpuSplit.seconds(cpu.threadNanos()),
          CpuSplit.seconds(cpu.otherNanos()), CpuSplit.seconds(cpu.compilerNanos()),
          CpuSplit.seconds(cpu.collectorNanos()));
    } finally {
      TempFolders.delete(folder, progress);
    }
  }

  /**
   * Seconds from process start to first answer, as the README starts {@code kith serve} (from the class archive
   * beside the jar, when the build made one this JVM accepts) and without the archive, for comparison.
   */
  private record Startups(double seconds, Path archive, double withoutArchiveS) {}

  private Startups startups(Map<String, String> env, Path temp, SlashCommands commands, List<String> firstWho)
      throws Exception {
    Optional<Path> archive = ClassArchive.usable(StartupProbe.classPath());
    progress.println("kith bench: starting kith serve in a new process, timing it to its first answer"
        + archive.map(path -> ", from the class archive " + path).orElse(" (no usable class archive beside the jar)"));
    List<String> options = archive.map(path -> List.of(ClassArchive.useOption(path))).orElse(List.of());
    double seconds = StartupProbe.secondsToFirstAnswer(options, env, temp, commands, firstWho, ServerLoad::whoOutcome);
    if (archive.isEmpty()) {
      return new Startups(seconds, null, seconds);
    }
    progress.println("kith bench: and again without the class archive");
    double withoutS = StartupProbe.secondsToFirstAnswer(List.of(), env, temp, commands, firstWho,
        ServerLoad::whoOutcome);
    return new Startups(seconds, archive.get(), withoutS);
  }

  /** The two imports, the CPU the first used, and the heap after them. */
  private record Imports(double firstS, ImportSummary first, CpuSplit firstCpu, double againS, ImportSummary again,
      double heapMb) {}

  private Imports imports(Wiring wiring, Path vault) {
    progress.println("kith bench: importing into a fresh H2 database");
    CpuSplit cpuBefore = CpuSplit.now();
    long start = System.nanoTime();
    ImportSummary first = wiring.importVault(vault, VaultImporter.Progress.NONE);
    double firstS = (System.nanoTime() - start) / 1e9;
    CpuSplit firstCpu = CpuSplit.now().since(cpuBefore);
    first.failed().stream().limit(5).forEach(failure -> progress.println("failed: " + failure.getMessage()));
    progress.println("kith bench: importing again, unchanged");
    start = System.nanoTime();
    ImportSummary again = wiring.importVault(vault, VaultImporter.Progress.NONE);
    double againS = (System.nanoTime() - start) / 1e9;
    return new Imports(firstS, first, firstCpu, againS, again, heapInUseMb());
  }

  /** Heap in use once garbage is collected: what the store's caches and the name index keep. */
  private static double heapInUseMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  private BenchResults results(SyntheticVault.Written written, Imports imports, ServerLoad.Figures load,
      Startups startups, List<BenchResults.CompiledImport> compiled, Map<String, Long> webApiCalls) {
    LoadRun.Result who = load.who();
    LoadRun.Result noop = load.noop();
    CpuSplit cpu = imports.firstCpu();
    reportFirstError("/who", who);
    reportFirstError("/noop", noop);
    return new BenchResults(options.people(), options.clients(), options.seconds(), options.warmUpSeconds(),
        options.seed(),
        written.bytes(), imports.firstS(), options.people() / imports.firstS(), imports.first().failed().size(),
        CpuSplit.seconds(cpu.processNanos()), CpuSplit.seconds(cpu.threadNanos()),
        CpuSplit.seconds(cpu.compilerNanos()), CpuSplit.seconds(cpu.collectorNanos()),
        CpuSplit.seconds(cpu.otherNanos()), compiled,
        imports.againS(), imports.again().unchanged(), imports.heapMb(), load.serverStartS(), startups.seconds(),
        startups.archive() == null ? null : startups.archive().toString(), startups.withoutArchiveS(),
        who.requests(), who.requestsPerSecond(), who.latencies().percentileMs(50), who.latencies().percentileMs(95),
        who.latencies().percentileMs(99), who.latencies().maxMs(), who.errors(),
        who.serverCpuMsPerRequest(), who.processCpuMsPerRequest(), who.serverAllocatedKbPerRequest(),
        who.compilersCpuS(), who.collectorsCpuS(),
        answers(who),
        noop.requests(), noop.requestsPerSecond(), noop.latencies().percentileMs(50),
        noop.latencies().percentileMs(99), noop.latencies().maxMs(), noop.errors(),
        noop.serverCpuMsPerRequest(), noop.processCpuMsPerRequest(), noop.serverAllocatedKbPerRequest(),
        noop.compilersCpuS(), noop.collectorsCpuS(),
        noop.requestsPerSecond() == 0 ? 0 : who.requestsPerSecond() / noop.requestsPerSecond(),
        who.errors() + noop.errors(), webApiCalls, Runtime.getRuntime().availableProcessors(),
        loadAverageStart, loadAverage(), System.getProperty("java.version"));
  }

  private static Map<String, BenchResults.Answers> answers(LoadRun.Result result) {
    Map<String, BenchResults.Answers> answers = new TreeMap<>();
    result.outcomes().forEach((kind, latencies) -> answers.put(kind, BenchResults.Answers.of(latencies)));
    return answers;
  }

  private void reportFirstError(String command, LoadRun.Result result) {
    if (result.firstError() != null) {
      progress.printf("kith bench: %s: %d errors, the first: %s%n", command, result.errors(), result.firstError());
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** A fresh signing secret per run: the server only ever answers this run's clients. */
  static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
