package kith.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
  record Options(int people, int clients, int seconds, int warmUpSeconds, long seed) {}

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
      delete(temp);
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
    progress.println("kith bench: starting kith serve in a new process, timing it to its first answer");
    double startupS = StartupProbe.secondsToFirstAnswer(env, temp, commands,
        commands.body(ServerLoad.WHO, written.people().get(0).name()), ServerLoad::whoOutcome);
    return results(written, imports, load, startupS, slack.calls());
  }

  /** The two imports and the heap after them. */
  private record Imports(double firstS, ImportSummary first, double againS, ImportSummary again, double heapMb) {}

  private Imports imports(Wiring wiring, Path vault) {
    progress.println("kith bench: importing into a fresh H2 database");
    long start = System.nanoTime();
    ImportSummary first = wiring.importVault(vault, VaultImporter.Progress.NONE);
    double firstS = (System.nanoTime() - start) / 1e9;
    first.failed().stream().limit(5).forEach(failure -> progress.println("failed: " + failure.getMessage()));
    progress.println("kith bench: importing again, unchanged");
    start = System.nanoTime();
    ImportSummary again = wiring.importVault(vault, VaultImporter.Progress.NONE);
    double againS = (System.nanoTime() - start) / 1e9;
    return new Imports(firstS, first, againS, again, heapInUseMb());
  }

  /** Heap in use once garbage is collected: what the store's caches and the name index keep. */
  private static double heapInUseMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  private BenchResults results(SyntheticVault.Written written, Imports imports, ServerLoad.Figures load,
      double startupS, Map<String, Long> webApiCalls) {
    LoadRun.Result who = load.who();
    LoadRun.Result noop = load.noop();
    reportFirstError("/who", who);
    reportFirstError("/noop", noop);
    return new BenchResults(options.people(), options.clients(), options.seconds(), options.warmUpSeconds(),
        options.seed(),
        written.bytes(), imports.firstS(), options.people() / imports.firstS(), imports.first().failed().size(),
        imports.againS(), imports.again().unchanged(), imports.heapMb(), load.serverStartS(), startupS,
        who.requests(), who.requestsPerSecond(), who.latencies().percentileMs(50), who.latencies().percentileMs(95),
        who.latencies().percentileMs(99), who.latencies().maxMs(), who.errors(),
        who.serverCpuMsPerRequest(), who.processCpuMsPerRequest(), who.serverAllocatedKbPerRequest(),
        who.outcomes(),
        noop.requests(), noop.requestsPerSecond(), noop.latencies().percentileMs(50),
        noop.latencies().percentileMs(99), noop.latencies().maxMs(), noop.errors(),
        noop.serverCpuMsPerRequest(), noop.processCpuMsPerRequest(), noop.serverAllocatedKbPerRequest(),
        noop.requestsPerSecond() == 0 ? 0 : who.requestsPerSecond() / noop.requestsPerSecond(),
        who.errors() + noop.errors(), webApiCalls, Runtime.getRuntime().availableProcessors(),
        loadAverageStart, loadAverage(), System.getProperty("java.version"));
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
  private static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private void delete(Path temp) {
    try (Stream<Path> paths = Files.walk(temp)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          progress.println("kith bench: could not delete " + path + ": " + e.getMessage());
        }
      });
    } catch (IOException e) {
      progress.println("kith bench: could not delete " + temp + ": " + e.getMessage());
    }
  }
}
